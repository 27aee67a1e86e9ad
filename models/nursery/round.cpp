#include "models/nursery/round.h"

#include "models/common/enumids.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Sportello::Nursery {

namespace {

constexpr EnumIds<RoundState, 6> kStates({{
    {RoundState::Draft, u"draft"},
    {RoundState::Open, u"open"},
    {RoundState::Provisional, u"provisional"},
    {RoundState::Appeals, u"appeals"},
    {RoundState::Final, u"final"},
    {RoundState::Allocation, u"allocation"},
}});

} // namespace

QList<RoundState> roundStates()
{
    return kStates.values();
}

QString roundStateId(RoundState state)
{
    return kStates.id(state);
}

bool roundStateFromId(const QString &id, RoundState *state)
{
    return kStates.fromId(id, state);
}

QString roundStateLabel(RoundState state)
{
    switch (state) {
    case RoundState::Draft:
        return QCoreApplication::translate("Sportello::Nursery", "Draft");
    case RoundState::Open:
        return QCoreApplication::translate("Sportello::Nursery", "Applications open");
    case RoundState::Provisional:
        return QCoreApplication::translate("Sportello::Nursery", "Provisional ranking");
    case RoundState::Appeals:
        return QCoreApplication::translate("Sportello::Nursery", "Appeals");
    case RoundState::Final:
        return QCoreApplication::translate("Sportello::Nursery", "Final ranking");
    case RoundState::Allocation:
        return QCoreApplication::translate("Sportello::Nursery", "Allocation of seats");
    }
    return QString();
}

bool rulesEditable(RoundState state)
{
    return state == RoundState::Draft || state == RoundState::Open;
}

std::optional<RoundState> nextState(RoundState state)
{
    const QList<RoundState> states = roundStates();
    const qsizetype at = states.indexOf(state);
    return at + 1 < states.size() ? std::optional(states.at(at + 1)) : std::nullopt;
}

bool isFinal(RoundState state)
{
    return state == RoundState::Final || state == RoundState::Allocation;
}

int RoundData::applicationIndex(const QString &protocol) const
{
    for (qsizetype i = 0; i < applications.size(); ++i) {
        if (applications.at(i).protocol == protocol)
            return int(i);
    }
    return -1;
}

QList<Offer> RoundData::offersOf(const QString &applicationId) const
{
    QList<Offer> out;
    for (const Offer &offer : offers) {
        if (offer.applicationId == applicationId)
            out.append(offer);
    }
    return out;
}

RoundResult evaluate(const RoundData &data)
{
    RoundResult result;
    result.ranking = rank(data.round.rules, data.applications);
    QHash<QString, QList<Offer>> offers;
    for (const Offer &offer : data.offers)
        offers[offer.applicationId].append(offer);
    result.standings.reserve(data.applications.size());
    for (const Application &a : data.applications)
        result.standings.append(standingOf(data.round.rules.refusal, a, offers.value(a.id)));
    result.allocation = allocate(data.round.rules, result.ranking, result.standings);
    return result;
}

std::shared_ptr<const EvaluatedRound> EvaluatedRound::of(RoundData data)
{
    auto round = std::make_shared<EvaluatedRound>();
    round->data = std::move(data);
    round->result = evaluate(round->data);
    round->admissionOf.fill(-1, round->data.applications.size());
    const QList<Admission> &admitted = round->result.allocation.admitted;
    for (qsizetype i = 0; i < admitted.size(); ++i)
        round->admissionOf[admitted.at(i).application] = int(i);
    return round;
}

const Admission *EvaluatedRound::admission(int application) const
{
    const int at = admissionOf.value(application, -1);
    return at < 0 ? nullptr : &result.allocation.admitted.at(at);
}

QString EvaluatedRound::rowStatus(const RankRow &row) const
{
    const Standing &standing = result.standings.at(row.application);
    if (const Admission *a = admission(row.application)) {
        if (a->preference != row.preference)
            return QCoreApplication::translate("Sportello::Nursery", "Placed at preference %1")
                .arg(a->preference + 1);
        switch (a->hold) {
        case Hold::Accepted:
            return QCoreApplication::translate("Sportello::Nursery", "Seat accepted");
        case Hold::FirstChoiceOffer:
            return QCoreApplication::translate("Sportello::Nursery", "Seat offered (first choice)");
        case Hold::Offer:
            break;
        }
        // An offer on record, or a seat the next allocation would offer.
        const QString id = data.applications.at(row.application).id;
        const QString nursery = data.round.rules.nurseries.at(row.nursery).code;
        const bool recorded
            = std::any_of(data.offers.cbegin(), data.offers.cend(), [&](const Offer &o) {
                  return o.applicationId == id && o.nursery == nursery
                      && o.status == OfferStatus::Offered;
              });
        return recorded ? QCoreApplication::translate("Sportello::Nursery", "Seat offered")
                        : QCoreApplication::translate("Sportello::Nursery", "Within the seats");
    }
    if (standing.removed)
        return QCoreApplication::translate("Sportello::Nursery", "Off the list after refusing");
    if (standing.isCancelled(row.preference))
        return QCoreApplication::translate("Sportello::Nursery", "Refused");
    return QCoreApplication::translate("Sportello::Nursery", "Waiting");
}

const RankRow *EvaluatedRound::bestRow(int application) const
{
    const RankRow *best = nullptr;
    const Standing &standing = result.standings.at(application);
    for (qsizetype p = 0; p < data.applications.at(application).preferences.size(); ++p) {
        const RankRow *row = result.ranking.find(application, int(p));
        if (row && !standing.isCancelled(int(p)) && (!best || row->position < best->position))
            best = row;
    }
    return best;
}

QString EvaluatedRound::applicationStatus(int application) const
{
    const Application &a = data.applications.at(application);
    if (a.withdrawn)
        return QCoreApplication::translate("Sportello::Nursery", "Withdrawn");
    if (!result.ranking.exclusion.at(application).isEmpty())
        return QCoreApplication::translate("Sportello::Nursery", "Not ranked: %1")
            .arg(result.ranking.exclusion.at(application));
    const RuleSet &rules = data.round.rules;
    if (const Admission *admitted = admission(application)) {
        const RankRow *row = result.ranking.find(application, admitted->preference);
        return row ? rowStatus(*row) + u": "_s + rules.nurseries.at(admitted->nursery).name
                   : QString();
    }
    if (result.standings.at(application).removed)
        return QCoreApplication::translate("Sportello::Nursery", "Off the list after refusing");
    const RankRow *best = bestRow(application);
    if (!best)
        return QCoreApplication::translate("Sportello::Nursery", "Every preference refused");
    return QCoreApplication::translate("Sportello::Nursery", "Waiting: position %1 in %2")
        .arg(best->position)
        .arg(rules.ageGroups.at(best->ageGroup).label);
}

OfferChanges offerChanges(const RoundData &data, const RoundResult &result)
{
    QHash<QString, const Offer *> open;
    for (const Offer &offer : data.offers) {
        if (offer.status == OfferStatus::Offered)
            open.insert(offer.applicationId, &offer);
    }
    OfferChanges changes;
    for (const Admission &admission : result.allocation.admitted) {
        if (admission.hold == Hold::Accepted)
            continue;
        const Application &a = data.applications.at(admission.application);
        const QString nursery = data.round.rules.nurseries.at(admission.nursery).code;
        const Offer *current = open.take(a.id);
        if (current && current->nursery == nursery)
            continue;
        if (current)
            changes.revoke << current->id;
        Offer offer;
        offer.applicationId = a.id;
        offer.nursery = nursery;
        offer.preference = admission.preference + 1;
        changes.create << offer;
    }
    for (const Offer *left : std::as_const(open))
        changes.revoke << left->id;
    return changes;
}

} // namespace Sportello::Nursery
