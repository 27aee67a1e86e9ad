#include "models/common/format.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sportello::Format {

QString date(const QDate &date)
{
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString();
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sportello::Format", text);
}

QString twoDigits(int n)
{
    return u"%1"_s.arg(n, 2, 10, QChar(u'0'));
}

// The date of the whole text, or why there is none (empty when the text is empty).
QDate dateOf(const QString &text, QString *problem)
{
    problem->clear();
    if (text.isEmpty())
        return QDate();
    static const QRegularExpression dayFirst(u"^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d+)$"_s);
    static const QRegularExpression digitsOnly(u"^(\\d{2})(\\d{2})(\\d{4})$"_s);
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_s);
    int day = 0;
    int month = 0;
    int year = 0;
    if (const auto m = iso.match(text); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
    } else if (const auto d = digitsOnly.match(text); d.hasMatch()) {
        day = d.captured(1).toInt();
        month = d.captured(2).toInt();
        year = d.captured(3).toInt();
    } else if (const auto f = dayFirst.match(text); f.hasMatch() && f.captured(4).size() == 4) {
        day = f.captured(1).toInt();
        month = f.captured(3).toInt();
        year = f.captured(4).toInt();
    } else {
        *problem = f.hasMatch() && f.captured(4).size() <= 2
            ? tr("Write the year with four digits: dd/mm/yyyy.")
            : tr("Write the date as dd/mm/yyyy.");
        return QDate();
    }
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1) {
        *problem = tr("%1 is not a date.")
                       .arg(twoDigits(day) + u'/' + twoDigits(month) + u'/'
                            + u"%1"_s.arg(year, 4, 10, QChar(u'0')));
        return QDate();
    }
    return date;
}

} // namespace

QDate parseDate(const QString &text, QString *problem)
{
    QString why;
    const QDate date = dateOf(text.trimmed(), &why);
    if (problem)
        *problem = why;
    return date;
}

QDateTime parseDateTime(const QString &text, QString *problem)
{
    QString why;
    const QString trimmed = text.trimmed().simplified();
    QDateTime result;
    static const QRegularExpression shape(
        u"^(\\S+)[ T](\\d{1,2})(?:[:.]?)(\\d{2})(?:[:.](\\d{2}))?$"_s);
    if (trimmed.isEmpty()) {
        // nothing typed: no date and no problem
    } else if (const auto m = shape.match(trimmed); !m.hasMatch()) {
        const QDate alone = dateOf(trimmed, &why);
        if (why.isEmpty() || alone.isValid())
            why = tr("Write the date and time as dd/mm/yyyy hh:mm.");
    } else if (const QDate date = dateOf(m.captured(1), &why); date.isValid()) {
        const QTime time(m.captured(2).toInt(), m.captured(3).toInt(),
                         m.captured(4).isEmpty() ? 0 : m.captured(4).toInt());
        if (time.isValid())
            result = QDateTime(date, time);
        else
            why = tr("%1 is not a time of day.").arg(trimmed.section(u' ', 1));
    }
    if (problem)
        *problem = why;
    return result;
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
