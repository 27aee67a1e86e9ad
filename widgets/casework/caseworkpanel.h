#pragma once

#include "models/access/session.h"

#include <QWidget>

class QTabWidget;

namespace Sportello {

class AgendaView;
class CaseFileView;
class CaseReportsView;
class CaseloadView;
class RequestsView;

// Social and employment casework: the worker's caseload and reminders, the requests from
// the desk, the open case file, the agenda and the service's reports; each role sees the
// tabs it may use (a clerk: requests and agenda).
class CaseworkPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseworkPanel)

public:
    CaseworkPanel(const QString &dbPath, const Session &session, QWidget *parent = nullptr);
    ~CaseworkPanel() override;

    static bool isFor(const Session &session); // whether the role sees the panel

    void openCase(const QString &caseId);
    void refresh(); // after a sync or a write elsewhere

    CaseloadView *caseload() const { return m_caseload; } // null without ManageCases
    RequestsView *requests() const { return m_requests; }
    CaseFileView *caseFile() const { return m_caseFile; } // null without ManageCases
    AgendaView *agenda() const { return m_agenda; } // null without RecordRequests

signals:
    void dataChanged(); // something was written
    void newRequestAsked();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QTabWidget *m_tabs;
    CaseloadView *m_caseload = nullptr;
    RequestsView *m_requests;
    CaseFileView *m_caseFile = nullptr;
    AgendaView *m_agenda = nullptr;
    CaseReportsView *m_reports = nullptr;
};

} // namespace Sportello
