#pragma once

#include "models/nursery/allocation.h"

#include <memory>
#include <optional>

namespace Sportello::Nursery {

// The life of a round: rules drafted, applications open, provisional ranking, appeals,
// final ranking, then allocation rounds (offers, answers, scorrimento).
enum class RoundState { Draft, Open, Provisional, Appeals, Final, Allocation };

QList<RoundState> roundStates();
QString roundStateId(RoundState state);
bool roundStateFromId(const QString &id, RoundState *state);
QString roundStateLabel(RoundState state); // translated
// Rules (criteria, points, tie-breaks, seats) may change until the ranking is published.
bool rulesEditable(RoundState state);
// The stage after this one; nullopt for the last.
std::optional<RoundState> nextState(RoundState state);
// The published list in this state: final from the final ranking on, provisional before.
bool isFinal(RoundState state);

struct Round
{
    QString id;
    RoundState state = RoundState::Open;
    RuleSet rules; // rules.round is the round's code, rules.municipality its municipality
};

// Everything ranking and allocation read, loaded together.
struct RoundData
{
    Round round;
    QList<Application> applications;
    QList<Offer> offers;

    int applicationIndex(const QString &protocol) const; // -1 if none
    QList<Offer> offersOf(const QString &applicationId) const;
};

struct RoundResult
{
    Ranking ranking;
    QList<Standing> standings; // per application
    Allocation allocation;
};

// Ranks the applications and allocates the seats, with the answers given so far.
RoundResult evaluate(const RoundData &data);

// A round as the desk shows it: its data and what ranking and allocation make of them,
// computed once and shared read-only by every view.
struct EvaluatedRound
{
    RoundData data;
    RoundResult result;
    QList<int> admissionOf; // per application: index into result.allocation.admitted, or -1

    static std::shared_ptr<const EvaluatedRound> of(RoundData data);
    const Admission *admission(int application) const;
    // Where a preference row stands, for the coordinator (translated): offered, accepted,
    // placed elsewhere, refused, off the list, waiting.
    QString rowStatus(const RankRow &row) const;
    // Where an application stands as a whole (translated).
    QString applicationStatus(int application) const;
    // Its best row still in play (not refused), or nullptr.
    const RankRow *bestRow(int application) const;
};

// What an allocation changes in the offers on record: unanswered offers it no longer
// makes are revoked (superseded), and the new ones are created (without id or time).
struct OfferChanges
{
    QStringList revoke; // offer ids
    QList<Offer> create;
};
OfferChanges offerChanges(const RoundData &data, const RoundResult &result);

} // namespace Sportello::Nursery
