#pragma once

#include "models/competences/concept.h"

#include <memory>
#include <optional>
#include <vector>

namespace Sportello::Competences {

// What a search may be narrowed to besides the type: a framework, and for professional
// figures their sector and EQF level (0: any).
struct SearchFilter
{
    std::optional<ConceptType> type;
    QString framework;
    QString sector;
    int eqf = 0;
};

struct SearchHit
{
    QString id;
    ConceptType type = ConceptType::Skill;
    QString framework;
    QString code;
    QString label;
    QString matched; // label, alt_label, code or description
    QString matchedText; // the alternative label or code that matched; empty otherwise
    double score = 0;
};

// The search over every concept's preferred label, alternative labels, code and
// description, in memory: built once from the database (a full ESCO import is about
// 17,000 concepts and 100,000 labels), then queried in milliseconds from any thread.
// Words are matched case-, accent- and order-insensitively, each as a prefix; a word with
// no match is tried with one typo (two for long words). Every word must match within one
// field. Best first: a preferred label before an alternative label before a code before a
// description; exact words before prefixes before typos; shorter labels first.
class CompetenceIndex final
{
public:
    CompetenceIndex();
    ~CompetenceIndex();
    Q_DISABLE_COPY_MOVE(CompetenceIndex)

    static std::shared_ptr<const CompetenceIndex> load(const QString &dbPath);

    void add(const Concept &entry);
    void finish(); // after the last add, before searching

    QList<SearchHit> search(const QString &query, int limit,
                            std::optional<ConceptType> type = std::nullopt) const;
    QList<SearchHit> search(const QString &query, int limit, const SearchFilter &filter) const;
    qsizetype size() const;
    QStringList sectors() const; // of the professional figures, sorted

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace Sportello::Competences
