#pragma once

#include "models/nursery/ranking.h"

namespace Sportello::Nursery {

// Where an application stands after its answers to earlier offers.
struct Standing
{
    int accepted = -1; // preference (0-based) of the accepted place: final, keeps its seat
    int firstChoiceOffer = -1; // 0 while an unanswered first-choice offer stands
    QList<int> refused; // preferences refused (0-based): those rows are cancelled
    bool removed = false; // off the list after refusing

    bool isCancelled(int preference) const { return refused.contains(preference); }
};

// The rule of removal after refusals: refusing the first choice removes the application
// when the policy says so; otherwise it may refuse maxRefusals times and stay.
bool removedAfter(const RefusalPolicy &policy, const QList<int> &refusedPreferences);

// The standing of an application from its offers (any order).
Standing standingOf(const RefusalPolicy &policy, const Application &application,
                    const QList<Offer> &offers);

enum class Hold { Accepted, FirstChoiceOffer, Offer };

struct Admission
{
    int application = -1;
    int preference = 0; // 0-based
    int nursery = -1;
    int ageGroup = -1;
    int position = 0; // of the admitting row in its age group
    Hold hold = Hold::Offer;
};

struct WaitingEntry
{
    int application = -1;
    int ageGroup = -1;
    int position = 0; // of its best remaining row
};

struct Allocation
{
    QList<Admission> admitted; // by age group, then by position of the admitting row
    QList<WaitingEntry> waiting; // by age group, then position
    QList<int> seatsUsed; // nursery * ageGroups + ageGroup -> seats taken
};

// Serial allocation in ranking order (issue 4): accepted places and standing
// first-choice offers keep their seats; then each row, in order, places a not yet placed,
// not removed application at its nursery when a seat of its age group is free there.
Allocation allocate(const RuleSet &rules, const Ranking &ranking, const QList<Standing> &standings);

} // namespace Sportello::Nursery
