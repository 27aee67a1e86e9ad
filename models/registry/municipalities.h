#pragma once

#include <QList>
#include <QString>

namespace Sportello::Municipalities {

// The municipalities Sportello is deployed in, by ISTAT code.
struct Municipality
{
    QString istatCode; // 102047
    QString name; // Vibo Valentia
};

QList<Municipality> deployed();
QString nameOf(const QString &istatCode); // the code itself if not a deployed one
bool isIstatCode(const QString &text); // six digits

} // namespace Sportello::Municipalities
