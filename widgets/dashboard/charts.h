#pragma once

#include "widgets/dashboard/dashboardchart.h"

class QComboBox;

namespace Sportello {

// The dashboard's charts, one class each.

class OpenCasesByStatusChart final : public DashboardChart
{
    Q_OBJECT
public:
    explicit OpenCasesByStatusChart(QWidget *parent = nullptr);
    void setFigures(const Dashboard::Figures &figures) override;
};

class OpenCasesByAreaChart final : public DashboardChart
{
    Q_OBJECT
public:
    explicit OpenCasesByAreaChart(QWidget *parent = nullptr);
    void setFigures(const Dashboard::Figures &figures) override;
};

class CasesPerMonthChart final : public DashboardChart
{
    Q_OBJECT
public:
    explicit CasesPerMonthChart(QWidget *parent = nullptr);
    void setFigures(const Dashboard::Figures &figures) override;
};

// Demand against seats, by nursery for all age groups or one (a choice in the header).
class NurseryDemandChart final : public DashboardChart
{
    Q_OBJECT
public:
    explicit NurseryDemandChart(QWidget *parent = nullptr);
    void setFigures(const Dashboard::Figures &figures) override;
    QComboBox *viewChoice() const { return m_view; }

private:
    void showView(int index);

    QComboBox *m_view;
    QList<std::pair<QString, Dashboard::Figure>> m_views;
};

class WaitingListChart final : public DashboardChart
{
    Q_OBJECT
public:
    explicit WaitingListChart(QWidget *parent = nullptr);
    void setFigures(const Dashboard::Figures &figures) override;
};

class LearningChart final : public DashboardChart
{
    Q_OBJECT
public:
    explicit LearningChart(QWidget *parent = nullptr);
    void setFigures(const Dashboard::Figures &figures) override;
};

class SyncHealthChart final : public DashboardChart
{
    Q_OBJECT
public:
    explicit SyncHealthChart(QWidget *parent = nullptr);
    void setFigures(const Dashboard::Figures &figures) override;
};

} // namespace Sportello
