#include "widgets/casework/agendaview.h"

#include "models/registry/citizenrepository.h"
#include "widgets/casework/workerchoice.h"
#include "widgets/common/buddylabel.h"
#include "widgets/common/dialogs.h"
#include "widgets/common/tables.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Sportello::Casework;

namespace Sportello {

namespace {

enum Column { WhenColumn, EndColumn, CitizenColumn, PlaceColumn, PurposeColumn, StatusColumn };

QPushButton *makeButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    return button;
}

// Where a new booking starts by default: 9:00 on the day shown, or the next full hour
// when that day is today or already past.
QDateTime defaultStart(const QDate &shown)
{
    const QDateTime now = QDateTime::currentDateTime();
    if (shown > now.date())
        return QDateTime(shown, QTime(9, 0));
    return QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600);
}

} // namespace

AgendaView::AgendaView(const QString &dbPath, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_date(QDate::currentDate())
    , m_worker(new QComboBox(this))
    , m_day(makeButton(tr("&Day"), u"agendaDay"_s, this))
    , m_week(makeButton(tr("W&eek"), u"agendaWeek"_s, this))
    , m_period(new QLabel(this))
    , m_table(new QTableWidget(0, 6, this))
    , m_book(makeButton(tr("&Book…"), u"agendaBook"_s, this))
    , m_held(makeButton(tr("&Held"), u"agendaHeld"_s, this))
    , m_missed(makeButton(tr("&Missed"), u"agendaMissed"_s, this))
    , m_cancel(makeButton(tr("&Cancel appointment"), u"agendaCancel"_s, this))
{
    setObjectName(u"agendaView"_s);
    m_worker->setObjectName(u"agendaWorker"_s);
    m_period->setObjectName(u"agendaPeriod"_s);
    m_table->setObjectName(u"agendaTable"_s);
    m_table->setAccessibleName(tr("Appointments"));
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Until"), tr("Citizen"), tr("Place"), tr("Purpose"), tr("Status")});
    setUpTable(m_table);

    auto *mode = new QButtonGroup(this);
    for (QAbstractButton *button : {m_day, m_week}) {
        button->setCheckable(true);
        mode->addButton(button);
    }
    m_week->setChecked(true);
    auto *previous = makeButton(tr("&Previous"), u"agendaPrevious"_s, this);
    auto *today = makeButton(tr("&Today"), u"agendaToday"_s, this);
    auto *next = makeButton(tr("&Next"), u"agendaNext"_s, this);
    previous->setToolTip(tr("The previous day or week (Page Up)"));
    next->setToolTip(tr("The next day or week (Page Down)"));
    m_held->setToolTip(tr("Record that the appointment took place"));
    m_missed->setToolTip(tr("Record that the citizen did not come"));
    // Recording how it went is the worker's own business; clerks never see it.
    m_held->setVisible(m_session.can(Permission::ManageCases));
    m_missed->setVisible(m_session.can(Permission::ManageCases));
    m_book->setVisible(m_session.can(Permission::RecordRequests));

    auto *top = new QHBoxLayout;
    top->addWidget(buddyLabel(tr("Social &worker:"), m_worker, this));
    top->addWidget(m_worker);
    top->addSpacing(12);
    top->addWidget(m_day);
    top->addWidget(m_week);
    top->addSpacing(12);
    top->addWidget(previous);
    top->addWidget(today);
    top->addWidget(next);
    top->addSpacing(12);
    top->addWidget(m_period, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_book);
    actions->addStretch();
    actions->addWidget(m_held);
    actions->addWidget(m_missed);
    actions->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    const auto shortcut = [this](QKeySequence::StandardKey key, int direction) {
        auto *s = new QShortcut(key, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, [this, direction] { step(direction); });
    };
    shortcut(QKeySequence::MoveToPreviousPage, -1);
    shortcut(QKeySequence::MoveToNextPage, 1);
    connect(previous, &QPushButton::clicked, this, [this] { step(-1); });
    connect(next, &QPushButton::clicked, this, [this] { step(1); });
    connect(today, &QPushButton::clicked, this, [this] { showDate(QDate::currentDate()); });
    connect(mode, &QButtonGroup::buttonClicked, this, &AgendaView::refresh);
    connect(m_worker, &QComboBox::currentIndexChanged, this, &AgendaView::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AgendaView::updateActions);
    connect(m_book, &QPushButton::clicked, this, &AgendaView::book);
    connect(m_held, &QPushButton::clicked, this, [this] { setStatus(AppointmentStatus::Held); });
    connect(m_missed, &QPushButton::clicked, this,
            [this] { setStatus(AppointmentStatus::Missed); });
    connect(m_cancel, &QPushButton::clicked, this,
            [this] { setStatus(AppointmentStatus::Cancelled); });
    refresh(); // a social worker starts on their own agenda
}

AgendaView::~AgendaView() = default;

void AgendaView::refresh()
{
    const QString worker
        = m_worker->count() > 0 ? m_worker->currentData().toString() : m_session.username;
    {
        const QSignalBlocker blocker(m_worker);
        fillWorkerChoice(m_worker, m_dbPath, worker);
    }
    const QString shown = m_worker->currentData().toString();
    const QString selectedId = selected() ? selected()->id : QString();
    m_period->setText(periodText());
    const QDate start = periodStart();
    const QDate end = start.addDays(weekMode() ? 7 : 1);
    m_appointments = shown.isEmpty()
        ? QList<Appointment>()
        : Agenda(m_dbPath).of(shown, start.startOfDay().toUTC(), end.startOfDay().toUTC());

    const CitizenRepository citizens(m_dbPath);
    QHash<QString, QString> names;
    const QLocale here = locale();
    m_table->clearSelection();
    m_table->setRowCount(int(m_appointments.size()));
    for (int row = 0; row < m_appointments.size(); ++row) {
        const Appointment &a = m_appointments.at(row);
        if (!a.citizenId.isEmpty() && !names.contains(a.citizenId)) {
            const auto citizen = citizens.find(a.citizenId);
            names.insert(a.citizenId,
                         citizen ? citizen->surname + u' ' + citizen->givenNames : QString());
        }
        const QStringList cells {here.toString(a.startsAt.toLocalTime(), u"ddd dd/MM HH:mm"_s),
                                 here.toString(a.endsAt.toLocalTime(), u"HH:mm"_s),
                                 names.value(a.citizenId),
                                 a.place,
                                 a.purpose,
                                 appointmentStatusLabel(a.status)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (a.id == selectedId)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    updateActions();
}

void AgendaView::showWorker(const QString &username)
{
    const int index = m_worker->findData(username);
    if (index >= 0)
        m_worker->setCurrentIndex(index); // refreshes when it changes
}

void AgendaView::showDate(const QDate &date)
{
    if (!date.isValid())
        return;
    m_date = date;
    refresh();
}

bool AgendaView::weekMode() const
{
    return m_week->isChecked();
}

QDate AgendaView::periodStart() const
{
    if (!weekMode())
        return m_date;
    const int first = int(locale().firstDayOfWeek());
    return m_date.addDays(-((m_date.dayOfWeek() - first + 7) % 7));
}

QString AgendaView::periodText() const
{
    const QLocale here = locale();
    if (!weekMode())
        return here.toString(m_date, QLocale::LongFormat);
    const QDate start = periodStart();
    const QDate end = start.addDays(6);
    // "from 23 to 29 November 2026", "from 30 November to 6 December 2026"
    const QString from = start.year() != end.year() ? here.toString(start, u"d MMMM yyyy"_s)
        : start.month() != end.month()              ? here.toString(start, u"d MMMM"_s)
                                                    : here.toString(start, u"d"_s);
    return tr("week from %1 to %2").arg(from, here.toString(end, u"d MMMM yyyy"_s));
}

void AgendaView::step(int direction)
{
    showDate(m_date.addDays(direction * (weekMode() ? 7 : 1)));
}

const Appointment *AgendaView::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty() || items.first()->row() >= m_appointments.size())
        return nullptr;
    return &m_appointments.at(items.first()->row());
}

void AgendaView::updateActions()
{
    const Appointment *a = selected();
    const bool own = a && a->worker == m_session.username;
    m_book->setEnabled(m_session.can(Permission::RecordRequests)
                       && !m_worker->currentData().toString().isEmpty());
    m_held->setEnabled(own && a->status != AppointmentStatus::Held);
    m_missed->setEnabled(own && a->status != AppointmentStatus::Missed);
    m_cancel->setEnabled(a && a->status == AppointmentStatus::Booked
                         && (own || m_session.can(Permission::RecordRequests)));
}

void AgendaView::book()
{
    const QString worker = m_worker->currentData().toString();
    if (worker.isEmpty())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"agendaBookingDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Book an appointment with %1").arg(worker));
    dialog->setMinimumWidth(360);
    auto *start = new QDateTimeEdit(defaultStart(m_date), dialog);
    start->setObjectName(u"bookingStart"_s);
    start->setCalendarPopup(true);
    start->setDisplayFormat(u"dd/MM/yyyy HH:mm"_s);
    auto *minutes = new QSpinBox(dialog);
    minutes->setObjectName(u"bookingMinutes"_s);
    minutes->setRange(5, 480);
    minutes->setSingleStep(15);
    minutes->setValue(30);
    minutes->setSuffix(tr(" min"));
    auto *place = new QLineEdit(dialog);
    place->setObjectName(u"bookingPlace"_s);
    auto *purpose = new QLineEdit(dialog);
    purpose->setObjectName(u"bookingPurpose"_s);
    auto *problem = new QLabel(dialog);
    problem->setObjectName(u"bookingProblem"_s);
    problem->setWordWrap(true);
    problem->setStyleSheet(u"color: #a00000"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    auto *save = buttons->addButton(tr("&Book"), QDialogButtonBox::AcceptRole);
    save->setObjectName(u"bookingSave"_s);
    save->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Starts at:"), start, dialog), start);
    form->addRow(buddyLabel(tr("&Duration:"), minutes, dialog), minutes);
    form->addRow(buddyLabel(tr("&Place:"), place, dialog), place);
    form->addRow(buddyLabel(tr("P&urpose:"), purpose, dialog), purpose);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);

    const auto appointment = [=] {
        Appointment a;
        a.worker = worker;
        a.startsAt = start->dateTime().toUTC();
        a.endsAt = a.startsAt.addSecs(qint64(minutes->value()) * 60);
        a.place = place->text();
        a.purpose = purpose->text();
        return a;
    };
    // The reason a booking would be refused shows while the form is filled in.
    const auto check = [this, appointment, problem, save] {
        const QString text = Agenda(m_dbPath).problem(m_session, appointment());
        problem->setText(text);
        save->setEnabled(text.isEmpty());
    };
    connect(start, &QDateTimeEdit::dateTimeChanged, dialog, check);
    connect(minutes, &QSpinBox::valueChanged, dialog, check);
    connect(purpose, &QLineEdit::textChanged, dialog, check);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, appointment, problem] {
        Appointment a = appointment();
        QString error;
        if (!Agenda(m_dbPath).book(m_session, &a, &error)) {
            problem->setText(error);
            return;
        }
        dialog->accept();
        showDate(a.startsAt.toLocalTime().date());
        emit dataChanged();
    });
    check();
    dialog->open();
}

void AgendaView::setStatus(AppointmentStatus status)
{
    const Appointment *a = selected();
    if (!a)
        return;
    const QString id = a->id;
    if (status == AppointmentStatus::Cancelled) {
        const QDateTime at = a->startsAt.toLocalTime();
        const QString question
            = tr("Cancel the appointment of %1 on %2 at %3?")
                  .arg(a->worker, locale().toString(at.date()), at.toString(u"HH:mm"_s));
        if (Dialogs::ask(this, tr("Cancel appointment"), question,
                         QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
            return;
    }
    QString error;
    if (!Agenda(m_dbPath).setStatus(m_session, id, status, &error)) {
        Dialogs::warn(this, tr("Agenda"), error);
        return;
    }
    refresh();
    emit dataChanged();
}

} // namespace Sportello
