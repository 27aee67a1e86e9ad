#include "models/common/format.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sportello::Format {

QString date(const QDate &date)
{
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString();
}

QDate parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const QString &format : {u"dd/MM/yyyy"_s, u"d/M/yyyy"_s, u"yyyy-MM-dd"_s}) {
        const QDate parsed = QDate::fromString(trimmed, format);
        if (parsed.isValid())
            return parsed;
    }
    return QDate();
}

QString dateTime(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s) : QString();
}

QString euros(qint64 cents)
{
    static const QLocale italian(QLocale::Italian, QLocale::Italy);
    return italian.toString(double(cents) / 100.0, 'f', 2) + u" €"_s;
}

qint64 parseEuros(const QString &text)
{
    QString t = text.trimmed().remove(u'€').remove(u' ');
    static const QRegularExpression italian(
        u"^\\d{1,3}(\\.\\d{3})*(,\\d{1,2})?$|^\\d+(,\\d{1,2})?$"_s);
    static const QRegularExpression plain(u"^\\d+(\\.\\d{1,2})?$"_s);
    if (italian.match(t).hasMatch())
        t = t.remove(u'.').replace(u',', u'.');
    else if (!plain.match(t).hasMatch())
        return -1;
    const qsizetype dot = t.indexOf(u'.');
    const QString whole = dot < 0 ? t : t.left(dot);
    const QString fraction = dot < 0 ? QString() : QString(t.mid(dot + 1) + u"00"_s).left(2);
    if (whole.size() > 12)
        return -1;
    return whole.toLongLong() * 100 + fraction.toLongLong();
}

} // namespace Sportello::Format
