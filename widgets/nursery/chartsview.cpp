#include "widgets/nursery/chartsview.h"

#include "models/nursery/codelegend.h"
#include "models/nursery/round.h"
#include "widgets/common/barcharts.h"
#include "widgets/common/buddylabel.h"
#include "widgets/common/emphasis.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QMap>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Sportello::Nursery;

namespace Sportello {

namespace {

void setChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

ChartsView::ChartsView(QWidget *parent)
    : QWidget(parent)
    , m_ageGroup(new QComboBox(this))
    , m_demand(BarCharts::view(u"demandChart"_s, 260, this))
    , m_scores(BarCharts::view(u"scoreChart"_s, 260, this))
    , m_legend(new QLabel(this))
{
    setObjectName(u"chartsView"_s);
    m_ageGroup->setObjectName(u"chartsAgeGroup"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(buddyLabel(tr("A&ge group:"), m_ageGroup, this));
    top->addWidget(m_ageGroup);
    top->addStretch();
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_demand, 3);
    charts->addWidget(m_scores, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(charts, 1);
    m_legend->setObjectName(u"chartsLegend"_s);
    m_legend->setWordWrap(true);
    Emphasis::markAsSecondary(m_legend);
    layout->addWidget(m_legend);
    connect(m_ageGroup, &QComboBox::currentIndexChanged, this, &ChartsView::draw);
}

ChartsView::~ChartsView() = default;

void ChartsView::setRound(std::shared_ptr<const EvaluatedRound> round)
{
    m_round = std::move(round);
    const QSignalBlocker blocker(m_ageGroup);
    const int current = std::max(0, m_ageGroup->currentIndex());
    m_ageGroup->clear();
    if (m_round) {
        for (const AgeGroup &g : m_round->data.round.rules.ageGroups)
            m_ageGroup->addItem(g.label);
    }
    m_ageGroup->setCurrentIndex(std::min(current, m_ageGroup->count() - 1));
    m_legend->setText(m_round ? nurseryLegend(m_round->data.round.rules) : QString());
    draw();
}

void ChartsView::draw()
{
    const int group = m_ageGroup->currentIndex();
    if (!m_round || group < 0) {
        setChart(m_demand, new QChart);
        setChart(m_scores, new QChart);
        return;
    }
    const RuleSet &rules = m_round->data.round.rules;
    const Ranking &ranking = m_round->result.ranking;
    const QString groupCode = rules.ageGroups.at(group).code;

    // Demand (first choices) against seats, nursery by nursery.
    QList<int> firstChoices(rules.nurseries.size(), 0);
    QList<Points> best; // each application's best score in the group
    QHash<int, Points> bestOf;
    for (qsizetype i = ranking.groupStart.at(group); i < ranking.groupStart.at(group + 1); ++i) {
        const RankRow &row = ranking.rows.at(i);
        if (row.preference == 0)
            ++firstChoices[row.nursery];
        if (!bestOf.contains(row.application) || bestOf.value(row.application) < row.score)
            bestOf.insert(row.application, row.score);
    }
    auto *demand = new QBarSet(tr("First choices"));
    auto *seats = new QBarSet(tr("Seats"));
    QStringList nurseries;
    for (qsizetype n = rules.nurseries.size() - 1; n >= 0; --n) { // first nursery on top
        const int offered = rules.nurseries.at(n).seatsFor(groupCode);
        *demand << firstChoices.at(n);
        *seats << offered;
        nurseries << rules.nurseries.at(n).code;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(demand);
    series->append(seats);
    BarCharts::show(m_demand, tr("Demand and seats - %1").arg(rules.ageGroups.at(group).label),
                    series, nurseries);

    // Score distribution: applications by their best score, in bands of a round width
    // (1, 2 or 5 times a power of ten); empty bands are left out.
    for (auto it = bestOf.cbegin(); it != bestOf.cend(); ++it)
        best << it.value();
    std::sort(best.begin(), best.end());
    auto *applications = new QBarSet(tr("Applications"));
    QStringList bands;
    if (!best.isEmpty()) {
        const Points low = best.first();
        const Points span = std::max<Points>(100, best.last() - low);
        const auto roundWidth = [span] {
            for (Points power = 100;; power *= 10) { // from one point up
                for (const Points step : {1, 2, 5}) {
                    if (span / (step * power) < 10)
                        return step * power;
                }
            }
        };
        const Points width = roundWidth();
        const Points first = (low / width) * width;
        QMap<Points, int> perBand;
        for (const Points score : std::as_const(best))
            ++perBand[first + ((score - first) / width) * width];
        for (auto it = perBand.cbegin(); it != perBand.cend(); ++it) { // drawn bottom up
            *applications << it.value();
            bands << u"%1 – %2"_s.arg(pointsText(it.key()), pointsText(it.key() + width));
        }
    }
    auto *histogram = new QHorizontalBarSeries;
    histogram->append(applications);
    histogram->setLabelsVisible(true);
    histogram->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    BarCharts::show(m_scores, tr("Applications by score - %1").arg(rules.ageGroups.at(group).label),
                    histogram, bands);
}

} // namespace Sportello
