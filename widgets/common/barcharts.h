#pragma once

#include <QStringList>

class QAbstractBarSeries;
class QChartView;
class QWidget;

namespace Sportello::BarCharts {

// The desk's charts are bar charts of counts (QtCharts stays behind these two functions).
QChartView *view(const QString &objectName, int minimumHeight, QWidget *parent);

// Puts the series in a new chart with a category axis and a whole-number count axis,
// gives it to the view and deletes the chart it replaces. The legend shows when there is
// more than one set.
void show(QChartView *view, const QString &title, QAbstractBarSeries *series,
          const QStringList &categories);

} // namespace Sportello::BarCharts
