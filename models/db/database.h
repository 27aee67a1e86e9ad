#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;
struct sqlite3;

namespace Sportello::Db {

// One named QSqlDatabase connection per thread and database file (Qt SQL connections
// must not cross threads). The connection is opened and configured on first use:
// WAL journal, foreign keys, synchronous=FULL, a busy timeout.
QSqlDatabase connection(const QString &path);

// Opens path for the calling thread (creating the file and its folder if needed) and
// brings its schema up to date. On failure returns false with a translated reason.
bool open(const QString &path, QString *error);

// Runs the statements in order on db; stops at the first failure with the driver's
// message and the start of the statement in *error. The caller owns the transaction.
bool execAll(const QSqlDatabase &db, const QStringList &statements, QString *error);

// Closes and removes the calling thread's connection to path; call it before a worker
// thread ends.
void closeConnection(const QString &path);

// The SQLite handle under a Qt connection (for the few things Qt SQL does not offer).
sqlite3 *nativeHandle(const QSqlDatabase &db);
// True when SQLite opened the file read-only (no write permission, immutable file...).
bool isReadOnly(const QSqlDatabase &db);

// AppDataLocation/sportello.sqlite, overridden by the SPORTELLO_DB environment variable.
QString defaultPath();

} // namespace Sportello::Db
