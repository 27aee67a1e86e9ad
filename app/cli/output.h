#pragma once

#include <QString>

class QByteArray;
class QJsonDocument;

namespace Sportello::Cli::Output {

// stdout for results, stderr for the one-line reason of a failure (UTF-8 both).
void line(const QString &text);
void json(const QJsonDocument &document);
void error(const QString &reason);

// A file named on the command line, whole; false with the one-line reason.
bool readFile(const QString &path, QByteArray *data, QString *error);
bool writeFile(const QString &path, const QByteArray &data, QString *error); // atomically

} // namespace Sportello::Cli::Output
