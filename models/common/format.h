#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Sportello::Format {

// How dates and amounts read everywhere in the program: dd/MM/yyyy and euro with
// Italian separators (1.234,56 €), whatever the UI language.
QString date(const QDate &date);
QString dateTime(const QDateTime &at); // dd/MM/yyyy HH:mm in local time
QDate parseDate(const QString &text); // dd/MM/yyyy, d/M/yyyy or ISO; invalid if none fits
QString euros(qint64 cents);
// "1.234,56", "1234,5", "1234.56" or "1234" to cents; -1 if not an amount.
qint64 parseEuros(const QString &text);

} // namespace Sportello::Format
