#pragma once

#include "models/competences/concept.h"

#include <QAbstractItemModel>

#include <vector>

namespace Sportello::Competences {

// The frameworks' trees, loaded as they are opened: ESCO occupations under the ISCO
// groups, ESCO skills under the skill groups, and each repertory's figures with their
// competence units. Concept ids are in ConceptIdRole (empty on the trees' own roots).
class HierarchyModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HierarchyModel)

public:
    enum Role { ConceptIdRole = Qt::UserRole, TypeRole };

    explicit HierarchyModel(const QString &dbPath, QObject *parent = nullptr);
    ~HierarchyModel() override;

    void reload(); // after an import

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Node
    {
        QString id; // empty for a tree's root
        QString text;
        int type = -1; // ConceptType, -1 on a root
        int parent = -1;
        std::vector<int> children;
        bool fetched = false;
        bool mayHaveChildren = true;
    };

    int nodeOf(const QModelIndex &index) const;
    int addNode(Node node);
    void addRoot(const QString &text, const QList<Concept> &concepts);

    QString m_path;
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
};

} // namespace Sportello::Competences
