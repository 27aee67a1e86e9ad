#pragma once

#include "models/nursery/round.h"

#include <QAbstractTableModel>

namespace Sportello::Nursery {

// The ranking of one age group, all nurseries or one, as the coordinator reads it: one
// row per preference with its position, score and where it stands in the allocation.
class RankingModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RankingModel)

public:
    enum Column {
        PositionColumn,
        ProtocolColumn,
        ChildColumn,
        NurseryColumn,
        PreferenceColumn,
        ScoreColumn,
        LateColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { RankRowRole = Qt::UserRole + 1 }; // index into ranking.rows

    explicit RankingModel(QObject *parent = nullptr);

    void setRound(std::shared_ptr<const EvaluatedRound> round);
    void setFilter(int ageGroup, int nursery = -1); // nursery -1 = every nursery
    int ageGroup() const { return m_ageGroup; }
    // The first row of an application with this protocol or child's name part, or -1.
    int find(const QString &text) const;
    const RankRow *rankRow(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    std::shared_ptr<const EvaluatedRound> m_round;
    int m_ageGroup = 0;
    int m_nursery = -1;
    QList<qsizetype> m_rows; // indices into ranking.rows
};

} // namespace Sportello::Nursery
