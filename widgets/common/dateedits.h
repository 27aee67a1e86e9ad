#pragma once

#include <QDate>

class QDateEdit;
class QWidget;

namespace Sportello {

// Date fields with the calendar popup. An optional date shows "—" when unset: its minimum
// date stands for "none", and Delete on the field clears it.
QDateEdit *dateEdit(QWidget *parent, const QDate &initial = QDate::currentDate());
QDateEdit *optionalDateEdit(QWidget *parent);
QDate optionalDate(const QDateEdit *edit); // invalid when unset
void setOptionalDate(QDateEdit *edit, const QDate &date);

} // namespace Sportello
