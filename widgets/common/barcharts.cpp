#include "widgets/common/barcharts.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sportello::BarCharts {

QChartView *view(const QString &objectName, int minimumHeight, QWidget *parent)
{
    auto *chartView = new QChartView(parent);
    chartView->setObjectName(objectName);
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(minimumHeight);
    chartView->setFocusPolicy(Qt::NoFocus); // nothing to operate: the figures are in words too
    return chartView;
}

void show(QChartView *view, const QString &title, QAbstractBarSeries *series,
          const QStringList &categories)
{
    qreal most = 1;
    for (const QBarSet *set : series->barSets()) {
        for (int i = 0; i < set->count(); ++i)
            most = std::max(most, set->at(i));
    }
    const bool horizontal = series->type() == QAbstractSeries::SeriesTypeHorizontalBar;
    auto *chart = new QChart;
    // A dark or high-contrast desktop gets a dark chart, not a white box in it.
    if (view->palette().color(QPalette::Window).lightness() < 128)
        chart->setTheme(QChart::ChartThemeDark);
    chart->addSeries(series);
    chart->setTitle(title);
    if (!title.isEmpty())
        view->setAccessibleName(title);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    auto *counts = new QValueAxis;
    counts->setRange(0, most);
    counts->setLabelFormat(u"%d"_s);
    counts->applyNiceNumbers();
    if (counts->max() <= 5) // whole numbers only: 0, 1, 2... rather than 0, 0, 1
        counts->setTickCount(int(counts->max()) + 1);
    if (!horizontal && categories.size() > 6) // months and rounds side by side: slanted
        names->setLabelsAngle(-45);
    chart->addAxis(names, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(counts, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(names);
    series->attachAxis(counts);
    chart->legend()->setVisible(series->count() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace Sportello::BarCharts
