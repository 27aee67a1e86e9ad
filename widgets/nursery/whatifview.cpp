#include "widgets/nursery/whatifview.h"

#include "models/nursery/round.h"
#include "widgets/common/tables.h"

#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Sportello::Nursery;

namespace Sportello {

namespace {

enum PointsColumn { CodeColumn, LabelColumn, NowColumn, WhatIfColumn };
enum MoveColumn {
    ProtocolColumn,
    GroupColumn,
    NurseryColumn,
    BeforeColumn,
    AfterColumn,
    ChangeColumn,
    ScoreColumn,
    SeatColumn
};

} // namespace

WhatIfView::WhatIfView(QWidget *parent)
    : QWidget(parent)
    , m_points(new QTableWidget(0, 4, this))
    , m_simulate(new QPushButton(tr("Si&mulate"), this))
    , m_reset(new QPushButton(tr("Rese&t"), this))
    , m_summary(new QLabel(this))
    , m_moves(new QTableWidget(0, 8, this))
{
    setObjectName(u"whatIfView"_s);
    m_points->setObjectName(u"whatIfPoints"_s);
    m_points->setAccessibleName(tr("Points to try"));
    m_points->setHorizontalHeaderLabels(
        {tr("Code"), tr("Criterion"), tr("Points now"), tr("Points in the simulation")});
    setUpTable(m_points, true);
    m_points->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_points->horizontalHeader()->setSectionResizeMode(WhatIfColumn, QHeaderView::ResizeToContents);
    m_moves->setObjectName(u"whatIfMoves"_s);
    m_moves->setAccessibleName(tr("Who moves"));
    m_moves->setHorizontalHeaderLabels({tr("Protocol"), tr("Age group"), tr("Nursery"),
                                        tr("Position now"), tr("Position then"), tr("Change"),
                                        tr("Score now → then"), tr("Seat")});
    setUpTable(m_moves);
    m_moves->setSortingEnabled(true);
    m_simulate->setObjectName(u"simulate"_s);
    m_summary->setObjectName(u"whatIfSummary"_s);
    m_summary->setWordWrap(true);

    auto *box = new QGroupBox(tr("Change the points of one or more criteria"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_reset);
    buttons->addWidget(m_simulate);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_points);
    boxLayout->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(box, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_moves, 3);

    connect(m_simulate, &QPushButton::clicked, this, &WhatIfView::simulate);
    connect(m_reset, &QPushButton::clicked, this, [this] { setRound(m_round); });
}

WhatIfView::~WhatIfView() = default;

void WhatIfView::setRound(std::shared_ptr<const EvaluatedRound> round)
{
    m_round = std::move(round);
    m_points->setRowCount(0);
    m_moves->setRowCount(0);
    m_summary->setText(tr("Nothing changes until you simulate: the round itself is never "
                          "modified here."));
    if (!m_round)
        return;
    const QList<Criterion> &criteria = m_round->data.round.rules.criteria;
    m_points->setRowCount(int(criteria.size()));
    for (int row = 0; row < criteria.size(); ++row) {
        const Criterion &c = criteria.at(row);
        const QStringList cells = {c.code, c.label, pointsText(c.points), pointsText(c.points)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column != WhatIfColumn)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_points->setItem(row, column, item);
        }
    }
    m_points->resizeColumnsToContents();
}

void WhatIfView::simulate()
{
    if (!m_round)
        return;
    RoundData changed = m_round->data;
    for (int row = 0; row < m_points->rowCount(); ++row) {
        bool ok = false;
        const double points
            = QLocale(QLocale::Italian).toDouble(m_points->item(row, WhatIfColumn)->text(), &ok);
        if (!ok) {
            m_summary->setText(tr("The points of %1 are not a number.")
                                   .arg(m_points->item(row, CodeColumn)->text()));
            return;
        }
        changed.round.rules.criteria[row].points = std::llround(points * 100.0);
    }
    m_simulate->setEnabled(false);
    m_summary->setText(tr("Computing…"));
    auto *watcher = new QFutureWatcher<std::shared_ptr<const EvaluatedRound>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        m_simulate->setEnabled(true);
        show(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([changed = std::move(changed)]() mutable {
        return EvaluatedRound::of(std::move(changed));
    }));
}

void WhatIfView::show(const std::shared_ptr<const EvaluatedRound> &changed)
{
    const QList<Move> moves = movesBetween(m_round->result.ranking, changed->result.ranking);
    const RuleSet &rules = m_round->data.round.rules;
    // Seats won and lost, over every application (a row may keep its position and still
    // lose its seat to one that passed it elsewhere).
    QSet<int> gainers;
    QSet<int> losers;
    for (int a = 0; a < m_round->data.applications.size(); ++a) {
        const bool before = m_round->admission(a) != nullptr;
        const bool after = changed->admission(a) != nullptr;
        if (before != after)
            (after ? gainers : losers).insert(a);
    }
    QSet<int> marked;
    m_moves->setSortingEnabled(false);
    m_moves->setRowCount(int(moves.size()));
    for (int row = 0; row < moves.size(); ++row) {
        const Move &m = moves.at(row);
        QString seat;
        if (!marked.contains(m.application)) {
            if (gainers.contains(m.application))
                seat = tr("would gain a seat");
            else if (losers.contains(m.application))
                seat = tr("would lose the seat");
            marked.insert(m.application);
        }
        const RankRow *now = m_round->result.ranking.find(m.application, m.preference);
        const auto number = [](int value) {
            auto *item = new QTableWidgetItem;
            item->setData(Qt::DisplayRole, value);
            return item;
        };
        m_moves->setItem(
            row, ProtocolColumn,
            new QTableWidgetItem(m_round->data.applications.at(m.application).protocol));
        m_moves->setItem(row, GroupColumn,
                         new QTableWidgetItem(rules.ageGroups.at(m.ageGroup).label));
        m_moves->setItem(
            row, NurseryColumn,
            new QTableWidgetItem(now ? rules.nurseries.at(now->nursery).name : QString()));
        m_moves->setItem(row, BeforeColumn, number(m.before));
        m_moves->setItem(row, AfterColumn, number(m.after));
        m_moves->setItem(row, ChangeColumn, number(m.before - m.after));
        m_moves->setItem(
            row, ScoreColumn,
            new QTableWidgetItem(pointsText(m.scoreBefore) + u" → "_s + pointsText(m.scoreAfter)));
        m_moves->setItem(row, SeatColumn, new QTableWidgetItem(seat));
    }
    m_moves->setSortingEnabled(true);
    m_moves->sortItems(ChangeColumn, Qt::DescendingOrder);
    m_moves->resizeColumnsToContents();
    m_summary->setText(
        tr("%n preference rows would change position or score; ", nullptr, int(moves.size()))
        + tr("%n application(s) would gain a seat", nullptr, int(gainers.size())) + u", "_s
        + tr("%n would lose theirs.", nullptr, int(losers.size())));
}

QString WhatIfView::summary() const
{
    return m_summary->text();
}

} // namespace Sportello
