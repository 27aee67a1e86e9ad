#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Sportello::Format {

// How dates and amounts read everywhere in the program: dd/MM/yyyy and euro with
// Italian separators (1.234,56 €), whatever the UI language.
QString date(const QDate &date);
QString dateTime(const QDateTime &at); // dd/MM/yyyy HH:mm in local time
// A date as a person types it: dd/mm/yyyy (also d/m/yyyy, with '.' or '-'), ddmmyyyy, or ISO
// yyyy-mm-dd. The year has four digits: two are never guessed into a century. Invalid if the
// text is no date; *problem (when asked) then says why, in one translated sentence: "31/02/2025
// is not a date." for a day the calendar lacks, otherwise how to write one. Empty text gives
// an invalid date and no problem: whether a date is required is the caller's rule.
QDate parseDate(const QString &text, QString *problem = nullptr);
// A date and a time: the date as above, a space, then hh:mm (or hh.mm, hhmm; :ss optional).
QDateTime parseDateTime(const QString &text, QString *problem = nullptr); // local time
QString euros(qint64 cents);
// "1.234,56", "1234,5", "1234.56" or "1234" to cents; -1 if not an amount.
qint64 parseEuros(const QString &text);

} // namespace Sportello::Format
