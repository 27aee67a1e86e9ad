#include "widgets/casework/casestepdialog.h"

#include "models/access/staffnames.h"
#include "models/casework/caseworkflow.h"
#include "widgets/casework/workerchoice.h"
#include "widgets/common/buddylabel.h"
#include "widgets/common/dateedits.h"
#include "widgets/common/emphasis.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

using namespace Casework;

CaseStepDialog::CaseStepDialog(Kind kind, const QString &dbPath, const SocialCase &socialCase,
                               QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_choice(new QComboBox(this))
    , m_at(new DateEdit(DateEdit::Kind::DateTime, this))
    , m_reason(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"caseStepDialog"_s);
    m_choice->setObjectName(u"stepChoice"_s);
    m_reason->setObjectName(u"stepReason"_s);
    m_at->setObjectName(u"stepAt"_s);
    m_reason->setTabChangesFocus(true);
    const QDateTime current = QDateTime::currentDateTime();
    m_at->setDateTime(
        QDateTime(current.date(), QTime(current.time().hour(), current.time().minute())));
    m_shown = m_at->dateTime();
    Emphasis::markAsProblem(m_problem);
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Case"), new QLabel(socialCase.number, this));
    if (kind == Kind::Transition) {
        setWindowTitle(tr("Change the state of case %1").arg(socialCase.number));
        for (CaseStatus to : nextStatuses(socialCase))
            m_choice->addItem(caseStatusLabel(to), caseStatusId(to));
        form->addRow(tr("Now"), new QLabel(caseStatusLabel(socialCase.status), this));
        form->addRow(buddyLabel(tr("&New state"), m_choice), m_choice);
        form->addRow(buddyLabel(tr("&When"), m_at), m_at);
        m_reason->setPlaceholderText(tr("Why (for a closure: the closing reason)"));
    } else {
        setWindowTitle(tr("Reassign case %1").arg(socialCase.number));
        fillWorkerChoice(m_choice, dbPath);
        m_choice->removeItem(m_choice->findData(socialCase.assignedTo));
        auto *assignee = new QLabel(StaffNames(dbPath).of(socialCase.assignedTo), this);
        assignee->setToolTip(socialCase.assignedTo);
        form->addRow(tr("Now"), assignee);
        form->addRow(buddyLabel(tr("&Social worker"), m_choice), m_choice);
        m_at->hide();
    }
    form->addRow(buddyLabel(tr("&Reason"), m_reason), m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"stepOk"_s);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_choice->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (DateEdit::confirmAll(this))
            emit submitted();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(460, 320);
    m_choice->setFocus();
    Emphasis::clearWhenEdited(m_problem, this);
}

CaseStepDialog::~CaseStepDialog() = default;

CaseStatus CaseStepDialog::status() const
{
    CaseStatus status = CaseStatus::Intake;
    caseStatusFromId(m_choice->currentData().toString(), &status);
    return status;
}

QString CaseStepDialog::worker() const
{
    return m_choice->currentData().toString();
}

QString CaseStepDialog::reason() const
{
    return m_reason->toPlainText();
}

QDateTime CaseStepDialog::at() const
{
    // Left as shown, the time is "now": the field has no seconds, and a step taken within
    // the minute of the last event must not come before it.
    return m_at->dateTime() == m_shown ? QDateTime::currentDateTimeUtc() : m_at->dateTime().toUTC();
}

void CaseStepDialog::setProblem(const QString &problem)
{
    m_problem->setText(problem);
}

} // namespace Sportello
