#pragma once

#include "models/competences/concept.h"

#include <functional>
#include <optional>

namespace Sportello::Competences {

struct Framework
{
    QString id; // esco, rrfp-toscana, ...
    QString name;
    QString version;
    QString language;
    bool sample = false; // a sample shipped for trying the desk, not an official repertory
};

// The competence frameworks on the local database: concepts and their links.
class ConceptStore final
{
public:
    explicit ConceptStore(const QString &dbPath);

    // One transaction: the framework's row, its concepts written or updated in place (a
    // concept the new version no longer has stays, as libretti may refer to it), and its
    // links replaced by `links`.
    bool replaceFramework(const Framework &framework, const QList<Concept> &concepts,
                          const QList<Link> &links, QString *error);

    QList<Framework> frameworks() const;
    std::optional<Concept> find(const QString &id) const;
    qint64 count(ConceptType type) const;
    // The top of a framework's tree for one type: its concepts with nothing broader.
    QList<Concept> roots(const QString &framework, ConceptType type) const;
    // What hangs under a concept in the trees: narrower concepts, and a figure's units.
    QList<Concept> children(const QString &id) const;
    bool hasChildren(const QString &id) const;
    QList<Link> linksFrom(const QString &id) const;
    QList<Link> linksTo(const QString &id) const;
    // Every concept, in no order, for building the search index.
    void forEach(const std::function<void(Concept &&)> &visit) const;

private:
    QList<Link> links(const QString &column, const QString &id) const;

    QString m_path;
};

} // namespace Sportello::Competences
