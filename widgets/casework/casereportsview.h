#pragma once

#include "models/access/session.h"

#include <QWidget>

class QChartView;
class QDateEdit;
class QLabel;
class QPushButton;

namespace Sportello {

// The service's figures over a period: cases by status and by need area, new and closed
// cases month by month, the time from request to plan; the worker's caseload as CSV and
// the pseudonymised statistical extract for the region.
class CaseReportsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseReportsView)

public:
    CaseReportsView(const QString &dbPath, const Session &session, QWidget *parent = nullptr);
    ~CaseReportsView() override;

    void refresh();

    QChartView *statusChart() const { return m_status; }
    QChartView *areaChart() const { return m_area; }
    QChartView *monthlyChart() const { return m_monthly; }

private:
    void exportCaseload();
    void openExtractDialog();

    QString m_dbPath;
    Session m_session;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_timeToPlan;
    QChartView *m_status;
    QChartView *m_area;
    QChartView *m_monthly;
    QPushButton *m_caseload;
    QPushButton *m_extract;
};

} // namespace Sportello
