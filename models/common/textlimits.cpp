#include "models/common/textlimits.h"

#include <QCoreApplication>

namespace Sportello::TextLimits {

QString tooLong(const QString &field, const QString &text, int limit)
{
    if (text.size() <= limit)
        return QString();
    return QCoreApplication::translate("Sportello::TextLimits",
                                       "%1: at most %2 characters, %3 are written.")
        .arg(field)
        .arg(limit)
        .arg(text.size());
}

} // namespace Sportello::TextLimits
