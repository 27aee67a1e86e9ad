#pragma once

#include <QString>

class QJsonDocument;

namespace Sportello::Cli::Output {

// stdout for results, stderr for the one-line reason of a failure (UTF-8 both).
void line(const QString &text);
void json(const QJsonDocument &document);
void error(const QString &reason);

} // namespace Sportello::Cli::Output
