#pragma once

#include "models/nursery/application.h"
#include "models/nursery/rules.h"

namespace Sportello::Nursery::DemoRound {

// Rules shaped like a real municipality's (after the Torino and Firenze regulations in
// ../shared/domain/nursery.md): residence, work, family and social criteria, sibling and
// proximity points per nursery, three age groups, the usual tie-break chain. The round is
// the last one whose deadline (1 May) has passed on `today`.
RuleSet rules(const QDate &today, int nurseries, const QString &municipality);

// Applications without people behind them, for benchmarks and property checks:
// one to five preferences, a few percent late or outside every age group.
QList<Application> synthetic(const RuleSet &rules, int count, quint64 seed);

// Adds a round of Vibo Valentia to a demo database: the registry's children of nursery
// age apply, their household head is the applicant, the head's ISEE is declared.
bool addTo(const QString &dbPath, quint64 seed, QString *error);

} // namespace Sportello::Nursery::DemoRound
