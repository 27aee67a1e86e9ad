#include "widgets/casework/bookingdialog.h"

#include "models/access/staffnames.h"
#include "models/common/textlimits.h"
#include "models/registry/citizenrepository.h"
#include "widgets/common/buddylabel.h"
#include "widgets/common/dateedits.h"
#include "widgets/common/emphasis.h"
#include "widgets/common/textfit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

using Casework::Agenda;
using Casework::Appointment;

BookingDialog::BookingDialog(const QString &dbPath, const Session &session,
                             const Appointment &draft, QWidget *parent)
    : QDialog(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_draft(draft)
    , m_start(new DateEdit(DateEdit::Kind::DateTime, this))
    , m_minutes(new QSpinBox(this))
    , m_place(new QLineEdit(draft.place, this))
    , m_purpose(new QLineEdit(draft.purpose, this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"agendaBookingDialog"_s);
    m_start->setObjectName(u"bookingStart"_s);
    m_minutes->setObjectName(u"bookingMinutes"_s);
    m_place->setObjectName(u"bookingPlace"_s);
    m_purpose->setObjectName(u"bookingPurpose"_s);
    m_place->setMaxLength(TextLimits::kLine);
    m_purpose->setMaxLength(TextLimits::kLine);
    m_problem->setObjectName(u"bookingProblem"_s);
    setWindowTitle(tr("Book an appointment with %1").arg(StaffNames(dbPath).of(draft.worker)));
    setMinimumWidth(380);
    m_start->setDateTime(draft.startsAt.isValid() ? draft.startsAt.toLocalTime()
                                                  : suggestedStart());
    m_minutes->setRange(5, 480);
    m_minutes->setSingleStep(15);
    m_minutes->setValue(draft.endsAt.isValid() ? int(draft.startsAt.secsTo(draft.endsAt) / 60)
                                               : 30);
    m_minutes->setSuffix(tr(" min"));
    m_problem->setWordWrap(true);
    Emphasis::markAsProblem(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Book"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"bookingSave"_s);
    m_save->setDefault(true);

    auto *form = new QFormLayout;
    if (const auto citizen = CitizenRepository(dbPath).find(draft.citizenId)) {
        auto *name = new QLabel(citizen->surname + u' ' + citizen->givenNames, this);
        fitToWidth(name);
        form->addRow(tr("Citizen"), name);
    }
    form->addRow(buddyLabel(tr("&Starts at:"), m_start, this), m_start);
    form->addRow(buddyLabel(tr("&Duration:"), m_minutes, this), m_minutes);
    form->addRow(buddyLabel(tr("&Place:"), m_place, this), m_place);
    form->addRow(buddyLabel(tr("P&urpose:"), m_purpose, this), m_purpose);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_start, &QLineEdit::textChanged, this, &BookingDialog::check);
    connect(m_minutes, &QSpinBox::valueChanged, this, &BookingDialog::check);
    connect(m_purpose, &QLineEdit::textChanged, this, &BookingDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &BookingDialog::book);
    check();
}

BookingDialog::~BookingDialog() = default;

QDateTime BookingDialog::suggestedStart(const QDate &day)
{
    const QDateTime now = QDateTime::currentDateTime();
    if (day > now.date())
        return QDateTime(day, QTime(9, 0));
    return QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600);
}

Appointment BookingDialog::appointment() const
{
    Appointment a = m_draft;
    a.startsAt = m_start->dateTime().toUTC();
    a.endsAt = a.startsAt.addSecs(qint64(m_minutes->value()) * 60);
    a.place = m_place->text();
    a.purpose = m_purpose->text();
    return a;
}

void BookingDialog::check()
{
    QString text = m_start->problem();
    if (text.isEmpty())
        text = Agenda(m_dbPath).problem(m_session, appointment());
    m_problem->setText(text);
    m_save->setEnabled(text.isEmpty());
}

void BookingDialog::book()
{
    Appointment a = appointment();
    QString error;
    if (!Agenda(m_dbPath).book(m_session, &a, &error)) {
        m_problem->setText(error);
        return;
    }
    emit booked(a);
    accept();
}

} // namespace Sportello
