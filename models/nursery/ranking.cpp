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
        const QList<Slot> old
            = std::exchange(m_slots, QList<Slot>(std::max<qsizetype>(16, m_slots.size() * 2)));
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

// The tie-break chain as plain data, with the criterion groups it compares subtotals of.
struct Chain
{
    struct Key
    {
        TieBreakKey key;
        qint64 threshold;
        qsizetype slot;
    };
    QList<Key> keys;
    QStringList groups;
    QList<int> slotOfCriterion;
    QList<bool> olderFirst; // per age group

    explicit Chain(const RuleSet &rules)
    {
        for (const TieBreak &t : rules.tieBreaks) {
            qsizetype slot = -1;
            if (t.key == TieBreakKey::GroupPointsDesc) {
                slot = groups.indexOf(t.group);
                if (slot < 0) {
                    slot = groups.size();
                    groups << t.group;
                }
            }
            keys.append({t.key, t.iseeCents, slot});
        }
        for (const Criterion &c : rules.criteria)
            slotOfCriterion << int(groups.indexOf(c.group));
        for (const AgeGroup &g : rules.ageGroups)
            olderFirst << (g.birthOrder == BirthOrder::OlderFirst);
    }
};

// What the chain compares about one row, flat so sorting compares values side by side.
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

// Which of two rows of one age group the rules put first: <0 a, >0 b, 0 equal; *decided
// receives the index of the deciding key (-1 when none decides).
int compareByRules(const Chain &chain, const Entry &a, const Points *groupsA, const Entry &b,
                   const Points *groupsB, int *decided = nullptr)
{
    for (qsizetype i = 0; i < chain.keys.size(); ++i) {
        const Chain::Key &k = chain.keys.at(i);
        int order = 0;
        switch (k.key) {
        case TieBreakKey::OnTimeFirst:
            order = int(a.late) - int(b.late);
            break;
        case TieBreakKey::ScoreDesc:
            order = a.score > b.score ? -1 : a.score < b.score ? 1 : 0;
            break;
        case TieBreakKey::IseeAsc:
            order = a.isee < b.isee ? -1 : a.isee > b.isee ? 1 : 0;
            break;
        case TieBreakKey::IseeAtMost:
            order = int(a.isee > k.threshold) - int(b.isee > k.threshold);
            break;
        case TieBreakKey::GroupPointsDesc: {
            const Points pa = groupsA[k.slot];
            const Points pb = groupsB[k.slot];
            order = pa > pb ? -1 : pa < pb ? 1 : 0;
            break;
        }
        case TieBreakKey::ChildAge:
            order = a.birth < b.birth ? -1 : a.birth > b.birth ? 1 : 0;
            if (!chain.olderFirst.at(a.ageGroup))
                order = -order;
            break;
        case TieBreakKey::SubmittedAsc:
            order = a.submitted < b.submitted ? -1 : a.submitted > b.submitted ? 1 : 0;
            break;
        case TieBreakKey::PreferenceAsc:
            order = a.preference - b.preference;
            break;
        }
        if (order != 0) {
            if (decided)
                *decided = int(i);
            return order;
        }
    }
    if (decided)
        *decided = -1;
    return 0;
}

// The facts of an application every row of it shares (score and preference come later).
Entry applicationEntry(const RuleSet &rules, const Application &app, int application, int group)
{
    return {0,
            app.hasIsee() ? app.iseeCents : std::numeric_limits<qint64>::max(),
            app.childBirthDate.toJulianDay(),
            app.submittedAt.toSecsSinceEpoch(),
            application,
            0,
            -1,
            group,
            rules.isLate(app.submittedAt)};
}

// Scores the row of entry->preference at entry->nursery: its score and the subtotals of the
// chain's groups (groups has chain.groups.size() zeroed slots).
void scoreRow(const Scorer &scorer, const Chain &chain, const QList<ResolvedCondition> &conditions,
              Entry *entry, Points *groups)
{
    entry->score = 0;
    for (const ResolvedCondition &c : conditions) {
        if (!scorer.applies(c, entry->nursery, entry->preference))
            continue;
        const Points points = scorer.points(c);
        entry->score += points;
        if (const int slot = chain.slotOfCriterion.at(c.criterion); slot >= 0)
            groups[slot] += points;
    }
}

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

    const Chain chain(rules);
    const qsizetype slotCount = chain.groups.size();

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
            ranking.exclusion[a]
                = QCoreApplication::translate("Sportello::Nursery",
                                              "Born on %1, outside every age group of the round.")
                      .arg(app.childBirthDate.toString(u"dd/MM/yyyy"_s));
            continue;
        }
        ranking.ageGroupOf[a] = group;
        Entry entry = applicationEntry(rules, app, int(a), group);
        scorer.resolve(app, &conditions);
        for (qsizetype p = 0; p < app.preferences.size(); ++p) {
            entry.nursery = scorer.nursery(app.preferences.at(p));
            if (entry.nursery < 0)
                continue; // a nursery the rules no longer have
            entry.preference = int(p);
            const qsizetype slotBase = groupPoints.size();
            groupPoints.resize(slotBase + slotCount, 0);
            scoreRow(scorer, chain, conditions, &entry, groupPoints.data() + slotBase);
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
        const int order = compareByRules(chain, a, groupPoints.constData() + i * slotCount, b,
                                         groupPoints.constData() + j * slotCount);
        if (order != 0)
            return order < 0;
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

int decidingTieBreak(const RuleSet &rules, const QList<Application> &applications,
                     const RankRow &ahead, const RankRow &behind)
{
    const Scorer scorer(rules);
    const Chain chain(rules);
    QList<ResolvedCondition> conditions;
    const auto facts = [&](const RankRow &row, QList<Points> *groups) {
        const Application &app = applications.at(row.application);
        Entry entry = applicationEntry(rules, app, row.application, row.ageGroup);
        entry.preference = row.preference;
        entry.nursery = row.nursery;
        groups->fill(0, chain.groups.size());
        scorer.resolve(app, &conditions);
        scoreRow(scorer, chain, conditions, &entry, groups->data());
        return entry;
    };
    QList<Points> groupsA, groupsB;
    const Entry a = facts(ahead, &groupsA);
    const Entry b = facts(behind, &groupsB);
    int decided = -1;
    compareByRules(chain, a, groupsA.constData(), b, groupsB.constData(), &decided);
    return decided;
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
