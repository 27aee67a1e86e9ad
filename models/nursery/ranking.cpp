#include "models/nursery/ranking.h"

#include <QCoreApplication>
#include <QHash>

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

    int nursery(const QString &code) const { return m_nurseries.value(code, -1); }

    void resolve(const Application &a, QList<ResolvedCondition> *out) const
    {
        out->clear();
        for (const Condition &c : a.conditions) {
            const int criterion = m_criteria.value(c.code, -1);
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
    QHash<QString, int> m_criteria;
    QHash<QString, int> m_nurseries;
};

// What the tie-break chain compares, flattened per row.
struct SortKey
{
    qint64 isee; // max when not presented
    qint64 birth; // julian day
    qint64 submitted; // seconds
    int protocolOrder;
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

    // The groups the tie-breaks compare subtotals of, and each criterion's slot among them.
    QStringList tieGroups;
    for (const TieBreak &t : rules.tieBreaks) {
        if (t.key == TieBreakKey::GroupPointsDesc)
            tieGroups << t.group;
    }
    QList<int> slotOfCriterion;
    for (const Criterion &c : rules.criteria)
        slotOfCriterion << int(tieGroups.indexOf(c.group));
    const qsizetype slotCount = tieGroups.size();

    // Protocol order, the last word when every tie-break is equal.
    QList<int> byProtocol(n);
    std::iota(byProtocol.begin(), byProtocol.end(), 0);
    std::sort(byProtocol.begin(), byProtocol.end(), [&](int a, int b) {
        return applications.at(a).protocol < applications.at(b).protocol;
    });
    QList<SortKey> keys(n);
    for (qsizetype i = 0; i < n; ++i)
        keys[byProtocol.at(i)].protocolOrder = int(i);

    QList<RankRow> rows;
    QList<Points> groupPoints;
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
        SortKey &key = keys[a];
        key.isee = app.hasIsee() ? app.iseeCents : std::numeric_limits<qint64>::max();
        key.birth = app.childBirthDate.toJulianDay();
        key.submitted = app.submittedAt.toSecsSinceEpoch();
        const bool late = rules.isLate(app.submittedAt);
        scorer.resolve(app, &conditions);
        for (qsizetype p = 0; p < app.preferences.size(); ++p) {
            const int nursery = scorer.nursery(app.preferences.at(p));
            if (nursery < 0)
                continue; // a nursery the rules no longer have
            RankRow row;
            row.application = int(a);
            row.preference = int(p);
            row.nursery = nursery;
            row.ageGroup = group;
            row.late = late;
            const qsizetype slotBase = groupPoints.size();
            groupPoints.resize(slotBase + slotCount, 0);
            for (const ResolvedCondition &c : std::as_const(conditions)) {
                if (!scorer.applies(c, nursery, int(p)))
                    continue;
                const Points points = scorer.points(c);
                row.score += points;
                if (const int slot = slotOfCriterion.at(c.criterion); slot >= 0)
                    groupPoints[slotBase + slot] += points;
            }
            rows.append(row);
        }
    }
    ranking.m_prefOffset[n] = preferenceCount;

    // Sort indices, then lay the rows out group by group.
    const auto compare = [&](qsizetype i, qsizetype j) {
        const RankRow &a = rows.at(i);
        const RankRow &b = rows.at(j);
        if (a.ageGroup != b.ageGroup)
            return a.ageGroup < b.ageGroup;
        const SortKey &ka = keys.at(a.application);
        const SortKey &kb = keys.at(b.application);
        for (const TieBreak &t : rules.tieBreaks) {
            switch (t.key) {
            case TieBreakKey::OnTimeFirst:
                if (a.late != b.late)
                    return !a.late;
                break;
            case TieBreakKey::ScoreDesc:
                if (a.score != b.score)
                    return a.score > b.score;
                break;
            case TieBreakKey::IseeAsc:
                if (ka.isee != kb.isee)
                    return ka.isee < kb.isee;
                break;
            case TieBreakKey::IseeAtMost: {
                const bool inA = ka.isee <= t.iseeCents;
                const bool inB = kb.isee <= t.iseeCents;
                if (inA != inB)
                    return inA;
                break;
            }
            case TieBreakKey::GroupPointsDesc: {
                const qsizetype slot = tieGroups.indexOf(t.group);
                const Points pa = groupPoints.at(i * slotCount + slot);
                const Points pb = groupPoints.at(j * slotCount + slot);
                if (pa != pb)
                    return pa > pb;
                break;
            }
            case TieBreakKey::ChildAge:
                if (ka.birth != kb.birth) {
                    const bool olderFirst
                        = rules.ageGroups.at(a.ageGroup).birthOrder == BirthOrder::OlderFirst;
                    return olderFirst ? ka.birth < kb.birth : ka.birth > kb.birth;
                }
                break;
            case TieBreakKey::SubmittedAsc:
                if (ka.submitted != kb.submitted)
                    return ka.submitted < kb.submitted;
                break;
            case TieBreakKey::PreferenceAsc:
                if (a.preference != b.preference)
                    return a.preference < b.preference;
                break;
            }
        }
        if (ka.protocolOrder != kb.protocolOrder)
            return ka.protocolOrder < kb.protocolOrder;
        return a.preference < b.preference;
    };
    QList<qsizetype> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), compare);

    ranking.rows.reserve(rows.size());
    ranking.m_rowOfPreference.fill(-1, preferenceCount);
    ranking.groupStart.fill(0, rules.ageGroups.size() + 1);
    int position = 0;
    int group = -1;
    for (const qsizetype i : std::as_const(order)) {
        RankRow row = rows.at(i);
        if (row.ageGroup != group) {
            for (int g = group + 1; g <= row.ageGroup; ++g)
                ranking.groupStart[g] = ranking.rows.size();
            group = row.ageGroup;
            position = 0;
        }
        row.position = ++position;
        ranking.m_rowOfPreference[ranking.m_prefOffset.at(row.application) + row.preference]
            = ranking.rows.size();
        ranking.rows.append(row);
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
