#include "widgets/common/dateedits.h"

#include "models/common/format.h"
#include "widgets/common/dialogs.h"
#include "widgets/common/emphasis.h"

#include <QAction>
#include <QCalendarWidget>
#include <QFrame>
#include <QKeyEvent>
#include <QScreen>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

namespace {

constexpr const char *kInvalid = "invalid"; // the property forms mark fields with

QString dateTimeText(const QDateTime &at)
{
    return at.toString(at.time().second() == 0 ? u"dd/MM/yyyy HH:mm"_s : u"dd/MM/yyyy HH:mm:ss"_s);
}

} // namespace

DateEdit::DateEdit(QWidget *parent)
    : DateEdit(Kind::Date, parent)
{ }

DateEdit::DateEdit(Kind kind, QWidget *parent)
    : QLineEdit(parent)
    , m_kind(kind)
{
    setMaxLength(kind == Kind::Date ? 10 : 19);
    setPlaceholderText(kind == Kind::Date ? tr("dd/mm/yyyy") : tr("dd/mm/yyyy hh:mm"));
    setToolTip(kind == Kind::Date ? tr("Type the date as dd/mm/yyyy or ddmmyyyy, or choose it "
                                       "in the calendar (Alt+Down).")
                                  : tr("Type the date and time as dd/mm/yyyy hh:mm, or choose "
                                       "the day in the calendar (Alt+Down)."));
    setStyleSheet(u"QLineEdit[invalid=\"true\"] { border: 2px solid %1; }"_s.arg(
        Emphasis::problemColor(palette()).name()));
    QAction *calendar = addAction(QIcon(u":/icons/calendar.svg"_s), QLineEdit::TrailingPosition);
    calendar->setObjectName(u"dateEditCalendarButton"_s);
    calendar->setToolTip(tr("Choose in the calendar (Alt+Down)"));
    connect(calendar, &QAction::triggered, this, &DateEdit::openCalendar);
    connect(this, &QLineEdit::textChanged, this, &DateEdit::onTextChanged);
    connect(this, &QLineEdit::returnPressed, this, &DateEdit::tidy);
}

DateEdit::~DateEdit() = default;

QDateTime DateEdit::parsed(QString *problem) const
{
    if (m_kind == Kind::Date) {
        const QDate day = Format::parseDate(text(), problem);
        return day.isValid() ? QDateTime(day, QTime(0, 0), m_spec) : QDateTime();
    }
    const QDateTime at = Format::parseDateTime(text(), problem);
    return at.isValid() ? QDateTime(at.date(), at.time(), m_spec) : QDateTime();
}

QString DateEdit::problem() const
{
    QString why;
    const QDateTime value = parsed(&why);
    if (!why.isEmpty())
        return why;
    if (!value.isValid()) {
        if (!m_required)
            return QString();
        return m_kind == Kind::Date ? tr("The date is missing.")
                                    : tr("The date and time are missing.");
    }
    if (m_minimum.isValid() && value.date() < m_minimum)
        return tr("The date cannot be before %1.").arg(Format::date(m_minimum));
    if (m_maximum.isValid()) {
        if (m_kind == Kind::Date && value.date() > m_maximum.date())
            return tr("The date cannot be after %1.").arg(Format::date(m_maximum.date()));
        if (m_kind == Kind::DateTime && value > m_maximum)
            return tr("The date and time cannot be after %1.").arg(dateTimeText(m_maximum));
    }
    return QString();
}

QDate DateEdit::date() const
{
    return dateTime().date();
}

QDateTime DateEdit::dateTime() const
{
    QString why;
    const QDateTime value = parsed(&why);
    return problem().isEmpty() ? value : QDateTime();
}

void DateEdit::setDate(const QDate &date)
{
    if (m_kind == Kind::DateTime) {
        const QDateTime current = parsed(nullptr);
        setDateTime(date.isValid()
                        ? QDateTime(date, current.isValid() ? current.time() : QTime(9, 0), m_spec)
                        : QDateTime());
        return;
    }
    setText(Format::date(date));
    markProblem(false);
}

void DateEdit::setDateTime(const QDateTime &dateTime)
{
    if (m_kind == Kind::Date) {
        setDate(dateTime.date());
        return;
    }
    if (!dateTime.isValid()) {
        clear();
    } else {
        // A wall-clock value (UTC spec) is shown as it is; any other in local time.
        const QDateTime shown = m_spec == Qt::UTC ? dateTime.toUTC() : dateTime.toLocalTime();
        setText(dateTimeText(shown));
    }
    markProblem(false);
}

void DateEdit::setTimeSpec(Qt::TimeSpec spec)
{
    m_spec = spec;
    m_last = dateTime();
}

void DateEdit::setRequired(bool required)
{
    m_required = required;
    onTextChanged();
}

void DateEdit::setMinimumDate(const QDate &date)
{
    m_minimum = date;
    onTextChanged();
}

void DateEdit::setMaximumDate(const QDate &date)
{
    m_maximum = date.isValid() ? QDateTime(date, QTime(23, 59, 59), m_spec) : QDateTime();
    onTextChanged();
}

void DateEdit::setMaximumDateTime(const QDateTime &dateTime)
{
    m_maximum = dateTime;
    onTextChanged();
}

void DateEdit::onTextChanged()
{
    if (property(kInvalid).toBool() && problem().isEmpty())
        markProblem(false); // corrected while typing
    const QDateTime value = dateTime();
    if (value == m_last && value.isValid() == m_last.isValid())
        return;
    m_last = value;
    emit dateChanged(value.date());
    emit dateTimeChanged(value);
}

// On leaving the field: a date is shown the one way, a refused text is marked.
void DateEdit::tidy()
{
    QString why;
    const QDateTime value = parsed(&why);
    if (value.isValid()) {
        const QString canonical
            = m_kind == Kind::Date ? Format::date(value.date()) : dateTimeText(value);
        if (canonical != text())
            setText(canonical);
    }
    markProblem(!text().trimmed().isEmpty() && !problem().isEmpty());
}

void DateEdit::markProblem(bool shown)
{
    if (property(kInvalid).toBool() == shown)
        return;
    setProperty(kInvalid, shown);
    style()->unpolish(this);
    style()->polish(this);
    setAccessibleDescription(shown ? problem() : QString());
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F4
        || (event->key() == Qt::Key_Down && event->modifiers().testFlag(Qt::AltModifier))) {
        openCalendar();
        return;
    }
    // Up and Down step a day, as in Qt's own date fields.
    if ((event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)
        && event->modifiers() == Qt::NoModifier && !isReadOnly()) {
        const QDateTime value = parsed(nullptr);
        if (value.isValid()) {
            const QDateTime next = value.addDays(event->key() == Qt::Key_Up ? 1 : -1);
            if (m_kind == Kind::Date)
                setDate(next.date());
            else
                setDateTime(next);
        }
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateEdit::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    tidy();
}

void DateEdit::openCalendar()
{
    if (isReadOnly() || !isEnabled())
        return;
    if (!m_popup) {
        m_popup = new QFrame(this, Qt::Popup);
        m_popup->setFrameShape(QFrame::StyledPanel);
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setObjectName(u"dateEditCalendar"_s);
        m_calendar->setGridVisible(true);
        auto *layout = new QVBoxLayout(m_popup);
        layout->setContentsMargins(1, 1, 1, 1);
        layout->addWidget(m_calendar);
        const auto pick = [this](const QDate &day) {
            if (m_kind == Kind::Date)
                setDate(day);
            else {
                const QDateTime current = parsed(nullptr);
                setDateTime(
                    QDateTime(day, current.isValid() ? current.time() : QTime(9, 0), m_spec));
            }
            m_popup->hide();
            setFocus(Qt::PopupFocusReason);
        };
        connect(m_calendar, &QCalendarWidget::clicked, this, pick);
        connect(m_calendar, &QCalendarWidget::activated, this, pick);
    }
    const QDateTime current = parsed(nullptr);
    m_calendar->setDateRange(m_minimum.isValid() ? m_minimum : QDate(1800, 1, 1),
                             m_maximum.isValid() ? m_maximum.date() : QDate(9999, 12, 31));
    m_calendar->setSelectedDate(current.isValid() ? current.date() : QDate::currentDate());
    m_popup->adjustSize();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen *screen = this->screen()) {
        const QRect area = screen->availableGeometry();
        if (at.y() + m_popup->height() > area.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
        at.setX(qBound(area.left(), at.x(), qMax(area.left(), area.right() - m_popup->width())));
    }
    m_popup->move(at);
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

QString DateEdit::firstProblem(const QList<DateEdit *> &edits)
{
    for (DateEdit *edit : edits) {
        const QString why = edit->isEnabled() && !edit->isReadOnly() ? edit->problem() : QString();
        if (why.isEmpty())
            continue;
        edit->markProblem(true);
        edit->setFocus(Qt::OtherFocusReason);
        edit->selectAll();
        QString name = edit->accessibleName().trimmed();
        while (name.endsWith(u':'))
            name.chop(1);
        return name.isEmpty() ? why : u"%1: %2"_s.arg(name, why);
    }
    return QString();
}

bool DateEdit::confirmAll(QWidget *form)
{
    QList<DateEdit *> shown;
    for (DateEdit *edit : form->findChildren<DateEdit *>()) {
        if (edit->isVisibleTo(form))
            shown << edit;
    }
    const QString problem = firstProblem(shown);
    if (!problem.isEmpty())
        Dialogs::warn(form, form->window()->windowTitle(), problem);
    return problem.isEmpty();
}

DateEdit *dateEdit(QWidget *parent, const QDate &initial)
{
    auto *edit = new DateEdit(parent);
    edit->setDate(initial);
    return edit;
}

DateEdit *optionalDateEdit(QWidget *parent)
{
    auto *edit = new DateEdit(parent);
    edit->setRequired(false);
    return edit;
}

QDate optionalDate(const DateEdit *edit)
{
    return edit->date();
}

void setOptionalDate(DateEdit *edit, const QDate &date)
{
    edit->setDate(date);
}

} // namespace Sportello
