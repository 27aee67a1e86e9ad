#include "models/db/database.h"

#include "models/db/migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Sportello::Db {

namespace {

QString connectionName(const QString &path)
{
    return u"sportello:%1:%2"_s.arg(path).arg(quintptr(QThread::currentThreadId()));
}

void configure(QSqlDatabase &db)
{
    QSqlQuery query(db);
    for (const auto *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                               "PRAGMA synchronous = FULL", "PRAGMA busy_timeout = 5000"}) {
        query.exec(QString::fromLatin1(pragma));
    }
}

} // namespace

QSqlDatabase connection(const QString &path)
{
    const QString name = connectionName(path);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    // A read-only or damaged file still opens; the migrator reports it in plain words.
    if (db.open())
        configure(db);
    return db;
}

bool open(const QString &path, QString *error)
{
    const QFileInfo file(path);
    if (!file.exists() && !QDir().mkpath(file.absolutePath())) {
        *error = QCoreApplication::translate("Sportello::Db", "The folder %1 cannot be created.")
                     .arg(file.absolutePath());
        return false;
    }
    if (file.isDir()) {
        *error
            = QCoreApplication::translate("Sportello::Db", "%1 is a folder, not a database file.")
                  .arg(path);
        return false;
    }
    const QSqlDatabase db = connection(path);
    if (!db.isOpen()) {
        *error
            = QCoreApplication::translate("Sportello::Db", "The database %1 cannot be opened: %2")
                  .arg(path, db.lastError().text());
        return false;
    }
    const Migrator::Result result = Migrator::migrate(db);
    if (!result.ok()) {
        *error = result.message();
        return false;
    }
    return true;
}

void closeConnection(const QString &path)
{
    const QString name = connectionName(path);
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool execAll(const QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = query.lastError().text() + u" — "_s + statement.left(80);
            return false;
        }
    }
    return true;
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    return qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3 *const *>(handle.data())
        : nullptr;
}

bool isReadOnly(const QSqlDatabase &db)
{
    sqlite3 *handle = nativeHandle(db);
    return handle && sqlite3_db_readonly(handle, "main") == 1;
}

QString defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("SPORTELLO_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"sportello.sqlite"_s);
}

} // namespace Sportello::Db
