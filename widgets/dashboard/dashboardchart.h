#pragma once

#include "models/dashboard/figure.h"

#include <QFrame>

class QChartView;
class QHBoxLayout;
class QLabel;

namespace Sportello {

// One chart of the dashboard: a titled bar chart of a Figure, with its own "save as PNG"
// and "export the figures as CSV", and a note when the region suppressed small counts.
// Each chart is a subclass that picks its figure and the direction of its bars.
class DashboardChart : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardChart)

public:
    ~DashboardChart() override;

    // Shows this chart's part of the figures; hides the chart when the viewer may not see it.
    virtual void setFigures(const Dashboard::Figures &figures) = 0;

    QString title() const { return m_title; }
    QChartView *chartView() const { return m_view; }
    const Dashboard::Figure &figure() const { return m_figure; }
    bool savePng(const QString &path) const;
    bool saveCsv(const QString &path, QString *error) const;

protected:
    DashboardChart(const QString &objectName, const QString &title, const QString &categoryHeader,
                   Qt::Orientation bars, QWidget *parent);

    void draw(const Dashboard::Figure &figure, const QString &note = QString());
    QHBoxLayout *header() const { return m_header; } // for a chart's own controls

private:
    void askPng();
    void askCsv();
    QString suggestedPath(const QString &extension) const;

    QString m_title;
    QString m_categoryHeader;
    Qt::Orientation m_bars;
    Dashboard::Figure m_figure;
    QHBoxLayout *m_header;
    QChartView *m_view;
    QLabel *m_note;
};

} // namespace Sportello
