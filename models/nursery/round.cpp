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
