#pragma once

#include <QString>

namespace Sportello::DemoData {

// Everything a demo database holds beyond the registry, the same whether the desk's first
// start or `sportello demo` makes it: last year's nursery round worked through to its
// waiting list and this year's open one, a year of the social services, the sample
// repertory of professional figures and e-learning catalogue, and a year of course
// completions and certified competences in the citizens' libretti. Nothing of it waits to
// be sent to the region.
bool addTo(const QString &dbPath, quint64 seed, QString *error);

} // namespace Sportello::DemoData
