#include "widgets/dashboard/dashboardchart.h"

#include "widgets/common/barcharts.h"
#include "widgets/common/dialogs.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QSaveFile>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

DashboardChart::DashboardChart(const QString &objectName, const QString &title,
                               const QString &categoryHeader, Qt::Orientation bars, QWidget *parent)
    : QFrame(parent)
    , m_title(title)
    , m_categoryHeader(categoryHeader)
    , m_bars(bars)
    , m_header(new QHBoxLayout)
    , m_view(BarCharts::view(objectName + u"View"_s, 260, this))
    , m_note(new QLabel(this))
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(title);
    auto *heading = new QLabel(u"<b>%1</b>"_s.arg(title.toHtmlEscaped()), this);
    auto *png = new QToolButton(this);
    png->setText(tr("PNG…"));
    png->setObjectName(objectName + u"Png"_s);
    png->setToolTip(tr("Save the chart \"%1\" as a PNG image").arg(title));
    png->setAccessibleName(png->toolTip());
    auto *csv = new QToolButton(this);
    csv->setText(tr("CSV…"));
    csv->setObjectName(objectName + u"Csv"_s);
    csv->setToolTip(tr("Export the figures of \"%1\" as CSV").arg(title));
    csv->setAccessibleName(csv->toolTip());
    m_view->setAccessibleName(title);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_note->setObjectName(objectName + u"Note"_s);
    m_note->setWordWrap(true);
    m_note->setVisible(false);

    m_header->addWidget(heading, 1);
    m_header->addWidget(png);
    m_header->addWidget(csv);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);

    connect(png, &QToolButton::clicked, this, &DashboardChart::askPng);
    connect(csv, &QToolButton::clicked, this, &DashboardChart::askCsv);
}

DashboardChart::~DashboardChart() = default;

void DashboardChart::draw(const Dashboard::Figure &figure, const QString &note)
{
    m_figure = figure;
    QAbstractBarSeries *series = nullptr;
    if (m_bars == Qt::Horizontal)
        series = new QHorizontalBarSeries;
    else
        series = new QBarSeries;
    // Horizontal bars are drawn bottom up: the first category goes last.
    QStringList categories = figure.categories;
    if (m_bars == Qt::Horizontal)
        std::reverse(categories.begin(), categories.end());
    for (qsizetype s = 0; s < figure.sets.size(); ++s) {
        auto *set = new QBarSet(figure.sets.at(s));
        for (qsizetype c = 0; c < figure.categories.size(); ++c) {
            const qsizetype at = m_bars == Qt::Horizontal ? figure.categories.size() - 1 - c : c;
            set->append(double(figure.values.at(s).at(at).value_or(0)));
        }
        series->append(set);
    }
    const qsizetype bars = figure.categories.size() * std::max<qsizetype>(1, figure.sets.size());
    series->setLabelsVisible(bars <= 16);
    BarCharts::show(m_view, QString(), series, categories);
    // Horizontal bars get the height their categories need, so no name is cut short.
    if (m_bars == Qt::Horizontal)
        m_view->setMinimumHeight(int(std::max<qsizetype>(
            260,
            90
                + categories.size()
                    * std::max<qsizetype>(
                        30, 6 + bars / std::max<qsizetype>(1, categories.size()) * 16))));

    QStringList notes;
    if (!note.isEmpty())
        notes << note;
    if (figure.categories.isEmpty() || figure.isEmpty())
        notes << tr("No figures yet.");
    if (figure.hasSuppressed())
        notes << tr("Counts from 1 to 4 are not shown, to protect the persons concerned "
                    "(\"<5\" in the CSV).");
    m_note->setText(notes.join(u' '));
    m_note->setVisible(!notes.isEmpty());
}

QString DashboardChart::suggestedPath(const QString &extension) const
{
    return QDir::home().filePath(
        u"%1-%2.%3"_s.arg(objectName(), QDate::currentDate().toString(Qt::ISODate), extension));
}

bool DashboardChart::savePng(const QString &path) const
{
    return m_view->grab().save(path, "PNG");
}

bool DashboardChart::saveCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QByteArray csv = m_figure.csv(m_categoryHeader);
    if (file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size() && file.commit())
        return true;
    *error = file.errorString();
    return false;
}

void DashboardChart::askPng()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the chart"), suggestedPath(u"png"_s), tr("PNG images (*.png)"));
    if (!path.isEmpty() && !savePng(path))
        Dialogs::warn(this, tr("Save the chart"), tr("%1 could not be written.").arg(path));
}

void DashboardChart::askCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the figures"), suggestedPath(u"csv"_s), tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !saveCsv(path, &error))
        Dialogs::warn(this, tr("Export the figures"),
                      tr("%1 could not be written: %2").arg(path, error));
}

} // namespace Sportello
