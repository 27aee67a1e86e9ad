#pragma once

#include "models/nursery/round.h"

#include <QAbstractTableModel>

namespace Sportello::Nursery {

// The applications of a round, filtered by protocol, child's name or fiscal code, with
// their declared conditions and where each stands.
class ApplicationsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationsModel)

public:
    enum Column {
        ProtocolColumn,
        ChildColumn,
        BirthDateColumn,
        AgeGroupColumn,
        SubmittedColumn,
        IseeColumn,
        PreferencesColumn,
        ConditionsColumn,
        StandingColumn,
        ColumnCount
    };
    enum Role { ApplicationRole = Qt::UserRole + 1 }; // index into the round's applications

    explicit ApplicationsModel(QObject *parent = nullptr);

    void setRound(std::shared_ptr<const EvaluatedRound> round);
    void setFilter(const QString &text);
    int application(int row) const; // -1 if none
    int rowOf(const QString &applicationId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    std::shared_ptr<const EvaluatedRound> m_round;
    QString m_filter;
    QList<int> m_rows;
};

// "RES, LAV×2, SIB@N02 (respinta)" for a list.
QString conditionsSummary(const QList<Condition> &conditions);

} // namespace Sportello::Nursery
