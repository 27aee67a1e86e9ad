#include "models/registry/municipalities.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sportello::Municipalities {

QList<Municipality> deployed()
{
    return {{u"102047"_s, u"Vibo Valentia"_s}, {u"048017"_s, u"Firenze"_s}};
}

QString nameOf(const QString &istatCode)
{
    for (const Municipality &m : deployed()) {
        if (m.istatCode == istatCode)
            return m.name;
    }
    return istatCode;
}

bool isIstatCode(const QString &text)
{
    static const QRegularExpression sixDigits(u"^\\d{6}$"_s);
    return sixDigits.match(text).hasMatch();
}

} // namespace Sportello::Municipalities
