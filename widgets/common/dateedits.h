#pragma once

#include <QDate>
#include <QDateTime>
#include <QLineEdit>

class QCalendarWidget;
class QFrame;

namespace Sportello {

// The one date field of the desk. A person types dd/mm/yyyy or ddmmyyyy (or picks the day in
// the calendar: the button at the end, Alt+Down or F4), and what they type becomes exactly
// that date or is refused with a message (Format::parseDate: "31/02/2025 is not a date."):
// no sections that move under the cursor or turn 15 into 01. On leaving the field the text is
// shown as dd/mm/yyyy. Kind::DateTime takes "dd/mm/yyyy hh:mm". A required field refuses
// empty text; an optional one reads it as no date.
class DateEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateEdit)

public:
    enum class Kind { Date, DateTime };

    explicit DateEdit(QWidget *parent = nullptr);
    explicit DateEdit(Kind kind, QWidget *parent = nullptr);
    ~DateEdit() override;

    Kind kind() const { return m_kind; }
    QDate date() const; // invalid when empty, not a date, or outside the range
    QDateTime dateTime() const; // in timeSpec(); invalid likewise
    void setDate(const QDate &date); // an invalid date empties the field
    void setDateTime(const QDateTime &dateTime);
    Qt::TimeSpec timeSpec() const { return m_spec; }
    void setTimeSpec(Qt::TimeSpec spec); // LocalTime, or UTC for wall-clock values
    bool isRequired() const { return m_required; }
    void setRequired(bool required); // true unless said otherwise
    void setMinimumDate(const QDate &date);
    void setMaximumDate(const QDate &date);
    void setMaximumDateTime(const QDateTime &dateTime);

    // Why the text cannot be saved, in one sentence; empty when it can.
    QString problem() const;

    // Before a form saves: the first date field in `form` (enabled and shown) whose text cannot
    // be saved takes the focus and its problem is shown in a message; false then.
    static bool confirmAll(QWidget *form);
    // For a form with a problem line of its own: the first of these fields whose text cannot
    // be saved takes the focus, and "Label: problem" is returned; empty when all can.
    static QString firstProblem(const QList<DateEdit *> &edits);

signals:
    void dateChanged(const QDate &date); // the value typed or picked changed (invalid: none)
    void dateTimeChanged(const QDateTime &dateTime);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QDateTime parsed(QString *problem) const; // the text's value, before the range
    void onTextChanged();
    void tidy();
    void markProblem(bool shown);
    void openCalendar();

    Kind m_kind;
    Qt::TimeSpec m_spec = Qt::LocalTime;
    bool m_required = true;
    QDate m_minimum;
    QDateTime m_maximum;
    QDateTime m_last; // the value last signalled
    QFrame *m_popup = nullptr;
    QCalendarWidget *m_calendar = nullptr;
};

// Shorthands: a required date field with a first value, and an optional one (empty = none).
DateEdit *dateEdit(QWidget *parent, const QDate &initial = QDate::currentDate());
DateEdit *optionalDateEdit(QWidget *parent);
QDate optionalDate(const DateEdit *edit); // invalid when unset
void setOptionalDate(DateEdit *edit, const QDate &date);

} // namespace Sportello
