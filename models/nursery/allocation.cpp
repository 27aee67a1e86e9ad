#include "models/nursery/allocation.h"

#include <algorithm>

namespace Sportello::Nursery {

bool removedAfter(const RefusalPolicy &policy, const QList<int> &refusedPreferences)
{
    if (policy.firstChoiceRefusalRemoves && refusedPreferences.contains(0))
        return true;
    return refusedPreferences.size() > policy.maxRefusals;
}

Standing standingOf(const RefusalPolicy &policy, const Application &application,
                    const QList<Offer> &offers)
{
    Standing s;
    for (const Offer &offer : offers) {
        int preference = int(application.preferences.indexOf(offer.nursery));
        if (preference < 0)
            preference = offer.preference - 1;
        switch (offer.status) {
        case OfferStatus::Accepted:
            s.accepted = preference;
            break;
        case OfferStatus::Offered:
            if (preference == 0)
                s.firstChoiceOffer = 0;
            break;
        case OfferStatus::Refused:
            if (!s.refused.contains(preference))
                s.refused.append(preference);
            break;
        case OfferStatus::Revoked:
            break;
        }
    }
    s.removed = s.accepted < 0 && removedAfter(policy, s.refused);
    return s;
}

Allocation allocate(const RuleSet &rules, const Ranking &ranking, const QList<Standing> &standings)
{
    const qsizetype groups = rules.ageGroups.size();
    Allocation out;
    out.seatsUsed.fill(0, rules.nurseries.size() * groups);
    QList<int> capacity(out.seatsUsed.size());
    for (qsizetype n = 0; n < rules.nurseries.size(); ++n) {
        for (qsizetype g = 0; g < groups; ++g)
            capacity[n * groups + g] = rules.nurseries.at(n).seatsFor(rules.ageGroups.at(g).code);
    }
    QList<bool> placed(standings.size(), false);

    // Places already held: accepted ones and standing first-choice offers.
    for (qsizetype a = 0; a < standings.size(); ++a) {
        const Standing &s = standings.at(a);
        const int preference = s.accepted >= 0 ? s.accepted : s.firstChoiceOffer;
        const RankRow *row = preference >= 0 ? ranking.find(int(a), preference) : nullptr;
        if (!row)
            continue;
        placed[a] = true;
        ++out.seatsUsed[row->nursery * groups + row->ageGroup];
        out.admitted.append({row->application, row->preference, row->nursery, row->ageGroup,
                             row->position,
                             s.accepted >= 0 ? Hold::Accepted : Hold::FirstChoiceOffer});
    }

    for (const RankRow &row : ranking.rows) {
        const Standing &s = standings.at(row.application);
        if (placed.at(row.application) || s.removed || s.isCancelled(row.preference))
            continue;
        int &used = out.seatsUsed[row.nursery * groups + row.ageGroup];
        if (used >= capacity.at(row.nursery * groups + row.ageGroup))
            continue;
        ++used;
        placed[row.application] = true;
        out.admitted.append({row.application, row.preference, row.nursery, row.ageGroup,
                             row.position, Hold::Offer});
    }
    std::sort(out.admitted.begin(), out.admitted.end(), [](const Admission &a, const Admission &b) {
        return a.ageGroup != b.ageGroup ? a.ageGroup < b.ageGroup : a.position < b.position;
    });

    // Still waiting: by the first row each one has left.
    for (const RankRow &row : ranking.rows) {
        const Standing &s = standings.at(row.application);
        if (placed.at(row.application) || s.removed || s.isCancelled(row.preference))
            continue;
        placed[row.application] = true; // listed once
        out.waiting.append({row.application, row.ageGroup, row.position});
    }
    return out;
}

} // namespace Sportello::Nursery
