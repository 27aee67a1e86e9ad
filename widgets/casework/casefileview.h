#pragma once

#include "models/access/session.h"
#include "models/access/staffnames.h"
#include "models/casework/socialcase.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace Sportello {

class AssessmentsView;
class CaseDocumentsView;
class CaseNotesView;
class CaseStepDialog;
class EmploymentView;
class InterventionsView;
class PlanView;

// The case file (cartella sociale): who, state, worker, and the steps a social worker
// takes (state changes with their reason, reassignment, the complex flag), over tabs for
// the timeline, notes, assessments, plan, employment, interventions, documents and members.
class CaseFileView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseFileView)

public:
    CaseFileView(const QString &dbPath, const Session &session, QWidget *parent = nullptr);
    ~CaseFileView() override;

    // Shows the case and records the opening in the audit log.
    void showCase(const QString &caseId);
    QString caseId() const { return m_case.id; }
    void reload(); // after a write here or a sync

    void changeStatus(); // opens the step dialogs
    void reassign();
    void bookAppointment(); // with the assigned worker, for this case

signals:
    void changed(); // something was written

private:
    void openStep(CaseStepDialog *dialog);
    void takeStep(CaseStepDialog *dialog);
    void setComplex(bool complex);
    void written();

    QString m_dbPath;
    StaffNames m_staff;
    Session m_session;
    Casework::SocialCase m_case;

    QLabel *m_title;
    QLabel *m_info;
    QCheckBox *m_complex;
    QPushButton *m_status;
    QPushButton *m_reassign;
    QPushButton *m_book;
    QTabWidget *m_tabs;
    QTableWidget *m_timeline;
    CaseNotesView *m_notes;
    AssessmentsView *m_assessments;
    PlanView *m_plan;
    EmploymentView *m_employment;
    InterventionsView *m_interventions;
    CaseDocumentsView *m_documents;
};

} // namespace Sportello
