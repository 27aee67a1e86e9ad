#include "models/nursery/rankingmodel.h"

using namespace Qt::StringLiterals;

namespace Sportello::Nursery {

RankingModel::RankingModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RankingModel::setRound(std::shared_ptr<const EvaluatedRound> round)
{
    beginResetModel();
    m_round = std::move(round);
    if (m_round && m_ageGroup >= m_round->data.round.rules.ageGroups.size())
        m_ageGroup = 0;
    if (m_round && m_nursery >= m_round->data.round.rules.nurseries.size())
        m_nursery = -1;
    rebuild();
    endResetModel();
}

void RankingModel::setFilter(int ageGroup, int nursery)
{
    beginResetModel();
    m_ageGroup = std::max(0, ageGroup);
    m_nursery = nursery;
    rebuild();
    endResetModel();
}

void RankingModel::rebuild()
{
    m_rows.clear();
    if (!m_round || m_ageGroup + 1 >= m_round->result.ranking.groupStart.size())
        return;
    const Ranking &ranking = m_round->result.ranking;
    for (qsizetype i = ranking.groupStart.at(m_ageGroup); i < ranking.groupStart.at(m_ageGroup + 1);
         ++i) {
        if (m_nursery < 0 || ranking.rows.at(i).nursery == m_nursery)
            m_rows.append(i);
    }
}

const RankRow *RankingModel::rankRow(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_round->result.ranking.rows.at(m_rows.at(row))
                                           : nullptr;
}

int RankingModel::find(const QString &text) const
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return -1;
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const Application &a = m_round->data.applications.at(rankRow(int(row))->application);
        if (a.protocol.compare(needle, Qt::CaseInsensitive) == 0
            || a.childName().contains(needle, Qt::CaseInsensitive)
            || a.childFiscalCode.compare(needle, Qt::CaseInsensitive) == 0)
            return int(row);
    }
    return -1;
}

int RankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RankingModel::data(const QModelIndex &index, int role) const
{
    const RankRow *row = index.isValid() ? rankRow(index.row()) : nullptr;
    if (!row)
        return QVariant();
    if (role == RankRowRole)
        return m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == PositionColumn || index.column() == ScoreColumn
            || index.column() == PreferenceColumn;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return QVariant();
    const Application &a = m_round->data.applications.at(row->application);
    const RuleSet &rules = m_round->data.round.rules;
    switch (index.column()) {
    case PositionColumn:
        return row->position;
    case ProtocolColumn:
        return a.protocol;
    case ChildColumn:
        return a.childName();
    case NurseryColumn:
        return rules.nurseries.at(row->nursery).name;
    case PreferenceColumn:
        return row->preference + 1;
    case ScoreColumn:
        return pointsText(row->score);
    case LateColumn:
        return row->late ? tr("yes") : QString();
    case StatusColumn:
        return m_round->rowStatus(*row);
    default:
        return QVariant();
    }
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PositionColumn:
        return tr("Pos.");
    case ProtocolColumn:
        return tr("Protocol");
    case ChildColumn:
        return tr("Child");
    case NurseryColumn:
        return tr("Nursery");
    case PreferenceColumn:
        return tr("Pref.");
    case ScoreColumn:
        return tr("Score");
    case LateColumn:
        return tr("Late");
    case StatusColumn:
        return tr("Standing");
    default:
        return QVariant();
    }
}

} // namespace Sportello::Nursery
