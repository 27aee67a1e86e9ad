#include "models/nursery/ranking.h"

#include <QCoreApplication>


#include <algorithm>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Sportello::Nursery {

namespace {

// A condition resolved against the rules once, so scoring a row compares integers.
struct ResolvedCondition
{
    int criterion;
    int nursery; // -1 when the condition names none
    int count;
};

// Codes (nurseries, criteria) to their index: an open-addressing table with a cheap hash,
// since ranking looks codes up a few times per application.
class CodeIndex
{
public:
    void insert(const QString &code, int index)
    {
        if (m_slots.size() < 4 * (m_count + 1))
            grow();
        place(code, index);
        ++m_count;
    }

    int value(QStringView code) const
    {
        if (m_slots.isEmpty())
            return -1;
        for (qsizetype i = hash(code) & (m_slots.size() - 1);; i = (i + 1) & (m_slots.size() - 1)) {
            const Slot &slot = m_slots.at(i);
            if (slot.index < 0)
                return -1;
            if (slot.code == code)
                return slot.index;
        }
    }

private:
    struct Slot
    {
        QString code;
        int index = -1;
    };

    static size_t hash(QStringView code)
    {
        size_t h = 2166136261u;
        for (const QChar c : code)
            h = (h ^ c.unicode()) * 16777619u;
        return h;
    }

    void place(const QString &code, int index)
    {
        qsizetype i = hash(code) & (m_slots.size() - 1);
        while (m_slots.at(i).index >= 0)
            i = (i + 1) & (m_slots.size() - 1);
        m_slots[i] = {code, index};
    }

    void grow()
    {
        const QList<Slot> old = std::exchange(m_slots, QList<Slot>(std::max<qsizetype>(16, m_slots.size() * 2)));
        for (const Slot &slot : old) {
            if (slot.index >= 0)
                place(slot.code, slot.index);
        }
    }

    QList<Slot> m_slots;
    qsizetype m_count = 0;
};

class Scorer
{
public:
    explicit Scorer(const RuleSet &rules)
        : m_rules(rules)
    {
        for (qsizetype i = 0; i < rules.criteria.size(); ++i)
            m_criteria.insert(rules.criteria.at(i).code, int(i));
        for (qsizetype i = 0; i < rules.nurseries.size(); ++i)
            m_nurseries.insert(rules.nurseries.at(i).code, int(i));
    }

    int nursery(const QString &code) const { return m_nurseries.value(code); }

    void resolve(const Application &a, QList<ResolvedCondition> *out) const
    {
        out->clear();
        for (const Condition &c : a.conditions) {
            const int criterion = m_criteria.value(c.code);
            if (c.counts() && criterion >= 0)
                out->append({criterion, c.nursery.isEmpty() ? -1 : nursery(c.nursery), c.count});
        }
    }

    bool applies(const ResolvedCondition &c, int rowNursery, int preference) const
    {
        switch (m_rules.criteria.at(c.criterion).scope) {
        case Scope::Application:
            return true;
        case Scope::NamedNursery:
            return c.nursery == rowNursery;
        case Scope::NamedNurseryFirstChoice:
            return c.nursery == rowNursery && preference == 0;
        }
        return false;
    }

    Points points(const ResolvedCondition &c) const
    {
        return m_rules.criteria.at(c.criterion).points * c.count;
    }

private:
    const RuleSet &m_rules;
    CodeIndex m_criteria;
    CodeIndex m_nurseries;
};


} // namespace

qsizetype Ranking::rowOf(int application, int preference) const
{
    if (application < 0 || application + 1 >= m_prefOffset.size())
        return -1;
    const qsizetype at = m_prefOffset.at(application) + preference;
    if (preference < 0 || at >= m_prefOffset.at(application + 1))
        return -1;
    return m_rowOfPreference.at(at);
}

const RankRow *Ranking::find(int application, int preference) const
{
    const qsizetype row = rowOf(application, preference);
    return row < 0 ? nullptr : &rows.at(row);
}

Ranking rank(const RuleSet &rules, const QList<Application> &applications)
{
    const Scorer scorer(rules);
    const qsizetype n = applications.size();
    Ranking ranking;
    ranking.ageGroupOf.fill(-1, n);
    ranking.exclusion.resize(n);
    ranking.m_prefOffset.resize(n + 1);

    // The tie-break chain as plain data, and the criterion groups it compares subtotals of.
    struct Key
    {
        TieBreakKey key;
        qint64 threshold;
        qsizetype slot;
    };
    QList<Key> chain;
    QStringList tieGroups;
    for (const TieBreak &t : rules.tieBreaks) {
        qsizetype slot = -1;
        if (t.key == TieBreakKey::GroupPointsDesc) {
            slot = tieGroups.indexOf(t.group);
            if (slot < 0) {
                slot = tieGroups.size();
                tieGroups << t.group;
            }
        }
        chain.append({t.key, t.iseeCents, slot});
    }
    QList<int> slotOfCriterion;
    for (const Criterion &c : rules.criteria)
        slotOfCriterion << int(tieGroups.indexOf(c.group));
    const qsizetype slotCount = tieGroups.size();
    QList<bool> olderFirst;
    for (const AgeGroup &g : rules.ageGroups)
        olderFirst << (g.birthOrder == BirthOrder::OlderFirst);

    // One flat record per row, so sorting compares values next to each other.
    struct Entry
    {
        Points score;
        qint64 isee; // max when not presented
        qint64 birth; // julian day
        qint64 submitted; // seconds
        int application;
        int preference;
        int nursery;
        int ageGroup;
        bool late;
    };
    QList<Entry> entries;
    QList<Points> groupPoints; // slotCount per entry
    QList<ResolvedCondition> conditions;
    qsizetype preferenceCount = 0;
    for (qsizetype a = 0; a < n; ++a) {
        const Application &app = applications.at(a);
        ranking.m_prefOffset[a] = preferenceCount;
        preferenceCount += app.preferences.size();
        if (app.withdrawn) {
            ranking.exclusion[a]
                = QCoreApplication::translate("Sportello::Nursery", "Withdrawn by the family.");
            continue;
        }
        const int group = rules.ageGroupOf(app.childBirthDate);
        if (group < 0) {
            ranking.exclusion[a] = QCoreApplication::translate(
                                       "Sportello::Nursery",
                                       "Born on %1, outside every age group of the round.")
                                       .arg(app.childBirthDate.toString(u"dd/MM/yyyy"_s));
            continue;
        }
        ranking.ageGroupOf[a] = group;
        Entry entry {0,
                     app.hasIsee() ? app.iseeCents : std::numeric_limits<qint64>::max(),
                     app.childBirthDate.toJulianDay(),
                     app.submittedAt.toSecsSinceEpoch(),
                     int(a),
                     0,
                     -1,
                     group,
                     rules.isLate(app.submittedAt)};
        scorer.resolve(app, &conditions);
        for (qsizetype p = 0; p < app.preferences.size(); ++p) {
            entry.nursery = scorer.nursery(app.preferences.at(p));
            if (entry.nursery < 0)
                continue; // a nursery the rules no longer have
            entry.preference = int(p);
            entry.score = 0;
            const qsizetype slotBase = groupPoints.size();
            groupPoints.resize(slotBase + slotCount, 0);
            for (const ResolvedCondition &c : std::as_const(conditions)) {
                if (!scorer.applies(c, entry.nursery, int(p)))
                    continue;
                const Points points = scorer.points(c);
                entry.score += points;
                if (const int slot = slotOfCriterion.at(c.criterion); slot >= 0)
                    groupPoints[slotBase + slot] += points;
            }
            entries.append(entry);
        }
    }
    ranking.m_prefOffset[n] = preferenceCount;

    // Sort indices to the records (group points stay where they are), then lay the rows
    // out group by group.
    const auto before = [&](qsizetype i, qsizetype j) {
        const Entry &a = entries.at(i);
        const Entry &b = entries.at(j);
        if (a.ageGroup != b.ageGroup)
            return a.ageGroup < b.ageGroup;
        for (const Key &k : std::as_const(chain)) {
            switch (k.key) {
            case TieBreakKey::OnTimeFirst:
                if (a.late != b.late)
                    return !a.late;
                break;
            case TieBreakKey::ScoreDesc:
                if (a.score != b.score)
                    return a.score > b.score;
                break;
            case TieBreakKey::IseeAsc:
                if (a.isee != b.isee)
                    return a.isee < b.isee;
                break;
            case TieBreakKey::IseeAtMost:
                if ((a.isee <= k.threshold) != (b.isee <= k.threshold))
                    return a.isee <= k.threshold;
                break;
            case TieBreakKey::GroupPointsDesc: {
                const Points pa = groupPoints.at(i * slotCount + k.slot);
                const Points pb = groupPoints.at(j * slotCount + k.slot);
                if (pa != pb)
                    return pa > pb;
                break;
            }
            case TieBreakKey::ChildAge:
                if (a.birth != b.birth)
                    return olderFirst.at(a.ageGroup) ? a.birth < b.birth : a.birth > b.birth;
                break;
            case TieBreakKey::SubmittedAsc:
                if (a.submitted != b.submitted)
                    return a.submitted < b.submitted;
                break;
            case TieBreakKey::PreferenceAsc:
                if (a.preference != b.preference)
                    return a.preference < b.preference;
                break;
            }
        }
        // Equal for the rules: protocol order, then preference, so the order is total.
        if (a.application != b.application) {
            const int byProtocol = QString::compare(applications.at(a.application).protocol,
                                                    applications.at(b.application).protocol);
            if (byProtocol != 0)
                return byProtocol < 0;
            return a.application < b.application;
        }
        return a.preference < b.preference;
    };
    QList<qsizetype> order(entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), before);

    ranking.rows.reserve(entries.size());
    ranking.m_rowOfPreference.fill(-1, preferenceCount);
    ranking.groupStart.fill(0, rules.ageGroups.size() + 1);
    int position = 0;
    int group = -1;
    for (const qsizetype i : std::as_const(order)) {
        const Entry &e = entries.at(i);
        if (e.ageGroup != group) {
            for (int g = group + 1; g <= e.ageGroup; ++g)
                ranking.groupStart[g] = ranking.rows.size();
            group = e.ageGroup;
            position = 0;
        }
        ranking.m_rowOfPreference[ranking.m_prefOffset.at(e.application) + e.preference]
            = ranking.rows.size();
        ranking.rows.append(
            {e.application, e.preference, e.nursery, e.ageGroup, e.score, e.late, ++position});
    }
    for (qsizetype g = group + 1; g < ranking.groupStart.size(); ++g)
        ranking.groupStart[g] = ranking.rows.size();
    return ranking;
}

QList<ScoreLine> explain(const RuleSet &rules, const Application &application, int preference)
{
    const Scorer scorer(rules);
    QList<ResolvedCondition> conditions;
    scorer.resolve(application, &conditions);
    const int nursery = scorer.nursery(application.preferences.value(preference));
    QList<ScoreLine> lines;
    for (const ResolvedCondition &c : std::as_const(conditions)) {
        if (nursery < 0 || !scorer.applies(c, nursery, preference))
            continue;
        const Criterion &criterion = rules.criteria.at(c.criterion);
        lines.append({criterion.code, criterion.label, c.count, scorer.points(c)});
    }
    return lines;
}

Points scoreOf(const RuleSet &rules, const Application &application, int preference)
{
    Points total = 0;
    for (const ScoreLine &line : explain(rules, application, preference))
        total += line.points;
    return total;
}

QList<Move> movesBetween(const Ranking &before, const Ranking &after)
{
    QList<Move> moves;
    const auto add = [&](const RankRow *b, const RankRow *a) {
        const RankRow &any = a ? *a : *b;
        Move m;
        m.application = any.application;
        m.preference = any.preference;
        m.ageGroup = any.ageGroup;
        m.before = b ? b->position : 0;
        m.after = a ? a->position : 0;
        m.scoreBefore = b ? b->score : 0;
        m.scoreAfter = a ? a->score : 0;
        if (m.before != m.after || m.scoreBefore != m.scoreAfter)
            moves.append(m);
    };
    for (const RankRow &row : after.rows)
        add(before.find(row.application, row.preference), &row);
    for (const RankRow &row : before.rows) {
        if (!after.find(row.application, row.preference))
            add(&row, nullptr);
    }
    return moves;
}

} // namespace Sportello::Nursery
