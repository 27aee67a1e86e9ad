#include "models/competences/competenceindex.h"

#include "models/competences/conceptstore.h"
#include "models/competences/textfold.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sportello::Competences {

namespace {

enum class FieldKind : quint8 { Label, AltLabel, Code, Description };

// The weight of a match by field: the order of the results' kinds.
double weight(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Label:
        return 100;
    case FieldKind::AltLabel:
        return 70;
    case FieldKind::Code:
        return 60;
    case FieldKind::Description:
        return 20;
    }
    return 0;
}

// How a query word matched a word of the index.
enum Quality : quint8 { None = 0, Typo = 1, Prefix = 2, Exact = 3 };

double factor(quint8 quality)
{
    return quality == Exact ? 1.0 : quality == Prefix ? 0.85 : 0.6;
}

// Optimal string alignment distance, stopping early above `limit`.
int distance(const QString &a, const QString &b, int limit)
{
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    std::vector<int> previous2(size_t(b.size() + 1)), previous(size_t(b.size() + 1)),
        current(size_t(b.size() + 1));
    for (int j = 0; j <= b.size(); ++j)
        previous[size_t(j)] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        int best = current[0];
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int value = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1,
                                  previous[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                value = std::min(value, previous2[size_t(j - 2)] + 1);
            current[size_t(j)] = value;
            best = std::min(best, value);
        }
        if (best > limit)
            return limit + 1;
        std::swap(previous2, previous);
        std::swap(previous, current);
    }
    return previous[size_t(b.size())];
}

} // namespace

struct CompetenceIndex::Data
{
    struct Entry
    {
        QString id;
        ConceptType type;
        QString code;
        QString label;
        QString framework;
        QString sector; // figures only
        int eqf = 0;
    };
    struct Field
    {
        int entry;
        FieldKind kind;
        int altIndex; // which alternative label, for showing it
        std::vector<int> words;
    };

    std::vector<Entry> entries;
    std::vector<QStringList> altLabels; // per entry
    std::vector<Field> fields;
    QHash<QString, int> wordIds; // while adding
    std::vector<QString> vocabulary; // sorted after finish()
    std::vector<std::vector<int>> postings; // word -> fields containing it

    int wordId(const QString &word)
    {
        const auto it = wordIds.constFind(word);
        if (it != wordIds.cend())
            return *it;
        const int id = int(vocabulary.size());
        wordIds.insert(word, id);
        vocabulary.push_back(word);
        return id;
    }

    void addField(int entry, FieldKind kind, int altIndex, const QString &text)
    {
        Field field {entry, kind, altIndex, {}};
        for (const QString &w : TextFold::words(text))
            field.words.push_back(wordId(w));
        if (!field.words.empty())
            fields.push_back(std::move(field));
    }

    // Marks, for one query word, how each vocabulary word matches it.
    std::vector<quint8> match(const QString &word) const
    {
        std::vector<quint8> marks(vocabulary.size(), None);
        const auto first = std::lower_bound(vocabulary.cbegin(), vocabulary.cend(), word);
        bool any = false;
        for (auto it = first; it != vocabulary.cend() && it->startsWith(word); ++it) {
            marks[size_t(it - vocabulary.cbegin())] = *it == word ? Exact : Prefix;
            any = true;
        }
        if (any || word.size() < 4)
            return marks;
        const int limit = word.size() >= 8 ? 2 : 1;
        for (size_t i = 0; i < vocabulary.size(); ++i) {
            const QString &candidate = vocabulary[i];
            if (distance(word, candidate, limit) <= limit
                || (candidate.size() > word.size()
                    && distance(word, candidate.left(word.size()), limit) <= limit))
                marks[i] = Typo;
        }
        return marks;
    }
};

CompetenceIndex::CompetenceIndex()
    : d(std::make_unique<Data>())
{ }

CompetenceIndex::~CompetenceIndex() = default;

std::shared_ptr<const CompetenceIndex> CompetenceIndex::load(const QString &dbPath)
{
    auto index = std::make_shared<CompetenceIndex>();
    ConceptStore(dbPath).forEach([&index](Concept &&c) { index->add(c); });
    index->finish();
    return index;
}

void CompetenceIndex::add(const Concept &c)
{
    const int entry = int(d->entries.size());
    Data::Entry added {c.id, c.type, c.code, c.label, c.framework, QString(), 0};
    if (c.type == ConceptType::Qualification) {
        const QJsonObject details = QJsonDocument::fromJson(c.details.toUtf8()).object();
        added.sector = details.value(u"sector"_s).toString();
        added.eqf = details.value(u"eqf"_s).toInt();
    }
    d->entries.push_back(std::move(added));
    d->altLabels.push_back(c.altLabels);
    d->addField(entry, FieldKind::Label, -1, c.label);
    for (int i = 0; i < c.altLabels.size(); ++i)
        d->addField(entry, FieldKind::AltLabel, i, c.altLabels.at(i));
    if (!c.code.isEmpty())
        d->addField(entry, FieldKind::Code, -1, c.code);
    if (!c.description.isEmpty())
        d->addField(entry, FieldKind::Description, -1, c.description);
}

void CompetenceIndex::finish()
{
    // Sorted words make every prefix a contiguous range.
    std::vector<int> order(d->vocabulary.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::sort(order.begin(), order.end(),
              [this](int a, int b) { return d->vocabulary[size_t(a)] < d->vocabulary[size_t(b)]; });
    std::vector<int> newId(order.size());
    std::vector<QString> sorted(order.size());
    for (size_t i = 0; i < order.size(); ++i) {
        newId[size_t(order[i])] = int(i);
        sorted[i] = std::move(d->vocabulary[size_t(order[i])]);
    }
    d->vocabulary = std::move(sorted);
    d->wordIds.clear();
    d->postings.assign(d->vocabulary.size(), {});
    for (size_t f = 0; f < d->fields.size(); ++f) {
        for (int &w : d->fields[f].words) {
            w = newId[size_t(w)];
            std::vector<int> &posting = d->postings[size_t(w)];
            if (posting.empty() || posting.back() != int(f))
                posting.push_back(int(f));
        }
    }
}

qsizetype CompetenceIndex::size() const
{
    return qsizetype(d->entries.size());
}

QList<SearchHit> CompetenceIndex::search(const QString &query, int limit,
                                         std::optional<ConceptType> type) const
{
    return search(query, limit, SearchFilter {type, QString(), QString(), 0});
}

QStringList CompetenceIndex::sectors() const
{
    QStringList out;
    for (const Data::Entry &e : d->entries) {
        if (!e.sector.isEmpty() && !out.contains(e.sector))
            out << e.sector;
    }
    out.sort();
    return out;
}

QList<SearchHit> CompetenceIndex::search(const QString &query, int limit,
                                         const SearchFilter &filter) const
{
    const QStringList words = TextFold::words(query);
    if (limit <= 0)
        return {};
    const auto accepted = [&filter](const Data::Entry &entry) {
        return (!filter.type || entry.type == *filter.type)
            && (filter.framework.isEmpty() || entry.framework == filter.framework)
            && (filter.sector.isEmpty() || entry.sector == filter.sector)
            && (filter.eqf == 0 || entry.eqf == filter.eqf);
    };
    if (words.isEmpty()) {
        // No words: with a filter, everything it lets through, by name.
        const bool filtered = filter.type || !filter.framework.isEmpty() || !filter.sector.isEmpty()
            || filter.eqf > 0;
        QList<SearchHit> all;
        for (size_t i = 0; filtered && i < d->entries.size(); ++i) {
            const Data::Entry &e = d->entries[i];
            if (accepted(e))
                all << SearchHit {e.id,    e.type,    e.framework, e.code,
                                  e.label, QString(), QString(),   0};
        }
        std::sort(all.begin(), all.end(),
                  [](const SearchHit &a, const SearchHit &b) { return a.label < b.label; });
        return all.mid(0, limit);
    }
    std::vector<std::vector<quint8>> marks;
    size_t driver = 0;
    size_t fewest = std::numeric_limits<size_t>::max();
    for (const QString &w : words) {
        marks.push_back(d->match(w));
        size_t total = 0;
        for (size_t i = 0; i < marks.back().size(); ++i) {
            if (marks.back()[i] != None)
                total += d->postings[i].size();
        }
        if (total == 0)
            return {}; // a word nobody has
        if (total < fewest) {
            fewest = total;
            driver = marks.size() - 1;
        }
    }
    // Candidate fields: those holding a match of the rarest word.
    std::vector<int> candidates;
    for (size_t i = 0; i < marks[driver].size(); ++i) {
        if (marks[driver][i] != None)
            candidates.insert(candidates.end(), d->postings[i].cbegin(), d->postings[i].cend());
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

    QHash<int, std::pair<double, int>> best; // entry -> (score, field)
    for (const int f : candidates) {
        const Data::Field &field = d->fields[size_t(f)];
        const Data::Entry &entry = d->entries[size_t(field.entry)];
        if (!accepted(entry))
            continue;
        double quality = 0;
        bool all = true;
        for (const std::vector<quint8> &mark : marks) {
            quint8 found = None;
            for (const int w : field.words)
                found = std::max(found, mark[size_t(w)]);
            if (found == None) {
                all = false;
                break;
            }
            quality += factor(found);
        }
        if (!all)
            continue;
        double score = weight(field.kind) * quality / double(words.size());
        if (field.kind != FieldKind::Description) {
            // Shorter labels first: "cook" before "pastry cook assistant"; a whole label
            // matched is best.
            const auto extra = double(field.words.size()) - double(words.size());
            score += extra <= 0 ? 15 : 10 / (1 + extra);
        }
        const auto it = best.find(field.entry);
        if (it == best.end() || it->first < score)
            best.insert(field.entry, {score, f});
    }
    QList<SearchHit> hits;
    hits.reserve(best.size());
    for (auto it = best.cbegin(); it != best.cend(); ++it) {
        const Data::Entry &entry = d->entries[size_t(it.key())];
        const Data::Field &field = d->fields[size_t(it.value().second)];
        SearchHit hit {
            entry.id,    entry.type, entry.framework, entry.code,
            entry.label, QString(),  QString(),       std::round(it.value().first * 10) / 10};
        switch (field.kind) {
        case FieldKind::Label:
            hit.matched = u"label"_s;
            break;
        case FieldKind::AltLabel:
            hit.matched = u"alt_label"_s;
            hit.matchedText = d->altLabels[size_t(field.entry)].value(field.altIndex);
            break;
        case FieldKind::Code:
            hit.matched = u"code"_s;
            hit.matchedText = entry.code;
            break;
        case FieldKind::Description:
            hit.matched = u"description"_s;
            break;
        }
        hits << hit;
    }
    const auto order = [](const SearchHit &a, const SearchHit &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.label.size() != b.label.size())
            return a.label.size() < b.label.size();
        return a.label < b.label;
    };
    if (hits.size() > limit) {
        std::partial_sort(hits.begin(), hits.begin() + limit, hits.end(), order);
        hits.resize(limit);
    } else {
        std::sort(hits.begin(), hits.end(), order);
    }
    return hits;
}

} // namespace Sportello::Competences
