#pragma once

#include "models/nursery/allocation.h"

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

// What an allocation changes in the offers on record: unanswered offers it no longer
// makes are revoked (superseded), and the new ones are created (without id or time).
struct OfferChanges
{
    QStringList revoke; // offer ids
    QList<Offer> create;
};
OfferChanges offerChanges(const RoundData &data, const RoundResult &result);

} // namespace Sportello::Nursery
