#pragma once

#include <QString>

namespace Sportello::LocalState {

// Facts about the local database as a whole, read on the calling thread's connection.
bool isDemo(const QString &dbPath); // made by `sportello demo`
qint64 pendingChanges(const QString &dbPath); // outbox entries not yet sent

} // namespace Sportello::LocalState
