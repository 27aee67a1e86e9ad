#include "widgets/casework/caseworkpanel.h"

#include "widgets/casework/agendaview.h"
#include "widgets/casework/casefileview.h"
#include "widgets/casework/caseloadview.h"
#include "widgets/casework/casereportsview.h"
#include "widgets/casework/requestsview.h"

#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

CaseworkPanel::CaseworkPanel(const QString &dbPath, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_requests(new RequestsView(dbPath, session, this))
{
    m_tabs->setObjectName(u"caseworkTabs"_s);
    if (session.can(Permission::ManageCases)) {
        m_caseload = new CaseloadView(dbPath, session, this);
        m_tabs->addTab(m_caseload, tr("My case&load"));
    }
    m_tabs->addTab(m_requests, tr("Re&quests"));
    if (session.can(Permission::ManageCases)) {
        m_caseFile = new CaseFileView(dbPath, session, this);
        m_tabs->addTab(m_caseFile, tr("Case f&ile"));
    }
    if (session.can(Permission::RecordRequests)) {
        m_agenda = new AgendaView(dbPath, session, this);
        m_tabs->addTab(m_agenda, tr("A&genda"));
    }
    if (session.can(Permission::ViewCaseReports)) {
        m_reports = new CaseReportsView(dbPath, session, this);
        m_tabs->addTab(m_reports, tr("Re&ports"));
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_requests, &RequestsView::openCase, this, &CaseworkPanel::openCase);
    connect(m_requests, &RequestsView::newRequestAsked, this, &CaseworkPanel::newRequestAsked);
    connect(m_requests, &RequestsView::changed, this, [this] {
        if (m_caseload)
            m_caseload->refresh();
        emit dataChanged();
    });
    if (m_caseload)
        connect(m_caseload, &CaseloadView::openCase, this, &CaseworkPanel::openCase);
    if (m_caseFile) {
        connect(m_caseFile, &CaseFileView::changed, this, [this] {
            m_caseload->refresh();
            m_requests->refresh();
            emit dataChanged();
        });
    }
    if (m_agenda)
        connect(m_agenda, &AgendaView::dataChanged, this, &CaseworkPanel::dataChanged);
}

CaseworkPanel::~CaseworkPanel() = default;

void CaseworkPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh(); // requests recorded from a citizen's record, a sync, another panel's write
}

bool CaseworkPanel::isFor(const Session &session)
{
    return session.can(Permission::RecordRequests) || session.can(Permission::ManageCases)
        || session.can(Permission::ViewCaseReports);
}

void CaseworkPanel::openCase(const QString &caseId)
{
    if (!m_caseFile || caseId.isEmpty())
        return;
    m_caseFile->showCase(caseId);
    m_tabs->setCurrentWidget(m_caseFile);
}

void CaseworkPanel::refresh()
{
    if (m_caseload)
        m_caseload->refresh();
    m_requests->refresh();
    if (m_caseFile)
        m_caseFile->reload();
    if (m_agenda)
        m_agenda->refresh();
    if (m_reports)
        m_reports->refresh();
}

} // namespace Sportello
