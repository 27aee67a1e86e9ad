#include "models/sync/centralschema.h"

#include "models/access/staffrepository.h"
#include "models/db/migrator.h"
#include "models/registry/municipalities.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace Sportello::CentralSchema {

namespace {

PGconn *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt registers the handle under libpq's struct name.
    const bool pg
        = qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0;
    return pg ? *static_cast<PGconn *const *>(handle.data()) : nullptr;
}

bool exec(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    *error = query.lastError().text().simplified();
    return false;
}

} // namespace

int latestVersion()
{
    const auto files = Migrator::numberedFiles(u":/sql/central"_s);
    return files.empty() ? 0 : files.rbegin()->first;
}

QString groupRole(Role role)
{
    return u"sportello_"_s + Roles::id(role);
}

int version(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!exec(query, u"SELECT to_regclass('sync.schema_version') IS NOT NULL"_s, error)
        || !query.next())
        return -1;
    if (!query.value(0).toBool())
        return 0;
    if (!exec(query, u"SELECT max(version) FROM sync.schema_version"_s, error))
        return -1;
    return query.next() ? query.value(0).toInt() : 0;
}

bool init(const QSqlDatabase &db, QString *error)
{
    const int current = version(db, error);
    if (current < 0)
        return false;
    if (current > latestVersion()) {
        *error = QCoreApplication::translate(
                     "Sportello::CentralSchema",
                     "The regional database has schema %1, newer than this program (%2).")
                     .arg(current)
                     .arg(latestVersion());
        return false;
    }
    QSqlQuery query(db);
    for (const auto &[number, path] : Migrator::numberedFiles(u":/sql/central"_s)) {
        if (number <= current)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        // One transaction per file; the file runs as one multi-statement query.
        const QString sql = QString::fromUtf8(file.readAll());
        if (!exec(query, u"BEGIN"_s, error))
            return false;
        if (!exec(query, sql, error)
            || !exec(query,
                     u"DELETE FROM sync.schema_version; INSERT INTO sync.schema_version "
                     "VALUES (%1)"_s.arg(number),
                     error)) {
            QSqlQuery(u"ROLLBACK"_s, db);
            *error = QCoreApplication::translate("Sportello::CentralSchema",
                                                 "Central schema %1 was not applied: %2")
                         .arg(number)
                         .arg(*error);
            return false;
        }
        if (!exec(query, u"COMMIT"_s, error))
            return false;
    }
    // Each login carries its own timeouts: a group role's settings are not inherited.
    return exec(query,
                u"SELECT sync.set_login_timeouts(u.rolname) FROM pg_roles u WHERE u.rolcanlogin "
                "AND EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "WHERE m.member = u.oid AND g.rolname LIKE 'sportello\\_%')"_s,
                error);
}

namespace {

// Inside the caller's transaction: creates or updates the login role with a SCRAM-SHA-256
// verifier computed here, so the password itself never travels or reaches a log, and
// makes it a member of `group` and of no other Sportello group.
bool setLogin(const QSqlDatabase &db, const QString &username, const QString &password,
              const QString &group, QString *error)
{
    PGconn *conn = nativeHandle(db);
    if (!conn) {
        *error = u"not a PostgreSQL connection"_s;
        return false;
    }
    const QByteArray user = username.toUtf8();
    char *verifier = PQencryptPasswordConn(conn, password.toUtf8().constData(), user.constData(),
                                           "scram-sha-256");
    if (!verifier) {
        *error = QString::fromUtf8(PQerrorMessage(conn)).simplified();
        return false;
    }
    const QString scram = QString::fromLatin1(verifier);
    PQfreemem(verifier);

    // A login may contain dots (m.rossi): quote it whole, not as schema.name.
    const QString login = u'"' + QString(username).replace(u'"', u"\"\""_s) + u'"';
    const QString literal = u"'"_s + QString(scram).replace(u'\'', u"''"_s) + u"'"_s;
    QSqlQuery query(db);
    query.prepare(u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s);
    query.addBindValue(username);
    bool ok = query.exec();
    const bool exists = ok && query.next();
    ok = ok
        && exec(
             query,
             (exists ? u"ALTER ROLE %1 LOGIN PASSWORD %2"_s : u"CREATE ROLE %1 LOGIN PASSWORD %2"_s)
                 .arg(login, literal),
             error);
    QStringList groups;
    if (ok) {
        query.prepare(u"SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = "
                      "m.roleid JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ?"_s);
        query.addBindValue(username);
        ok = query.exec();
        while (ok && query.next())
            groups << query.value(0).toString();
    }
    QStringList sportelloGroups {groupRole(RegionRole::Officer),
                                 groupRole(RegionRole::Administrator)};
    for (Role role : Roles::all())
        sportelloGroups << groupRole(role);
    for (const QString &other : std::as_const(sportelloGroups)) {
        if (other == group && !groups.contains(other))
            ok = ok && exec(query, u"GRANT %1 TO %2"_s.arg(other, login), error);
        else if (other != group && groups.contains(other))
            ok = ok && exec(query, u"REVOKE %1 FROM %2"_s.arg(other, login), error);
    }
    if (ok) {
        query.prepare(u"SELECT sync.set_login_timeouts(?)"_s);
        query.addBindValue(username);
        ok = query.exec();
        if (!ok)
            *error = query.lastError().text().simplified();
    }
    return ok;
}

bool commitOrRollBack(const QSqlDatabase &db, bool ok, QString *error)
{
    QSqlQuery query(db);
    if (!ok) {
        query.exec(u"ROLLBACK"_s);
        return false;
    }
    return exec(query, u"COMMIT"_s, error);
}

} // namespace

bool addUser(const QSqlDatabase &db, const QString &username, const QString &displayName, Role role,
             const QString &municipality, const QString &password, QString *error)
{
    *error = StaffRepository::checkUsername(username);
    if (error->isEmpty())
        *error = StaffRepository::checkPassword(password);
    if (error->isEmpty() && !Municipalities::isIstatCode(municipality))
        *error = QCoreApplication::translate("Sportello::CentralSchema",
                                             "The municipality is its six-digit ISTAT code.");
    if (!error->isEmpty())
        return false;
    QSqlQuery query(db);
    if (!exec(query, u"BEGIN"_s, error))
        return false;
    bool ok = setLogin(db, username, password, groupRole(role), error);
    if (ok) {
        query.prepare(u"INSERT INTO sportello.staff (username, display_name, role, municipality, "
                      "active) VALUES (?, ?, ?, ?, true) ON CONFLICT (username) DO UPDATE SET "
                      "display_name = excluded.display_name, role = excluded.role, "
                      "municipality = excluded.municipality, active = true"_s);
        query.addBindValue(username);
        query.addBindValue(displayName.isEmpty() ? username : displayName);
        query.addBindValue(Roles::id(role));
        query.addBindValue(municipality);
        ok = query.exec();
        if (!ok)
            *error = query.lastError().text().simplified();
    }
    return commitOrRollBack(db, ok, error);
}

bool addRegionUser(const QSqlDatabase &db, const QString &username, const QString &password,
                   RegionRole role, QString *error)
{
    *error = StaffRepository::checkUsername(username);
    if (error->isEmpty())
        *error = StaffRepository::checkPassword(password);
    if (!error->isEmpty())
        return false;
    QSqlQuery query(db);
    if (!exec(query, u"BEGIN"_s, error))
        return false;
    bool ok = setLogin(db, username, password, groupRole(role), error);
    if (ok) {
        // The region's staff work on no municipality's data: no desk account.
        query.prepare(u"UPDATE sportello.staff SET active = false WHERE username = ?"_s);
        query.addBindValue(username);
        ok = query.exec();
    }
    if (ok) {
        query.prepare(u"INSERT INTO sync.region_staff (username, role, active) VALUES (?, ?, true) "
                      "ON CONFLICT (username) DO UPDATE SET role = excluded.role, active = true"_s);
        query.addBindValue(username);
        query.addBindValue(role == RegionRole::Officer ? u"region"_s : u"region_admin"_s);
        ok = query.exec();
    }
    if (!ok && error->isEmpty())
        *error = query.lastError().text().simplified();
    return commitOrRollBack(db, ok, error);
}

bool deactivate(const QSqlDatabase &db, const QString &username, QString *error)
{
    QSqlQuery query(db);
    if (!exec(query, u"BEGIN"_s, error))
        return false;
    int found = 0;
    bool ok = true;
    for (const QString &table : {u"sportello.staff"_s, u"sync.region_staff"_s}) {
        query.prepare(u"UPDATE %1 SET active = false WHERE username = ?"_s.arg(table));
        query.addBindValue(username);
        ok = ok && query.exec();
        found += ok ? query.numRowsAffected() : 0;
    }
    if (!ok)
        *error = query.lastError().text().simplified();
    else if (found == 0) {
        *error = QCoreApplication::translate("Sportello::CentralSchema",
                                             "%1 is not a member of Sportello's staff.")
                     .arg(username);
        ok = false;
    }
    return commitOrRollBack(db, ok, error);
}

QString groupRole(RegionRole role)
{
    return role == RegionRole::Officer ? u"sportello_region"_s : u"sportello_region_admin"_s;
}

} // namespace Sportello::CentralSchema
