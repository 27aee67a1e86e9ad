#include "widgets/casework/intakedialog.h"

#include "models/access/staffnames.h"
#include "models/casework/agenda.h"
#include "models/casework/caserepository.h"
#include "models/casework/receipt.h"
#include "models/common/textlimits.h"
#include "models/registry/citizenrepository.h"
#include "widgets/casework/bookingdialog.h"
#include "widgets/casework/workerchoice.h"
#include "widgets/common/buddylabel.h"
#include "widgets/common/dateedits.h"
#include "widgets/common/emphasis.h"
#include "widgets/common/textfit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

using namespace Casework;

namespace { } // namespace

IntakeDialog::IntakeDialog(const QString &dbPath, const Session &session, const QString &citizenId,
                           QWidget *parent)
    : QDialog(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_citizenId(citizenId)
    , m_pages(new QStackedWidget(this))
    , m_received(new DateEdit(DateEdit::Kind::DateTime, this))
    , m_channel(new QComboBox(this))
    , m_area(new QComboBox(this))
    , m_summary(new QPlainTextEdit(this))
    , m_appointment(new QGroupBox(tr("&Book an appointment with a social worker"), this))
    , m_worker(new QComboBox(this))
    , m_startsAt(new DateEdit(DateEdit::Kind::DateTime, this))
    , m_minutes(new QSpinBox(this))
    , m_place(new QLineEdit(tr("Social services desk"), this))
    , m_problem(new QLabel(this))
    , m_receipt(new QTextBrowser(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("New social request"));
    setObjectName(u"intakeDialog"_s);
    m_channel->setObjectName(u"intakeChannel"_s);
    m_area->setObjectName(u"intakeArea"_s);
    m_summary->setObjectName(u"intakeSummary"_s);
    m_appointment->setObjectName(u"intakeAppointment"_s);
    m_worker->setObjectName(u"intakeWorker"_s);
    m_startsAt->setObjectName(u"intakeStartsAt"_s);
    m_place->setMaxLength(TextLimits::kLine);
    m_receipt->setObjectName(u"intakeReceipt"_s);

    QString who;
    if (const auto citizen = CitizenRepository(dbPath).find(citizenId))
        who = u"<b>%1 %2</b> &nbsp; %3"_s.arg(citizen->surname.toHtmlEscaped(),
                                              citizen->givenNames.toHtmlEscaped(),
                                              citizen->fiscalCode);
    auto *citizenLabel = new QLabel(who, this);
    fitToWidth(citizenLabel);

    const QDateTime now = QDateTime::currentDateTime();
    m_received->setObjectName(u"intakeReceived"_s);
    m_received->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())));
    m_received->setMaximumDateTime(QDateTime::currentDateTime().addSecs(60));
    for (Channel c : channels())
        m_channel->addItem(channelLabel(c), channelId(c));
    for (NeedArea a : needAreas())
        m_area->addItem(needAreaLabel(a), needAreaId(a));
    m_summary->setPlaceholderText(tr("What the citizen asks for, in a few lines"));
    m_summary->setTabChangesFocus(true);

    fillWorkerChoice(m_worker, dbPath,
                     session.can(Permission::ManageCases) ? session.username : QString());
    m_startsAt->setDateTime(BookingDialog::suggestedStart());
    m_minutes->setRange(15, 180);
    m_minutes->setSingleStep(15);
    m_minutes->setValue(45);
    m_minutes->setSuffix(tr(" min"));
    m_appointment->setCheckable(true);
    m_appointment->setChecked(false);
    auto *appointmentForm = new QFormLayout(m_appointment);
    appointmentForm->addRow(buddyLabel(tr("Social &worker"), m_worker), m_worker);
    appointmentForm->addRow(buddyLabel(tr("&Starts"), m_startsAt), m_startsAt);
    appointmentForm->addRow(buddyLabel(tr("&Duration"), m_minutes), m_minutes);
    appointmentForm->addRow(buddyLabel(tr("P&lace"), m_place), m_place);

    auto *formPage = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Citizen"), citizenLabel);
    form->addRow(buddyLabel(tr("R&eceived"), m_received), m_received);
    form->addRow(buddyLabel(tr("C&hannel"), m_channel), m_channel);
    form->addRow(buddyLabel(tr("Need &area"), m_area), m_area);
    form->addRow(buddyLabel(tr("S&ummary"), m_summary), m_summary);
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(form);
    formLayout->addWidget(m_appointment);
    Emphasis::markAsProblem(m_problem);
    m_problem->setWordWrap(true);
    formLayout->addWidget(m_problem);
    m_pages->addWidget(formPage);
    m_pages->addWidget(m_receipt);

    m_save = m_buttons->addButton(tr("&Record request"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"intakeSave"_s);
    m_problem->setObjectName(u"intakeProblem"_s);
    m_print = new QPushButton(tr("&Print receipt…"), this); // in the buttons once recorded
    m_print->setObjectName(u"intakePrint"_s);
    m_print->hide();
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_save, &QPushButton::clicked, this, &IntakeDialog::save);
    connect(m_print, &QPushButton::clicked, this, &IntakeDialog::printReceipt);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_buttons);
    resize(560, 560);
    m_summary->setFocus();
    Emphasis::clearWhenEdited(m_problem, this);
}

IntakeDialog::~IntakeDialog() = default;

void IntakeDialog::save()
{
    if (const QString why = DateEdit::firstProblem({m_received, m_startsAt}); !why.isEmpty()) {
        m_problem->setText(why);
        return;
    }
    CaseRequest r;
    r.citizenId = m_citizenId;
    r.receivedAt = m_received->dateTime().toUTC();
    channelFromId(m_channel->currentData().toString(), &r.channel);
    needAreaFromId(m_area->currentData().toString(), &r.needArea);
    r.summary = m_summary->toPlainText();

    std::optional<Appointment> appointment;
    Agenda agenda(m_dbPath);
    if (m_appointment->isChecked()) {
        Appointment a;
        a.worker = m_worker->currentData().toString();
        a.citizenId = m_citizenId;
        a.startsAt = m_startsAt->dateTime().toUTC();
        a.endsAt = a.startsAt.addSecs(m_minutes->value() * 60);
        a.place = m_place->text();
        a.purpose = tr("First interview: %1").arg(m_area->currentText());
        // Checked before anything is written, so a refused booking leaves no request behind.
        if (const QString problem = agenda.problem(m_session, a); !problem.isEmpty()) {
            m_problem->setText(problem);
            return;
        }
        appointment = a;
    }
    QString error;
    if (!CaseRepository(m_dbPath).recordRequest(m_session, &r, &error)) {
        m_problem->setText(error);
        return;
    }
    m_request = r;
    QString note;
    if (appointment && !agenda.book(m_session, &*appointment, &error)) {
        note
            = tr("The request is recorded, but the appointment could not be booked: %1").arg(error);
        appointment.reset();
    }
    const auto citizen = CitizenRepository(m_dbPath).find(m_citizenId);
    m_receiptHtml = Casework::receiptHtml(
        m_session.municipality, r, citizen.value_or(Citizen()), appointment,
        appointment ? StaffNames(m_dbPath).of(appointment->worker) : QString());
    m_receipt->setHtml(m_receiptHtml
                       + (note.isEmpty()
                              ? QString()
                              : u"<p style='color:%1'>%2</p>"_s.arg(
                                  Emphasis::problemColor(palette()).name(), note.toHtmlEscaped())));
    m_pages->setCurrentWidget(m_receipt);
    m_buttons->removeButton(m_save);
    m_save->hide();
    m_buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    m_print->show();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    m_print->setFocus();
    setWindowTitle(tr("Request %1 recorded").arg(r.number));
    emit recorded();
}

void IntakeDialog::printReceipt()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print receipt"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    document.setHtml(m_receiptHtml);
    document.print(&printer);
}

} // namespace Sportello
