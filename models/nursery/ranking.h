#pragma once

#include "models/nursery/application.h"
#include "models/nursery/rules.h"

#include <QList>

namespace Sportello::Nursery {

// One preference of one application, scored and placed in its age group's ranking.
struct RankRow
{
    int application = -1; // index into the applications ranked
    int preference = 0; // 0 = first choice
    int nursery = -1; // index into rules.nurseries
    int ageGroup = -1; // index into rules.ageGroups
    Points score = 0;
    bool late = false;
    int position = 0; // 1-based, counted within the age group
};

// The graduatoria: rows age group by age group (rules order), each group in ranking order.
struct Ranking
{
    QList<RankRow> rows;
    QList<qsizetype> groupStart; // rows of group g are [groupStart[g], groupStart[g + 1])
    QList<int> ageGroupOf; // per application; -1 = not ranked
    QStringList exclusion; // per application: why it is not ranked (translated), or empty

    qsizetype rowOf(int application, int preference) const; // -1 if none
    const RankRow *find(int application, int preference) const;

private:
    friend Ranking rank(const RuleSet &, const QList<Application> &);
    QList<qsizetype> m_prefOffset; // application a's preferences are at [offset[a], offset[a+1])
    QList<qsizetype> m_rowOfPreference; // row index of each preference, or -1
};

// Scores every preference row and orders each age group by the rules' tie-break chain
// (then by protocol and preference, so the order is total and repeatable).
Ranking rank(const RuleSet &rules, const QList<Application> &applications);

// Why a row has its score: one line per counted condition, for the coordinator and appeals.
struct ScoreLine
{
    QString code;
    QString label;
    int count = 1;
    Points points = 0; // count x criterion points
};
QList<ScoreLine> explain(const RuleSet &rules, const Application &application, int preference);
Points scoreOf(const RuleSet &rules, const Application &application, int preference);

// Why one row is ahead of another of its age group: the index in rules.tieBreaks of the
// key that decides between them, or -1 when they are equal for the rules (protocol order).
int decidingTieBreak(const RuleSet &rules, const QList<Application> &applications,
                     const RankRow &ahead, const RankRow &behind);

// Who moved between two rankings of the same applications (the what-if view).
struct Move
{
    int application = -1;
    int preference = 0;
    int ageGroup = -1;
    int before = 0; // position; 0 = not ranked
    int after = 0;
    Points scoreBefore = 0;
    Points scoreAfter = 0;
};
QList<Move> movesBetween(const Ranking &before, const Ranking &after);

} // namespace Sportello::Nursery
