#pragma once

#include <QString>

namespace Sportello::Casework::DemoCases {

// Adds a year of the social services to a demo database: requests at the desk over the last
// twelve months, most taken in charge by the two demo social workers and carried, step by
// step and dated, through assessment, plan, monitoring and closure, with notes,
// interventions, employment referrals, and the coming weeks' appointments. `requests` sets
// the size (a large municipality's year, for the benchmarks).
bool addTo(const QString &dbPath, quint64 seed, QString *error, int requests = 260);

} // namespace Sportello::Casework::DemoCases
