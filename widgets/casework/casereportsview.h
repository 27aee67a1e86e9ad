#pragma once

#include "models/access/session.h"

#include <QWidget>

class QChartView;
class QLabel;
class QPushButton;

namespace Sportello {

class DateEdit;

namespace Casework {
struct CaseStatistics;
}

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

    void refresh(); // reads in the background, then emits loaded()

    QChartView *statusChart() const { return m_status; }
    QChartView *areaChart() const { return m_area; }
    QChartView *monthlyChart() const { return m_monthly; }

signals:
    void loaded();

private:
    void draw(const Casework::CaseStatistics &statistics);
    void exportCaseload();
    void openExtractDialog();

    QString m_dbPath;
    Session m_session;
    int m_generation = 0;
    DateEdit *m_from;
    DateEdit *m_to;
    QLabel *m_timeToPlan;
    QChartView *m_status;
    QChartView *m_area;
    QChartView *m_monthly;
    QPushButton *m_caseload;
    QPushButton *m_extract;
};

} // namespace Sportello
