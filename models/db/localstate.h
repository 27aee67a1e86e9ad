#pragma once

#include <QMap>
#include <QString>

namespace Sportello::LocalState {

// Facts about the local database as a whole, read on the calling thread's connection.
bool isDemo(const QString &dbPath); // made by `sportello demo`
qint64 pendingChanges(const QString &dbPath); // outbox entries not yet sent
// The same by author: each person's changes go out under their own login ("" = changes
// that name nobody; an administrator hands them to someone).
QMap<QString, qint64> pendingByAuthor(const QString &dbPath);
QString deskId(const QString &dbPath); // this desk, for the region's ledger
bool syncsWithRegion(const QString &dbPath); // it has synced, or signed someone in, with one

} // namespace Sportello::LocalState
