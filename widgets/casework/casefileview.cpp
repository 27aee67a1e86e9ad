#include "widgets/casework/casefileview.h"

#include "models/casework/casefile.h"
#include "models/casework/caserepository.h"
#include "models/casework/caseworkflow.h"
#include "models/casework/catalogue.h"
#include "models/common/format.h"
#include "models/registry/citizenrepository.h"
#include "widgets/casework/assessmentsview.h"
#include "widgets/casework/bookingdialog.h"
#include "widgets/casework/casedocumentsview.h"
#include "widgets/casework/casenotesview.h"
#include "widgets/casework/casestepdialog.h"
#include "widgets/casework/employmentview.h"
#include "widgets/casework/interventionsview.h"
#include "widgets/casework/planview.h"
#include "widgets/common/dialogs.h"
#include "widgets/common/tables.h"
#include "widgets/common/textfit.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

using namespace Casework;

CaseFileView::CaseFileView(const QString &dbPath, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_dbPath(dbPath)
    , m_staff(dbPath)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_info(new QLabel(this))
    , m_complex(new QCheckBox(tr("Co&mplex: a team assessment is needed"), this))
    , m_status(new QPushButton(tr("Change sta&te…"), this))
    , m_reassign(new QPushButton(tr("Re&assign…"), this))
    , m_book(new QPushButton(tr("&Book appointment…"), this))
    , m_tabs(new QTabWidget(this))
    , m_timeline(new QTableWidget(0, 3, this))
    , m_notes(new CaseNotesView(dbPath, session, this))
    , m_assessments(new AssessmentsView(dbPath, session, this))
    , m_plan(new PlanView(dbPath, session, this))
    , m_employment(new EmploymentView(dbPath, session, this))
    , m_interventions(new InterventionsView(dbPath, session, this))
    , m_documents(new CaseDocumentsView(dbPath, session, this))
{
    setObjectName(u"caseFileView"_s);
    m_title->setObjectName(u"caseTitle"_s);
    fitToWidth(m_title);
    m_info->setObjectName(u"caseInfo"_s);
    m_complex->setObjectName(u"caseComplex"_s);
    m_status->setObjectName(u"caseChangeStatus"_s);
    m_reassign->setObjectName(u"caseReassign"_s);
    m_book->setObjectName(u"caseBook"_s);
    m_tabs->setObjectName(u"caseTabs"_s);
    m_timeline->setObjectName(u"caseTimeline"_s);
    m_title->setTextFormat(Qt::RichText);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);

    setUpTable(m_timeline);
    m_timeline->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What")});
    m_timeline->setColumnWidth(0, 130);
    m_timeline->setColumnWidth(1, 120);
    m_timeline->setWordWrap(false);

    // The file's sections have no Alt+letter of their own: the panel's tabs, the menus, the
    // case's actions and each section's fields need every letter there is. Ctrl+Tab goes from
    // one section to the next.
    m_tabs->tabBar()->setToolTip(tr("Ctrl+Tab: next section; Ctrl+Shift+Tab: previous section"));
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->addTab(m_notes, tr("Notes"));
    m_tabs->addTab(m_assessments, tr("Assessments"));
    m_tabs->addTab(m_plan, tr("Plan"));
    m_tabs->addTab(m_employment, tr("Employment"));
    m_tabs->addTab(m_interventions, tr("Interventions"));
    m_tabs->addTab(m_documents, tr("Documents and members"));

    auto *steps = new QHBoxLayout;
    steps->addWidget(m_complex);
    steps->addStretch();
    steps->addWidget(m_book);
    steps->addWidget(m_status);
    steps->addWidget(m_reassign);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_info);
    layout->addLayout(steps);
    layout->addWidget(m_tabs, 1);

    connect(m_status, &QPushButton::clicked, this, &CaseFileView::changeStatus);
    connect(m_reassign, &QPushButton::clicked, this, &CaseFileView::reassign);
    connect(m_book, &QPushButton::clicked, this, &CaseFileView::bookAppointment);
    connect(m_complex, &QCheckBox::clicked, this, &CaseFileView::setComplex);
    connect(m_notes, &CaseNotesView::changed, this, &CaseFileView::written);
    connect(m_assessments, &AssessmentsView::changed, this, &CaseFileView::written);
    connect(m_plan, &PlanView::changed, this, &CaseFileView::written);
    connect(m_employment, &EmploymentView::changed, this, &CaseFileView::written);
    connect(m_interventions, &InterventionsView::changed, this, &CaseFileView::written);
    connect(m_documents, &CaseDocumentsView::changed, this, &CaseFileView::written);
    reload();
}

CaseFileView::~CaseFileView() = default;

void CaseFileView::showCase(const QString &caseId)
{
    m_case = CaseRepository(m_dbPath).find(caseId).value_or(SocialCase());
    if (!m_case.id.isEmpty())
        CaseRepository(m_dbPath).recordOpened(m_session, m_case.id);
    m_tabs->setCurrentIndex(0);
    reload();
}

void CaseFileView::reload()
{
    if (!m_case.id.isEmpty())
        m_case = CaseRepository(m_dbPath).find(m_case.id).value_or(SocialCase());
    const bool shown = !m_case.id.isEmpty();
    const bool writable = mayEdit(m_session, m_case);
    m_staff.reload(); // accounts may have come with a sync
    m_tabs->setEnabled(shown);
    m_complex->setEnabled(writable);
    m_status->setEnabled(mayChangeState(m_session, m_case));
    m_status->setToolTip(writable && !m_status->isEnabled()
                             ? tr("The state is changed by the case's worker, %1.")
                                   .arg(m_staff.of(m_case.assignedTo))
                             : QString());
    m_reassign->setEnabled(mayReassign(m_session, m_case));
    m_book->setEnabled(writable);
    m_complex->setChecked(m_case.complex);
    if (!shown) {
        m_title->setText(tr("<h3>No case open</h3>"));
        m_info->setText(tr("Open a case from the caseload, the requests or a citizen's record."));
        m_timeline->setRowCount(0);
    } else {
        const auto citizen = CitizenRepository(m_dbPath).find(m_case.citizenId);
        m_title->setText(u"<h3>%1 — %2 %3 <small>%4</small></h3>"_s.arg(
            m_case.number, citizen ? citizen->surname.toHtmlEscaped() : QString(),
            citizen ? citizen->givenNames.toHtmlEscaped() : QString(),
            citizen ? citizen->fiscalCode : QString()));
        QString info = tr("State: %1 · Social worker: %2 · Need area: %3 · Opened on %4")
                           .arg(caseStatusLabel(m_case.status), m_staff.of(m_case.assignedTo),
                                needAreaLabel(m_case.needArea),
                                Format::date(m_case.openedAt.toLocalTime().date()));
        if (m_case.status == CaseStatus::Suspended && m_case.resumeStatus)
            info += tr(" · Resumes as: %1").arg(caseStatusLabel(*m_case.resumeStatus));
        if (!m_case.isOpen())
            info += tr(" · Closed on %1: %2")
                        .arg(Format::date(m_case.closedAt.toLocalTime().date()),
                             m_case.closingReason);
        m_info->setText(info);

        const QList<CaseEvent> events = CaseRepository(m_dbPath).timeline(m_case.id);
        QHash<QString, QString> names;
        for (const InterventionType &t : Catalogue::active(m_dbPath))
            names.insert(t.code, t.label);
        names.insert(m_staff.byLogin());
        m_timeline->setRowCount(int(events.size()));
        for (int row = 0; row < events.size(); ++row) {
            const CaseEvent &e = events.at(events.size() - 1 - row); // newest on top
            const QStringList cells
                = {Format::dateTime(e.at), m_staff.of(e.byUser), describeEvent(e, names)};
            for (int column = 0; column < cells.size(); ++column) {
                auto *item = new QTableWidgetItem(cells.at(column));
                item->setToolTip(column == 1 ? e.byUser : cells.at(column)); // the login
                m_timeline->setItem(row, column, item);
            }
        }
    }
    m_notes->setCase(m_case);
    m_assessments->setCase(m_case);
    m_plan->setCase(m_case);
    m_employment->setCase(m_case);
    m_interventions->setCase(m_case);
    m_documents->setCase(m_case);
}

void CaseFileView::changeStatus()
{
    openStep(new CaseStepDialog(CaseStepDialog::Kind::Transition, m_dbPath, m_case, this));
}

void CaseFileView::reassign()
{
    openStep(new CaseStepDialog(CaseStepDialog::Kind::Reassignment, m_dbPath, m_case, this));
}

void CaseFileView::bookAppointment()
{
    Casework::Appointment draft;
    draft.worker = m_case.assignedTo;
    draft.citizenId = m_case.citizenId;
    draft.caseId = m_case.id;
    draft.purpose = tr("Interview");
    auto *dialog = new BookingDialog(m_dbPath, m_session, draft, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BookingDialog::booked, this, &CaseFileView::written);
    dialog->open();
}

void CaseFileView::openStep(CaseStepDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CaseStepDialog::submitted, this, [this, dialog] { takeStep(dialog); });
    dialog->open();
}

void CaseFileView::takeStep(CaseStepDialog *dialog)
{
    CaseRepository cases(m_dbPath);
    QString error;
    const bool taken = dialog->kind() == CaseStepDialog::Kind::Transition
        ? cases.transition(m_session, m_case.id, dialog->status(), dialog->reason(), dialog->at(),
                           &error)
        : cases.assign(m_session, m_case.id, dialog->worker(), dialog->reason(), &error);
    if (!taken) {
        dialog->setProblem(error);
        return;
    }
    dialog->accept();
    written();
}

void CaseFileView::setComplex(bool complex)
{
    QString error;
    if (!CaseRepository(m_dbPath).setComplex(m_session, m_case.id, complex, &error))
        Dialogs::warn(this, tr("Case file"), error);
    written();
}

void CaseFileView::written()
{
    reload();
    emit changed();
}

} // namespace Sportello
