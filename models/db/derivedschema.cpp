#include "models/db/derivedschema.h"

#include "models/db/database.h"
#include "models/registry/searchkey.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello::DerivedSchema {

namespace {

// A random (v4) UUID in SQL, so a row written from any tool gets a mutation id.
const QString kUuidSql = u"lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
                         "substr(hex(randomblob(2)), 2) || '-' || "
                         "substr('89ab', 1 + (abs(random()) % 4), 1) || "
                         "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"_s;
const QString kNowSql = u"strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"_s;
const QString kNotApplying = u"(SELECT applying FROM sync_control) = 0"_s;

QStringList syncedTables(const QSqlDatabase &db)
{
    QStringList tables;
    QSqlQuery query(u"SELECT name FROM synced_table ORDER BY name"_s, db);
    while (query.next())
        tables << query.value(0).toString();
    return tables;
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery query(db);
    query.prepare(u"SELECT name FROM pragma_table_info(?) ORDER BY cid"_s);
    query.addBindValue(table);
    query.exec();
    while (query.next())
        columns << query.value(0).toString();
    return columns;
}

QString jsonOfNew(const QStringList &columns)
{
    QStringList pairs;
    for (const QString &c : columns)
        pairs << u"'%1', NEW.%1"_s.arg(c);
    return u"json_object(%1)"_s.arg(pairs.join(u", "_s));
}

QString anyColumnChanged(const QStringList &columns)
{
    QStringList changes;
    for (const QString &c : columns)
        changes << u"OLD.%1 IS NOT NEW.%1"_s.arg(c);
    return u"(%1)"_s.arg(changes.join(u" OR "_s));
}

QStringList captureTriggers(const QString &table, const QStringList &columns)
{
    // The author of a change is the staff member the row names in updated_by.
    const QString insertOutbox
        = u"INSERT INTO outbox (mutation_id, table_name, row_id, op, base_version, payload, "
          "created_at, author) VALUES (%1, '%2', %3, '%4', %5, %6, %7, %8);"_s;
    return {
        u"CREATE TRIGGER %1_capture_insert AFTER INSERT ON %1 WHEN %2 BEGIN %3 END"_s.arg(
            table, kNotApplying,
            insertOutbox.arg(kUuidSql, table, u"NEW.id"_s, u"insert"_s, u"NEW.row_version"_s,
                             jsonOfNew(columns), kNowSql, u"NEW.updated_by"_s)),
        u"CREATE TRIGGER %1_capture_update AFTER UPDATE ON %1 WHEN %2 AND %3 BEGIN %4 END"_s.arg(
            table, kNotApplying, anyColumnChanged(columns),
            insertOutbox.arg(kUuidSql, table, u"NEW.id"_s, u"update"_s, u"OLD.row_version"_s,
                             jsonOfNew(columns), kNowSql, u"NEW.updated_by"_s)),
        u"CREATE TRIGGER %1_capture_delete AFTER DELETE ON %1 WHEN %2 BEGIN %3 END"_s.arg(
            table, kNotApplying,
            insertOutbox.arg(kUuidSql, table, u"OLD.id"_s, u"delete"_s, u"OLD.row_version"_s,
                             u"NULL"_s, kNowSql, u"OLD.updated_by"_s)),
    };
}

// The ASCII part of SearchKey::nameKey over a citizen row; prefix is "NEW." in a trigger.
QString asciiNameKey(const QString &prefix)
{
    return SearchKey::sqlAsciiFold(prefix + u"surname"_s) + u" || ' ' || "_s
        + SearchKey::sqlAsciiFold(prefix + u"given_names"_s);
}

// Statements writing the search row of NEW (if live), folded completely.
QString writeSearchRow()
{
    QStringList statements {
        u"INSERT OR REPLACE INTO citizen_search (citizen_id, name_key, birth_date, fiscal_code) "
        "SELECT NEW.id, %1, NEW.birth_date, upper(NEW.fiscal_code) WHERE NEW.deleted = 0;"_s.arg(
            asciiNameKey(u"NEW."_s))};
    // The accent pass only for names that have accents (most have none: bulk loads stay fast).
    for (const QString &update :
         SearchKey::sqlNonAsciiUpdates(u"citizen_search"_s, u"name_key"_s,
                                       u"(NEW.surname || NEW.given_names) GLOB '*[^ -~]*' AND "
                                       "citizen_id = NEW.id"_s))
        statements << update + u';';
    return statements.join(u' ');
}

QStringList citizenSearchTriggers()
{
    return {
        u"CREATE TRIGGER citizen_search_insert AFTER INSERT ON citizen BEGIN %1 END"_s.arg(
            writeSearchRow()),
        u"CREATE TRIGGER citizen_search_update AFTER UPDATE OF surname, given_names, "
        "birth_date, fiscal_code, deleted ON citizen BEGIN "
        "DELETE FROM citizen_search WHERE citizen_id = OLD.id; %1 END"_s.arg(writeSearchRow()),
        u"CREATE TRIGGER citizen_search_delete AFTER DELETE ON citizen BEGIN "
        "DELETE FROM citizen_search WHERE citizen_id = OLD.id; END"_s,
    };
}

QStringList dropStatements(const QSqlDatabase &db)
{
    QStringList statements;
    QSqlQuery query(u"SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                    "(name GLOB '*_capture_*' OR name GLOB 'citizen_search_*')"_s,
                    db);
    while (query.next())
        statements << u"DROP TRIGGER %1"_s.arg(query.value(0).toString());
    return statements;
}

} // namespace

bool dropForBulkLoad(const QSqlDatabase &db, QString *error)
{
    return Db::execAll(
        db, dropStatements(db) << u"DELETE FROM app_meta WHERE key = 'derived_schema'"_s, error);
}

bool refresh(const QSqlDatabase &db, QString *error)
{
    QStringList creates;
    for (const QString &table : syncedTables(db))
        creates << captureTriggers(table, columnsOf(db, table));
    creates << citizenSearchTriggers();

    const QString fingerprint = QString::fromLatin1(
        QCryptographicHash::hash(creates.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex());
    QSqlQuery query(db);
    query.exec(u"SELECT value FROM app_meta WHERE key = 'derived_schema'"_s);
    if (query.next() && query.value(0).toString() == fingerprint)
        return true;

    QStringList statements = dropStatements(db);
    statements << creates;
    // Keys computed by an older fold are rebuilt with the new one.
    statements << u"DELETE FROM citizen_search"_s
               << u"INSERT INTO citizen_search (citizen_id, name_key, birth_date, fiscal_code) "
                  "SELECT id, %1, birth_date, upper(fiscal_code) FROM citizen WHERE deleted = 0"_s
                      .arg(asciiNameKey(QString()))
               << SearchKey::sqlNonAsciiUpdates(u"citizen_search"_s, u"name_key"_s, u"1"_s);
    if (!Db::execAll(db, statements, error))
        return false;
    query.prepare(u"INSERT OR REPLACE INTO app_meta (key, value) VALUES ('derived_schema', ?)"_s);
    query.addBindValue(fingerprint);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace Sportello::DerivedSchema
