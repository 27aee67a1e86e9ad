#include "models/sync/syncengine.h"

#include "models/db/bulkload.h"
#include "models/db/localstate.h"
#include "models/db/rowstamp.h"
#include "models/sync/centralschema.h"
#include "models/sync/localmirror.h"
#include "models/sync/referencedata.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello {

namespace {

Q_LOGGING_CATEGORY(lcSync, "sportello.sync", QtInfoMsg)

struct OutboxEntry
{
    qint64 seq;
    QString mutationId;
    QString table;
    QString rowId;
    QString op;
    qint64 baseVersion;
    QString payload;
};

QVariantMap rowFromJson(const QJsonObject &object)
{
    QVariantMap row;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        row.insert(it.key(),
                   v.isDouble()     ? QVariant(qint64(v.toDouble()))
                       : v.isNull() ? QVariant()
                                    : v.toVariant());
    }
    return row;
}

constexpr qint64 kBulkLoadThreshold = 20000;

QString uuidArray(const QStringList &ids)
{
    return u'{' + ids.join(u',') + u'}';
}

} // namespace

SyncEngine::SyncEngine(const QString &localPath, const QString &centralConnection)
    : m_localPath(localPath)
    , m_central(centralConnection)
{ }

bool SyncEngine::fail(SyncReport *report, const QString &message)
{
    if (report->failure == Central::Failure::None)
        report->failure = Central::classify(message);
    if (report->error.isEmpty())
        report->error = report->failure == Central::Failure::Unreachable
            ? QCoreApplication::translate("Sportello::SyncEngine",
                                          "The connection to the regional database was lost: %1")
                  .arg(message.simplified())
            : message.simplified();
    return false;
}

SyncReport SyncEngine::run(const std::function<void(const Progress &)> &progress)
{
    SyncReport report;
    report.completed = handshake(&report) && push(&report, progress) && pull(&report, progress)
        && pullStaff(&report) && pullReference(&report) && sendResolutions(&report);
    report.pending = LocalState::pendingChanges(m_localPath);
    if (report.completed) {
        LocalMirror local(m_localPath);
        local.setState(u"last_sync"_s, RowStamp::now());
    }
    return report;
}

bool SyncEngine::handshake(SyncReport *report)
{
    if (LocalState::isDemo(m_localPath)) {
        report->failure = Central::Failure::Incompatible;
        report->error = QCoreApplication::translate(
            "Sportello::SyncEngine",
            "This is demo data: it is never sent to the regional database.");
        return false;
    }
    QString error;
    const int version = CentralSchema::version(QSqlDatabase::database(m_central), &error);
    if (version < 0)
        return fail(report, error);
    if (version != CentralSchema::latestVersion()) {
        report->failure = Central::Failure::Incompatible;
        report->error = version < CentralSchema::latestVersion()
            ? QCoreApplication::translate(
                  "Sportello::SyncEngine",
                  "The regional database has schema %1 and this program needs %2: the region "
                  "must run sportello central init.")
                  .arg(version)
                  .arg(CentralSchema::latestVersion())
            : QCoreApplication::translate(
                  "Sportello::SyncEngine",
                  "The regional database has schema %1, newer than this program (%2): update "
                  "Sportello.")
                  .arg(version)
                  .arg(CentralSchema::latestVersion());
        return false;
    }
    QSqlQuery query(u"SELECT name FROM sync.synced_table"_s, QSqlDatabase::database(m_central));
    QStringList central;
    while (query.next())
        central << query.value(0).toString();
    for (const QString &table : LocalMirror(m_localPath).syncedTables()) {
        if (!central.contains(table)) {
            report->failure = Central::Failure::Incompatible;
            report->error = QCoreApplication::translate(
                                "Sportello::SyncEngine",
                                "The regional database does not keep the table %1: the region "
                                "must run sportello central init.")
                                .arg(table);
            return false;
        }
    }
    query.exec(u"SELECT sync.my_municipality()"_s);
    if (!query.next())
        return fail(report, query.lastError().text());
    if (query.value(0).isNull()) {
        report->failure = Central::Failure::Incompatible;
        report->error = QCoreApplication::translate(
            "Sportello::SyncEngine",
            "This account is not enabled for Sportello in the regional database.");
        return false;
    }
    return true;
}

bool SyncEngine::cancelled(SyncReport *report) const
{
    if (!m_cancel || !m_cancel->load())
        return false;
    report->failure = Central::Failure::Unreachable; // stopped between steps: nothing lost
    report->error = QCoreApplication::translate("Sportello::SyncEngine", "Sync interrupted.");
    return true;
}

bool SyncEngine::push(SyncReport *report, const std::function<void(const Progress &)> &progress)
{
    LocalMirror local(m_localPath);
    const QSqlDatabase central = QSqlDatabase::database(m_central);
    const qint64 total = LocalState::pendingChanges(m_localPath);
    qint64 done = 0;
    for (;;) {
        if (cancelled(report))
            return false;
        QList<OutboxEntry> batch;
        QSqlQuery read(local.database());
        read.prepare(u"SELECT seq, mutation_id, table_name, row_id, op, base_version, payload "
                     "FROM outbox ORDER BY seq LIMIT ?"_s);
        read.addBindValue(m_batchSize);
        read.exec();
        while (read.next()) {
            batch.append({read.value(0).toLongLong(), read.value(1).toString(),
                          read.value(2).toString(), read.value(3).toString(),
                          read.value(4).toString(), read.value(5).toLongLong(),
                          read.value(6).toString()});
        }
        if (batch.isEmpty())
            return true;

        QJsonArray mutations;
        for (const OutboxEntry &e : std::as_const(batch)) {
            mutations.append(
                QJsonObject {{u"mutation_id"_s, e.mutationId},
                             {u"table"_s, e.table},
                             {u"id"_s, e.rowId},
                             {u"op"_s, e.op},
                             {u"base_version"_s, e.baseVersion},
                             {u"row"_s, QJsonDocument::fromJson(e.payload.toUtf8()).object()}});
        }
        QSqlQuery call(central);
        call.prepare(u"SELECT sync.push(?::jsonb)::text"_s);
        call.addBindValue(
            QString::fromUtf8(QJsonDocument(mutations).toJson(QJsonDocument::Compact)));
        if (!call.exec() || !call.next())
            return fail(report, call.lastError().text());
        const QJsonArray results
            = QJsonDocument::fromJson(call.value(0).toString().toUtf8()).array();
        if (results.size() != batch.size())
            return fail(report,
                        QCoreApplication::translate(
                            "Sportello::SyncEngine",
                            "The regional database answered a batch incompletely."));

        // The conflicts of this batch, with both versions, before the local transaction.
        QStringList conflictIds;
        for (const QJsonValue &r : results) {
            if (r[u"status"_s].toString() == u"conflict"_s)
                conflictIds << r[u"conflict_id"_s].toString();
        }
        QList<QVariantList> conflicts;
        if (!conflictIds.isEmpty()) {
            QSqlQuery fetch(central);
            fetch.prepare(u"SELECT id::text, table_name, row_id::text, reason, base_version, "
                          "server_version, mine::text, theirs::text FROM sync.conflict "
                          "WHERE id = ANY(?::uuid[])"_s);
            fetch.addBindValue(uuidArray(conflictIds));
            if (!fetch.exec())
                return fail(report, fetch.lastError().text());
            while (fetch.next()) {
                QVariantList c;
                for (int i = 0; i < 8; ++i)
                    c << fetch.value(i);
                conflicts << c;
            }
        }

        if (!local.begin())
            return fail(report, local.lastError());
        // Prepared once per batch: statements on tables with triggers are costly to compile.
        QSqlQuery q(local.database());
        QSqlQuery sent(local.database());
        sent.prepare(u"DELETE FROM outbox WHERE seq = ?"_s);
        QSqlQuery rebase(local.database());
        rebase.prepare(u"UPDATE outbox SET base_version = ? WHERE table_name = ? AND row_id = ? "
                       "AND base_version = ? AND seq > ?"_s);
        std::map<QString, QSqlQuery> versions;
        bool ok = true;
        for (int i = 0; ok && i < batch.size(); ++i) {
            const OutboxEntry &e = batch.at(i);
            const QJsonObject r = results.at(i).toObject();
            sent.bindValue(0, e.seq);
            ok = sent.exec();
            if (r[u"status"_s].toString() != u"applied"_s) {
                ++report->conflicts;
                continue;
            }
            ++report->pushed;
            if (e.op == u"delete"_s)
                continue; // the row is gone here; nothing to stamp
            const qint64 version = qint64(r[u"row_version"_s].toDouble());
            auto [taken, added] = versions.try_emplace(e.table, local.database());
            if (added)
                taken->second.prepare(u"UPDATE %1 SET row_version = ? WHERE id = ?"_s.arg(e.table));
            taken->second.bindValue(0, version);
            taken->second.bindValue(1, e.rowId);
            ok = ok && taken->second.exec();
            // Later edits of the same row were made on the same base: they now follow this one.
            int position = 0;
            for (const QVariant &v : {QVariant(version), QVariant(e.table), QVariant(e.rowId),
                                      QVariant(e.baseVersion), QVariant(e.seq)})
                rebase.bindValue(position++, v);
            ok = ok && rebase.exec();
        }
        for (const QVariantList &c : std::as_const(conflicts)) {
            if (!ok)
                break;
            q.prepare(u"INSERT OR IGNORE INTO sync_conflict (id, table_name, row_id, reason, "
                      "base_version, server_version, mine, theirs, recorded_at) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
            for (const QVariant &v : c)
                q.addBindValue(v);
            q.addBindValue(RowStamp::now());
            ok = q.exec();
            // The regional version becomes the local row; mine waits in the conflict.
            const QJsonObject theirs
                = QJsonDocument::fromJson(c.at(7).toString().toUtf8()).object();
            bool applied = false;
            if (ok && !theirs.isEmpty() && c.at(1).toString() != u"audit_event"_s)
                ok = local.upsert(c.at(1).toString(), rowFromJson(theirs), &applied);
        }
        if (!ok) {
            local.rollback();
            return fail(report, q.lastError().text() + local.lastError());
        }
        if (!local.commit())
            return fail(report, local.lastError());
        done += batch.size();
        if (progress)
            progress({Progress::Stage::Push, done, total});
    }
}

bool SyncEngine::pull(SyncReport *report, const std::function<void(const Progress &)> &progress)
{
    LocalMirror local(m_localPath);
    const QSqlDatabase central = QSqlDatabase::database(m_central);
    QString txid = local.state(u"pull_txid"_s);
    qint64 seq = local.state(u"pull_seq"_s).toLongLong();
    if (txid.isEmpty())
        txid = u"0"_s;

    // Only transactions older than every one still running: the set below this mark can
    // no longer grow, so paging by (txid, seq) skips nothing that commits late.
    QSqlQuery page(central);
    page.setForwardOnly(true);
    qint64 total = -1;
    QSqlQuery count(central);
    count.prepare(u"SELECT count(*) FROM sync.change_log WHERE (txid, seq) > (?::xid8, ?) AND "
                  "txid < pg_snapshot_xmin(pg_current_snapshot())"_s);
    count.addBindValue(txid);
    count.addBindValue(seq);
    if (count.exec() && count.next())
        total = count.value(0).toLongLong();
    qint64 done = 0;

    // A desk's first pull of a large region is one bulk load: one local transaction, the
    // indexes and derived triggers rebuilt once at the end. Cut anywhere, it rolls back
    // whole and the next cycle starts it again.
    const bool initial = txid == u"0"_s && seq == 0 && total > kBulkLoadThreshold;
    BulkLoad bulk;
    QString error;
    if (initial && (!local.begin() || !bulk.start(local.database(), &error))) {
        local.rollback();
        return fail(report, error + local.lastError());
    }

    for (;;) {
        if (cancelled(report)) {
            if (initial)
                local.rollback();
            return false;
        }
        // Ordered by the xid8 column itself: "txid" alone would name the text output column
        // and sort "1000" before "924".
        page.prepare(u"SELECT c.txid::text, c.seq, c.table_name, c.id::text FROM sync.change_log c "
                     "WHERE (c.txid, c.seq) > (?::xid8, ?) AND "
                     "c.txid < pg_snapshot_xmin(pg_current_snapshot()) "
                     "ORDER BY c.txid, c.seq LIMIT ?"_s);
        page.addBindValue(txid);
        page.addBindValue(seq);
        page.addBindValue(m_pageSize);
        if (!page.exec()) {
            if (initial)
                local.rollback();
            return fail(report, page.lastError().text());
        }
        QHash<QString, QStringList> idsByTable;
        int entries = 0;
        while (page.next()) {
            txid = page.value(0).toString();
            seq = page.value(1).toLongLong();
            idsByTable[page.value(2).toString()] << page.value(3).toString();
            ++entries;
        }
        if (entries == 0) {
            if (initial && (!bulk.finish(local.database(), &error) || !local.commit())) {
                local.rollback();
                return fail(report, error + local.lastError());
            }
            return true;
        }

        // The current image of every row of the page, read before the local transaction.
        QHash<QString, QList<QVariantList>> rowsByTable; // values in local column order
        for (auto it = idsByTable.cbegin(); it != idsByTable.cend(); ++it) {
            const QStringList columns = local.columns(it.key());
            if (columns.isEmpty())
                continue; // a table this desk does not keep
            QStringList select;
            for (const QString &c : columns)
                select << c + u"::text"_s;
            QSqlQuery rows(central);
            rows.setForwardOnly(true);
            rows.prepare(u"SELECT %1 FROM sportello.%2 WHERE id = ANY(?::uuid[])"_s.arg(
                select.join(u", "_s), it.key()));
            rows.addBindValue(uuidArray(it.value()));
            if (!rows.exec()) {
                // A table this login may write but not read (the audit log) has nothing to pull.
                if (Central::classify(rows.lastError().text()) == Central::Failure::Refused)
                    continue;
                if (initial)
                    local.rollback();
                return fail(report, rows.lastError().text());
            }
            QList<QVariantList> &list = rowsByTable[it.key()];
            while (rows.next()) {
                QVariantList row;
                row.reserve(columns.size());
                for (int i = 0; i < columns.size(); ++i)
                    row << rows.value(i);
                list << row;
            }
        }

        if (!initial && !local.begin())
            return fail(report, local.lastError());
        bool ok = true;
        for (auto it = rowsByTable.cbegin(); ok && it != rowsByTable.cend(); ++it) {
            const qsizetype idColumn = local.columns(it.key()).indexOf(u"id"_s);
            for (const QVariantList &row : it.value()) {
                if (local.hasUnsentChanges(it.key(), row.value(idColumn).toString())) {
                    qCDebug(lcSync)
                        << "left for the next push:" << it.key() << row.value(idColumn).toString();
                    continue; // the next push decides; a conflict brings the regional version
                }
                bool applied = false;
                ok = local.upsert(it.key(), row, &applied);
                if (!ok)
                    break;
                if (applied)
                    ++report->pulled;
            }
        }
        qCDebug(lcSync) << "pulled a page up to" << txid << seq << "entries" << entries;
        ok = ok && local.setState(u"pull_txid"_s, txid)
            && local.setState(u"pull_seq"_s, QString::number(seq));
        if (!ok) {
            local.rollback();
            return fail(report, local.lastError());
        }
        if (!initial && !local.commit())
            return fail(report, local.lastError());
        done += entries;
        if (progress)
            progress({Progress::Stage::Pull, done, total});
    }
}

bool SyncEngine::pullStaff(SyncReport *report)
{
    QSqlQuery staff(u"SELECT username::text, display_name, role, municipality, active "
                    "FROM sportello.staff"_s,
                    QSqlDatabase::database(m_central));
    if (!staff.isActive())
        return fail(report, staff.lastError().text());
    LocalMirror local(m_localPath);
    QSqlDatabase db = local.database();
    if (!db.transaction())
        return fail(report, db.lastError().text());
    QSqlQuery q(db);
    bool ok = true;
    const QString now = RowStamp::now();
    while (ok && staff.next()) {
        // A new account signs in online first; that sign-in stores its password hash here.
        q.prepare(u"INSERT INTO staff_account (username, display_name, role, municipality, "
                  "password_hash, active, created_at, updated_at) VALUES (?, ?, ?, ?, '', ?, ?, ?) "
                  "ON CONFLICT (username) DO UPDATE SET display_name = excluded.display_name, "
                  "role = excluded.role, municipality = excluded.municipality, "
                  "active = excluded.active, updated_at = excluded.updated_at"_s);
        for (int i = 0; i < 4; ++i)
            q.addBindValue(staff.value(i));
        q.addBindValue(staff.value(4).toBool() ? 1 : 0);
        q.addBindValue(now);
        q.addBindValue(now);
        ok = q.exec();
    }
    if (!ok || !db.commit()) {
        db.rollback();
        return fail(report, q.lastError().text());
    }
    return true;
}

bool SyncEngine::pullReference(SyncReport *report)
{
    QString error;
    const int groups = ReferenceData::pull(QSqlDatabase::database(m_central), m_localPath, &error);
    if (groups < 0)
        return fail(report, error);
    report->referenceGroups = groups;
    return true;
}

bool SyncEngine::sendResolutions(SyncReport *report)
{
    LocalMirror local(m_localPath);
    QSqlQuery resolved(u"SELECT id FROM sync_conflict WHERE resolved_at IS NOT NULL AND "
                       "resolution_sent = 0"_s,
                       local.database());
    QStringList ids;
    while (resolved.next())
        ids << resolved.value(0).toString();
    if (ids.isEmpty())
        return true;
    QSqlQuery send(QSqlDatabase::database(m_central));
    send.prepare(u"UPDATE sync.conflict SET resolved_by = session_user, resolved_at = now() "
                 "WHERE id = ANY(?::uuid[]) AND resolved_at IS NULL"_s);
    send.addBindValue(uuidArray(ids));
    if (!send.exec())
        return fail(report, send.lastError().text());
    QSqlQuery mark(local.database());
    mark.prepare(u"UPDATE sync_conflict SET resolution_sent = 1 WHERE id = ?"_s);
    for (const QString &id : std::as_const(ids)) {
        mark.addBindValue(id);
        mark.exec();
    }
    return true;
}

} // namespace Sportello
