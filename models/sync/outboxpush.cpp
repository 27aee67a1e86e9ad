#include "models/sync/outboxpush.h"

#include "models/db/rowstamp.h"
#include "models/sync/localmirror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

using namespace Qt::StringLiterals;

namespace Sportello {

namespace {

struct Entry
{
    qint64 seq = 0;
    QString mutationId;
    QString table;
    QString rowId;
    QString op;
    qint64 baseVersion = 0;
    QString payload;
    QString author;
};

const QString kEntryColumns
    = u"seq, mutation_id, table_name, row_id, op, base_version, payload, author"_s;

Entry entryOf(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(), q.value(5).toLongLong(),
            q.value(6).toString(),   q.value(7).toString()};
}

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

QString uuidArray(const QStringList &ids)
{
    return u'{' + ids.join(u',') + u'}';
}

// A conflict as the desk keeps it: id, table, row, reason, base, server version, mine, theirs.
using ConflictRow = QVariantList;

} // namespace

OutboxPush::OutboxPush(const QString &localPath, const QString &centralConnection,
                       const QString &login, const QString &deskId)
    : m_path(localPath)
    , m_central(centralConnection)
    , m_login(login)
    , m_deskId(deskId)
{ }

bool OutboxPush::run(int batchSize, const std::function<bool()> &cancelled,
                     const std::function<void(qint64, qint64)> &progress, Outcome *outcome,
                     QString *error)
{
    LocalMirror local(m_path);
    const QSqlDatabase central = QSqlDatabase::database(m_central);

    // What this login sends now, decided once over the whole outbox, in order.
    QList<qint64> sendable;
    {
        QSet<QString> waitingRows; // "table/id" with an entry that is not sent now
        QSet<QString> waitingInserts; // rows not in the region yet, nor sent now
        QSqlQuery read(local.database());
        read.setForwardOnly(true);
        if (!read.exec(u"SELECT %1 FROM outbox ORDER BY seq"_s.arg(kEntryColumns))) {
            *error = read.lastError().text();
            return false;
        }
        while (read.next()) {
            const Entry e = entryOf(read);
            const QString key = e.table + u'/' + e.rowId;
            const bool deskEvent = e.author.isEmpty() && e.table == u"audit_event"_s;
            bool waits = (e.author != m_login && !deskEvent) || waitingRows.contains(key);
            if (!waits && e.op != u"delete"_s) {
                const auto references = local.references(e.table);
                if (!references.isEmpty()) {
                    const QJsonObject row = QJsonDocument::fromJson(e.payload.toUtf8()).object();
                    for (const LocalMirror::Reference &r : references) {
                        const QString parent = row.value(r.column).toString();
                        if (!parent.isEmpty() && waitingInserts.contains(r.parent + u'/' + parent)) {
                            waits = true;
                            break;
                        }
                    }
                }
            }
            if (waits) {
                waitingRows.insert(key);
                if (e.op == u"insert"_s)
                    waitingInserts.insert(key);
            } else {
                sendable << e.seq;
            }
        }
    }

    const qint64 total = sendable.size();
    qint64 done = 0;
    for (qsizetype first = 0; first < sendable.size(); first += batchSize) {
        if (cancelled())
            return false;
        const QList<qint64> seqs = sendable.mid(first, batchSize);
        const QSet<qint64> wanted(seqs.cbegin(), seqs.cend());
        // Read now: an earlier batch may have moved these entries onto a new base.
        QList<Entry> batch;
        QSqlQuery read(local.database());
        read.prepare(u"SELECT %1 FROM outbox WHERE seq BETWEEN ? AND ? ORDER BY seq"_s.arg(
            kEntryColumns));
        read.addBindValue(seqs.first());
        read.addBindValue(seqs.last());
        read.exec();
        while (read.next()) {
            if (wanted.contains(read.value(0).toLongLong()))
                batch << entryOf(read);
        }
        if (batch.isEmpty())
            continue;

        QJsonArray mutations;
        for (const Entry &e : std::as_const(batch)) {
            mutations.append(
                QJsonObject {{u"mutation_id"_s, e.mutationId},
                             {u"table"_s, e.table},
                             {u"id"_s, e.rowId},
                             {u"op"_s, e.op},
                             {u"base_version"_s, e.baseVersion},
                             {u"row"_s, QJsonDocument::fromJson(e.payload.toUtf8()).object()}});
        }
        QSqlQuery call(central);
        call.prepare(u"SELECT sync.push(?::uuid, ?::jsonb)::text"_s);
        call.addBindValue(m_deskId);
        call.addBindValue(
            QString::fromUtf8(QJsonDocument(mutations).toJson(QJsonDocument::Compact)));
        if (!call.exec() || !call.next()) {
            *error = call.lastError().text();
            return false;
        }
        const QJsonArray results
            = QJsonDocument::fromJson(call.value(0).toString().toUtf8()).array();
        if (results.size() != batch.size()) {
            *error = QCoreApplication::translate(
                "Sportello::SyncEngine", "The regional database answered a batch incompletely.");
            return false;
        }

        // The conflicts of this batch with both versions, before the local transaction. The
        // region shows a conflict only to the login that submitted it: this one.
        QStringList conflictIds;
        for (const QJsonValue &r : results) {
            if (r[u"status"_s].toString() == u"conflict"_s)
                conflictIds << r[u"conflict_id"_s].toString();
        }
        std::map<QString, ConflictRow> conflicts;
        if (!conflictIds.isEmpty()) {
            QSqlQuery fetch(central);
            fetch.prepare(u"SELECT id::text, table_name, row_id::text, reason, base_version, "
                          "server_version, mine::text, theirs::text FROM sync.conflict "
                          "WHERE id = ANY(?::uuid[])"_s);
            fetch.addBindValue(uuidArray(conflictIds));
            if (!fetch.exec()) {
                *error = fetch.lastError().text();
                return false;
            }
            while (fetch.next()) {
                ConflictRow c;
                for (int i = 0; i < 8; ++i)
                    c << fetch.value(i);
                conflicts.emplace(c.first().toString(), c);
            }
        }

        if (!local.begin()) {
            *error = local.lastError();
            return false;
        }
        // Prepared once per batch: statements on tables with triggers are costly to compile.
        QSqlQuery sent(local.database());
        sent.prepare(u"DELETE FROM outbox WHERE seq = ?"_s);
        QSqlQuery rebase(local.database());
        rebase.prepare(u"UPDATE outbox SET base_version = ? WHERE table_name = ? AND row_id = ? "
                       "AND base_version = ? AND seq > ?"_s);
        QSqlQuery record(local.database());
        record.prepare(u"INSERT OR REPLACE INTO sync_conflict (id, table_name, row_id, reason, "
                       "base_version, server_version, mine, theirs, recorded_at, author) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        QSqlQuery later(local.database());
        later.prepare(u"SELECT 1 FROM outbox WHERE table_name = ? AND row_id = ? LIMIT 1"_s);
        std::map<QString, QSqlQuery> versions;
        bool ok = true;
        for (int i = 0; ok && i < batch.size(); ++i) {
            const Entry &e = batch.at(i);
            const QJsonObject r = results.at(i).toObject();
            sent.bindValue(0, e.seq);
            ok = sent.exec();
            if (r[u"status"_s].toString() != u"applied"_s) {
                ++outcome->conflicts;
                const QString id = r[u"conflict_id"_s].toString();
                auto found = conflicts.find(id);
                // Recorded from the entry itself if the region's record cannot be read back.
                const ConflictRow c = found != conflicts.end()
                    ? found->second
                    : ConflictRow {id, e.table, e.rowId, u"refused"_s, e.baseVersion, QVariant(),
                                   e.payload, QVariant()};
                int position = 0;
                for (const QVariant &v : c)
                    record.bindValue(position++, v);
                record.bindValue(position++, RowStamp::now());
                record.bindValue(position, e.author.isEmpty() ? m_login : e.author);
                ok = ok && record.exec();
                // The regional version becomes the local row, mine waits in the conflict;
                // unless a later change of the row, someone else's perhaps, is still to send:
                // the row shows that one, the newest made here.
                const QJsonObject theirs
                    = QJsonDocument::fromJson(c.at(7).toString().toUtf8()).object();
                later.bindValue(0, e.table);
                later.bindValue(1, e.rowId);
                ok = ok && later.exec();
                const bool newerHere = ok && later.next();
                later.finish();
                bool applied = false;
                if (ok && !newerHere && !theirs.isEmpty() && e.table != u"audit_event"_s)
                    ok = local.takeRegional(e.table, rowFromJson(theirs), &applied)
                        || local.refusedByConstraint();
                continue;
            }
            ++outcome->pushed;
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
        if (!ok) {
            *error = sent.lastError().text() + record.lastError().text() + local.lastError();
            local.rollback();
            return false;
        }
        if (!local.commit()) {
            *error = local.lastError();
            return false;
        }
        done += batch.size();
        if (progress)
            progress(done, total);
    }
    return true;
}

} // namespace Sportello
