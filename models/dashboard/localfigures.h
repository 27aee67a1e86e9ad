#pragma once

#include "models/dashboard/figure.h"

namespace Sportello {

struct Session;

namespace Dashboard {

// The dashboard's figures from this desk's database, counted by SQLite, as the session's
// role may see them: the service's case figures only for who may read its reports.
// Runs on the calling thread's connection (call it off the GUI thread).
Figures localFigures(const QString &dbPath, const Session &session, const QDate &today);

// Which part of the desk a synced table belongs to (translated), for the sync figures.
QString dataArea(const QString &table);

} // namespace Dashboard
} // namespace Sportello
