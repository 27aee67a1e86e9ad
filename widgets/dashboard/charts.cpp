#include "widgets/dashboard/charts.h"

#include <QComboBox>
#include <QHBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

OpenCasesByStatusChart::OpenCasesByStatusChart(QWidget *parent)
    : DashboardChart(u"openCasesByStatus"_s, tr("Open cases by status"), tr("Status"),
                     Qt::Horizontal, parent)
{ }

void OpenCasesByStatusChart::setFigures(const Dashboard::Figures &figures)
{
    setVisible(figures.casework);
    draw(figures.openCasesByStatus);
}

OpenCasesByAreaChart::OpenCasesByAreaChart(QWidget *parent)
    : DashboardChart(u"openCasesByArea"_s, tr("Open cases by need area"), tr("Need area"),
                     Qt::Horizontal, parent)
{ }

void OpenCasesByAreaChart::setFigures(const Dashboard::Figures &figures)
{
    setVisible(figures.casework);
    draw(figures.openCasesByArea);
}

CasesPerMonthChart::CasesPerMonthChart(QWidget *parent)
    : DashboardChart(u"casesPerMonth"_s, tr("New and closed cases per month"), tr("Month"),
                     Qt::Vertical, parent)
{ }

void CasesPerMonthChart::setFigures(const Dashboard::Figures &figures)
{
    setVisible(figures.casework);
    draw(figures.casesPerMonth);
}

NurseryDemandChart::NurseryDemandChart(QWidget *parent)
    : DashboardChart(u"nurseryDemand"_s, tr("Nursery demand and seats"), tr("Nursery"),
                     Qt::Horizontal, parent)
    , m_view(new QComboBox(this))
{
    m_view->setObjectName(u"nurseryDemandView"_s);
    m_view->setAccessibleName(tr("Age group"));
    m_view->setToolTip(tr("All age groups together, or one"));
    m_view->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    header()->insertWidget(1, m_view);
    connect(m_view, &QComboBox::currentIndexChanged, this, &NurseryDemandChart::showView);
}

void NurseryDemandChart::setFigures(const Dashboard::Figures &figures)
{
    setVisible(figures.nursery);
    const QString current = m_view->currentText();
    m_views = figures.nurseryDemand;
    const QSignalBlocker blocker(m_view);
    m_view->clear();
    for (const auto &view : std::as_const(m_views))
        m_view->addItem(view.first);
    m_view->setVisible(m_views.size() > 1);
    m_view->setCurrentIndex(std::max(0, m_view->findText(current)));
    showView(m_view->currentIndex());
}

void NurseryDemandChart::showView(int index)
{
    if (index >= 0 && index < m_views.size())
        draw(m_views.at(index).second,
             m_views.size() == 1 ? m_views.constFirst().first : QString());
    else
        draw(Dashboard::Figure(), tr("No admission round yet."));
}

WaitingListChart::WaitingListChart(QWidget *parent)
    : DashboardChart(u"waitingList"_s, tr("Waiting list over the allocation rounds"), tr("Round"),
                     Qt::Vertical, parent)
{ }

void WaitingListChart::setFigures(const Dashboard::Figures &figures)
{
    setVisible(figures.nursery);
    draw(figures.waitingList);
}

LearningChart::LearningChart(QWidget *parent)
    : DashboardChart(u"learningPerMonth"_s, tr("Libretto and course completions per month"),
                     tr("Month"), Qt::Vertical, parent)
{ }

void LearningChart::setFigures(const Dashboard::Figures &figures)
{
    draw(figures.learningPerMonth);
}

SyncHealthChart::SyncHealthChart(QWidget *parent)
    : DashboardChart(u"syncHealth"_s, tr("Sync health"), tr("Data"), Qt::Horizontal, parent)
{ }

void SyncHealthChart::setFigures(const Dashboard::Figures &figures)
{
    draw(figures.syncHealth, figures.syncSummary);
}

} // namespace Sportello
