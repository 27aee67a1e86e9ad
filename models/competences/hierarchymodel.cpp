#include "models/competences/hierarchymodel.h"

#include "models/competences/conceptstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Sportello::Competences {

namespace {

QString nodeText(const Concept &c)
{
    return c.code.isEmpty() ? c.label : c.code + u"  "_s + c.label;
}

} // namespace

HierarchyModel::HierarchyModel(const QString &dbPath, QObject *parent)
    : QAbstractItemModel(parent)
    , m_path(dbPath)
{
    reload();
}

HierarchyModel::~HierarchyModel() = default;

void HierarchyModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    const ConceptStore store(m_path);
    for (const Framework &f : store.frameworks()) {
        if (f.id == u"esco") {
            addRoot(QCoreApplication::translate("Sportello::Competences",
                                                "ESCO: occupations by ISCO group"),
                    store.roots(f.id, ConceptType::IscoGroup));
            addRoot(QCoreApplication::translate("Sportello::Competences",
                                                "ESCO: skills by skill group"),
                    store.roots(f.id, ConceptType::SkillGroup));
        } else {
            addRoot(f.sample ? QCoreApplication::translate("Sportello::Competences", "%1 (sample)")
                                   .arg(f.name)
                             : f.name,
                    store.roots(f.id, ConceptType::Qualification));
        }
    }
    endResetModel();
}

int HierarchyModel::addNode(Node node)
{
    m_nodes.push_back(std::move(node));
    return int(m_nodes.size() - 1);
}

void HierarchyModel::addRoot(const QString &text, const QList<Concept> &concepts)
{
    if (concepts.isEmpty())
        return;
    const int root = addNode({QString(), text, -1, -1, {}, true, true});
    m_roots.push_back(root);
    for (const Concept &c : concepts) {
        const int child = addNode({c.id, nodeText(c), int(c.type), root, {}, false, true});
        m_nodes[size_t(root)].children.push_back(child);
    }
}

int HierarchyModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

QModelIndex HierarchyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return QModelIndex();
    const int p = nodeOf(parent);
    const std::vector<int> &siblings = p < 0 ? m_roots : m_nodes[size_t(p)].children;
    if (row >= int(siblings.size()))
        return QModelIndex();
    return createIndex(row, 0, quintptr(siblings[size_t(row)]));
}

QModelIndex HierarchyModel::parent(const QModelIndex &child) const
{
    const int n = nodeOf(child);
    if (n < 0)
        return QModelIndex();
    const int p = m_nodes[size_t(n)].parent;
    if (p < 0)
        return QModelIndex();
    const int grand = m_nodes[size_t(p)].parent;
    const std::vector<int> &siblings = grand < 0 ? m_roots : m_nodes[size_t(grand)].children;
    const auto row = std::find(siblings.cbegin(), siblings.cend(), p) - siblings.cbegin();
    return createIndex(int(row), 0, quintptr(p));
}

int HierarchyModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const int p = nodeOf(parent);
    return int(p < 0 ? m_roots.size() : m_nodes[size_t(p)].children.size());
}

int HierarchyModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant HierarchyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Node &node = m_nodes[size_t(nodeOf(index))];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return node.text;
    case ConceptIdRole:
        return node.id;
    case TypeRole:
        return node.type;
    default:
        return QVariant();
    }
}

bool HierarchyModel::hasChildren(const QModelIndex &parent) const
{
    const int p = nodeOf(parent);
    if (p < 0)
        return !m_roots.empty();
    const Node &node = m_nodes[size_t(p)];
    return node.fetched ? !node.children.empty() : node.mayHaveChildren;
}

bool HierarchyModel::canFetchMore(const QModelIndex &parent) const
{
    const int p = nodeOf(parent);
    return p >= 0 && !m_nodes[size_t(p)].fetched;
}

void HierarchyModel::fetchMore(const QModelIndex &parent)
{
    const int p = nodeOf(parent);
    if (p < 0 || m_nodes[size_t(p)].fetched)
        return;
    const QList<Concept> children = ConceptStore(m_path).children(m_nodes[size_t(p)].id);
    m_nodes[size_t(p)].fetched = true;
    if (children.isEmpty()) {
        // No rows to insert; the view asks hasChildren() again.
        emit dataChanged(parent, parent);
        return;
    }
    beginInsertRows(parent, 0, int(children.size()) - 1);
    const ConceptStore store(m_path);
    for (const Concept &c : children) {
        const int child
            = addNode({c.id, nodeText(c), int(c.type), p, {}, false, store.hasChildren(c.id)});
        m_nodes[size_t(p)].children.push_back(child);
    }
    endInsertRows();
}

} // namespace Sportello::Competences
