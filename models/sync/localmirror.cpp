#include "models/sync/localmirror.h"

#include "models/db/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello {

LocalMirror::LocalMirror(const QString &dbPath)
    : m_path(dbPath)
{ }

QSqlDatabase LocalMirror::database() const
{
    return Db::connection(m_path);
}

QStringList LocalMirror::syncedTables() const
{
    QStringList tables;
    QSqlQuery query(u"SELECT name FROM synced_table ORDER BY name"_s, database());
    while (query.next())
        tables << query.value(0).toString();
    return tables;
}

QStringList LocalMirror::columns(const QString &table)
{
    auto it = m_columns.find(table);
    if (it != m_columns.end())
        return *it;
    QStringList names;
    QSqlQuery query(database());
    query.prepare(u"SELECT name FROM pragma_table_info(?) ORDER BY cid"_s);
    query.addBindValue(table);
    query.exec();
    while (query.next())
        names << query.value(0).toString();
    m_columns.insert(table, names);
    return names;
}

bool LocalMirror::begin()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!db.transaction() || !query.exec(u"UPDATE sync_control SET applying = 1"_s)) {
        m_error = db.lastError().text() + query.lastError().text();
        return false;
    }
    m_unsent.clear();
    query.exec(u"SELECT DISTINCT table_name, row_id FROM outbox"_s);
    while (query.next())
        m_unsent.insert(query.value(0).toString() + u'/' + query.value(1).toString());
    return true;
}

bool LocalMirror::commit()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!query.exec(u"UPDATE sync_control SET applying = 0"_s) || !db.commit()) {
        m_error = query.lastError().text() + db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

void LocalMirror::rollback()
{
    database().rollback();
}

bool LocalMirror::hasUnsentChanges(const QString &table, const QString &id) const
{
    return m_unsent.contains(table + u'/' + id);
}

bool LocalMirror::takeRegional(const QString &table, const QVariantMap &row, bool *applied)
{
    QVariantList values;
    for (const QString &c : columns(table))
        values << row.value(c);
    return write(table, values, true, applied);
}

bool LocalMirror::upsert(const QString &table, const QVariantList &values, bool *applied)
{
    return write(table, values, false, applied);
}

bool LocalMirror::write(const QString &table, const QVariantList &values, bool sameVersion,
                        bool *applied)
{
    const QStringList cols = columns(table);
    const QString key = sameVersion ? table + u"/same"_s : table;
    auto it = m_upserts.find(key);
    if (it == m_upserts.end()) {
        it = m_upserts.try_emplace(key, database()).first;
        QStringList updates;
        for (const QString &c : cols) {
            if (c != u"id"_s)
                updates << u"%1 = excluded.%1"_s.arg(c);
        }
        if (!it->second.prepare(
                u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4 "
                "WHERE excluded.row_version %5 %1.row_version"_s.arg(
                    table, cols.join(u", "_s), QStringList(cols.size(), u"?"_s).join(u", "_s),
                    updates.join(u", "_s), sameVersion ? u">="_s : u">"_s))) {
            m_error = it->second.lastError().text();
            m_upserts.erase(it);
            return false;
        }
    }
    QSqlQuery &query = it->second;
    for (int i = 0; i < cols.size(); ++i)
        query.bindValue(i, values.value(i));
    m_refused = false;
    if (!query.exec()) {
        m_error = query.lastError().text();
        // SQLITE_CONSTRAINT, with its extended codes: the statement alone is undone.
        m_refused = (query.lastError().nativeErrorCode().toInt() & 0xff) == 19;
        return false;
    }
    *applied = query.numRowsAffected() > 0;
    return true;
}

QList<LocalMirror::Reference> LocalMirror::references(const QString &table)
{
    auto it = m_references.find(table);
    if (it != m_references.end())
        return *it;
    QList<Reference> references;
    QSqlQuery query(database());
    query.prepare(u"SELECT \"from\", \"table\", coalesce(\"to\", 'id') "
                  "FROM pragma_foreign_key_list(?)"_s);
    query.addBindValue(table);
    query.exec();
    while (query.next())
        references.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    m_references.insert(table, references);
    return references;
}

QStringList LocalMirror::missingReferences(const QString &table, const QStringList &ids)
{
    const auto refs = references(table);
    if (refs.isEmpty() || ids.isEmpty())
        return {};
    QStringList missing;
    for (const Reference &r : refs) {
        missing << u"(c.%1 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %2 p WHERE p.%3 = c.%1))"_s
                       .arg(r.column, r.parent, r.parentColumn);
    }
    QSqlQuery query(database());
    query.prepare(u"SELECT c.id FROM %1 c WHERE c.id IN (SELECT value FROM json_each(?)) AND (%2)"_s
                      .arg(table, missing.join(u" OR "_s)));
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
    QStringList found;
    if (!query.exec())
        return found;
    while (query.next())
        found << query.value(0).toString();
    return found;
}

QString LocalMirror::state(const QString &key) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT value FROM sync_state WHERE key = ?"_s);
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool LocalMirror::setState(const QString &key, const QString &value)
{
    QSqlQuery query(database());
    query.prepare(u"INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace Sportello
