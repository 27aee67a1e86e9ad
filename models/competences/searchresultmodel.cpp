#include "models/competences/searchresultmodel.h"

using namespace Qt::StringLiterals;

namespace Sportello::Competences {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

SearchResultModel::~SearchResultModel() = default;

void SearchResultModel::setHits(QList<SearchHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const SearchHit &h = m_hits.at(index.row());
    if (role == ConceptIdRole)
        return h.id;
    if (role == Qt::ToolTipRole && index.column() == Label)
        return h.label;
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (Column(index.column())) {
    case Type:
        return typeLabel(h.type);
    case Code:
        return h.code;
    case Label:
        return h.label;
    case Matched:
        if (h.matched == u"alt_label")
            return tr("also called \"%1\"").arg(h.matchedText);
        if (h.matched == u"description")
            return tr("in the description");
        if (h.matched == u"code")
            return tr("code");
        return QString();
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (Column(section)) {
    case Type:
        return tr("Type");
    case Code:
        return tr("Code");
    case Label:
        return tr("Name");
    case Matched:
        return tr("Found by");
    case ColumnCount:
        break;
    }
    return QVariant();
}

} // namespace Sportello::Competences
