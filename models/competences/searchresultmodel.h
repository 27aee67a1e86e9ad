#pragma once

#include "models/competences/competenceindex.h"

#include <QAbstractTableModel>

namespace Sportello::Competences {

// Search results as a table: type, code, label, and what matched.
class SearchResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultModel)

public:
    enum Column { Type, Code, Label, Matched, ColumnCount };
    enum Role { ConceptIdRole = Qt::UserRole };

    explicit SearchResultModel(QObject *parent = nullptr);
    ~SearchResultModel() override;

    void setHits(QList<SearchHit> hits);
    const SearchHit &hit(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SearchHit> m_hits;
};

} // namespace Sportello::Competences
