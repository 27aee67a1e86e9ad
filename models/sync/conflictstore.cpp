#include "models/sync/conflictstore.h"

#include "models/access/auditdetail.h"
#include "models/access/auditlog.h"
#include "models/access/session.h"
#include "models/db/database.h"
#include "models/db/rowstamp.h"
#include "models/db/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello {

namespace {

const QStringList kSyncColumns {u"id"_s, u"municipality"_s, u"row_version"_s, u"updated_at"_s,
                                u"updated_by"_s};

QJsonObject objectOf(const QVariant &json)
{
    return QJsonDocument::fromJson(json.toString().toUtf8()).object();
}

} // namespace

ConflictStore::ConflictStore(const QString &dbPath)
    : m_path(dbPath)
{ }

QList<SyncConflict> ConflictStore::open(const QString &author) const
{
    QSqlQuery query(Db::connection(m_path));
    query.prepare(u"SELECT id, table_name, row_id, reason, base_version, server_version, mine, "
                  "theirs, recorded_at FROM sync_conflict WHERE resolved_at IS NULL "
                  "AND author = ? ORDER BY recorded_at"_s);
    query.addBindValue(author);
    query.exec();
    QList<SyncConflict> conflicts;
    while (query.next()) {
        conflicts.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
             query.value(3).toString(), query.value(4).toLongLong(), query.value(5).toLongLong(),
             objectOf(query.value(6)), objectOf(query.value(7)), query.value(8).toString()});
    }
    return conflicts;
}

int ConflictStore::openCount(const QString &author) const
{
    QSqlQuery query(Db::connection(m_path));
    query.prepare(u"SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL AND author = ?"_s);
    query.addBindValue(author);
    query.exec();
    return query.next() ? query.value(0).toInt() : 0;
}

QStringList ConflictStore::comparedFields(const SyncConflict &conflict) const
{
    QStringList fields;
    QSqlQuery query(Db::connection(m_path));
    query.prepare(u"SELECT name FROM pragma_table_info(?) ORDER BY cid"_s);
    query.addBindValue(conflict.table);
    query.exec();
    while (query.next()) {
        const QString column = query.value(0).toString();
        if (!kSyncColumns.contains(column)
            && (conflict.mine.contains(column) || conflict.theirs.contains(column)))
            fields << column;
    }
    return fields;
}

bool ConflictStore::resolve(const Session &session, const SyncConflict &conflict,
                            const QJsonObject &chosen, QString *error)
{
    const QSqlDatabase db = Db::connection(m_path);
    QStringList assignments;
    QVariantList values;
    for (auto it = chosen.begin(); it != chosen.end(); ++it) {
        if (kSyncColumns.contains(it.key()))
            continue;
        assignments << it.key() + u" = ?"_s;
        const QJsonValue v = it.value();
        values << (v.isDouble() ? QVariant(qint64(v.toDouble())) : v.toVariant());
    }
    Transaction transaction(db);
    QSqlQuery query(db);
    // The resolved row is a local edit like any other: captured, then pushed on the
    // regional version this desk now holds.
    query.prepare(u"UPDATE %1 SET %2, updated_at = ?, updated_by = ? WHERE id = ?"_s.arg(
        conflict.table, assignments.join(u", "_s)));
    for (const QVariant &v : std::as_const(values))
        query.addBindValue(v);
    query.addBindValue(RowStamp::now());
    query.addBindValue(session.username);
    query.addBindValue(conflict.rowId);
    bool ok = query.exec() && query.numRowsAffected() == 1;
    if (ok) {
        query.prepare(u"UPDATE sync_conflict SET resolved_at = ?, resolved_by = ? WHERE id = ?"_s);
        query.addBindValue(RowStamp::now());
        query.addBindValue(session.username);
        query.addBindValue(conflict.id);
        ok = query.exec();
    }
    ok = ok
        && AuditLog::record(db, session, AuditLog::Action::Update, conflict.table, conflict.rowId,
                            AuditLog::detail(u"conflict_resolved"_s))
        && transaction.commit();
    if (!ok)
        *error = QCoreApplication::translate("Sportello::ConflictStore",
                                             "The resolution could not be saved: %1")
                     .arg(query.lastError().text());
    return ok;
}

} // namespace Sportello
