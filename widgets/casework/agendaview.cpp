#include "widgets/casework/agendaview.h"

#include "models/access/staffnames.h"
#include "models/registry/citizenrepository.h"
#include "widgets/casework/bookingdialog.h"
#include "widgets/casework/workerchoice.h"
#include "widgets/common/buddylabel.h"
#include "widgets/common/dialogs.h"
#include "widgets/common/tableexport.h"
#include "widgets/common/tables.h"

#include <QButtonGroup>
#include <QComboBox>
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
#include <QToolButton>
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

} // namespace

AgendaView::AgendaView(const QString &dbPath, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_date(QDate::currentDate())
    , m_worker(new QComboBox(this))
    , m_day(makeButton(tr("Da&y"), u"agendaDay"_s, this))
    , m_week(makeButton(tr("&Week"), u"agendaWeek"_s, this))
    , m_period(new QLabel(this))
    , m_table(new QTableWidget(0, 6, this))
    , m_book(makeButton(tr("&Book…"), u"agendaBook"_s, this))
    , m_held(makeButton(tr("Hel&d"), u"agendaHeld"_s, this))
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
    auto *previous = makeButton(tr("Previ&ous"), u"agendaPrevious"_s, this);
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
    top->addWidget(buddyLabel(tr("&Social worker:"), m_worker, this));
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
    auto *exportButton = TableExport::button(
        m_table, tr("Agenda"),
        TableExport::audited(dbPath, session, u"appointment"_s,
                             [this] {
                                 return QVariantMap {
                                     {u"list"_s, u"agenda"_s},
                                     {u"worker"_s, m_worker->currentData().toString()},
                                     {u"from"_s, periodStart().toString(Qt::ISODate)}};
                             }),
        {[this] { return u"%1 — %2"_s.arg(m_worker->currentText(), periodText()); }, {}, {}});
    exportButton->setObjectName(u"agendaExport"_s);
    top->addWidget(exportButton);
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
    Appointment draft;
    draft.worker = m_worker->currentData().toString();
    if (draft.worker.isEmpty())
        return;
    draft.startsAt = BookingDialog::suggestedStart(m_date).toUTC();
    auto *dialog = new BookingDialog(m_dbPath, m_session, draft, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BookingDialog::booked, this, [this](const Appointment &a) {
        showDate(a.startsAt.toLocalTime().date());
        emit dataChanged();
    });
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
        const QString question = tr("Cancel the appointment of %1 on %2 at %3?")
                                     .arg(StaffNames(m_dbPath).of(a->worker),
                                          locale().toString(at.date()), at.toString(u"HH:mm"_s));
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
