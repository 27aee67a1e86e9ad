#pragma once

#include <QString>

class QSqlDatabase;

namespace Sportello::DerivedSchema {

// Triggers generated from the schema rather than written by hand: the change capture of
// every table listed in synced_table (AFTER INSERT/UPDATE/DELETE -> outbox, skipped while
// sync_control.applying = 1) and the triggers that keep citizen_search current.
// Recreates them when they differ from the ones stored (a fingerprint in app_meta), and
// then rebuilds the search keys. Call inside the migration transaction.
bool refresh(const QSqlDatabase &db, QString *error);

// Drops them (and forgets the fingerprint) for a bulk load into a fresh database, such
// as the demo data; refresh() afterwards recreates them and builds the search keys in one
// set-based pass, which is much faster than a trigger per row. Nothing written meanwhile
// is captured for sync.
bool dropForBulkLoad(const QSqlDatabase &db, QString *error);

} // namespace Sportello::DerivedSchema
