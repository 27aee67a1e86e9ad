#include "models/sync/changelogpull.h"

#include "models/db/bulkload.h"
#include "models/db/bulkstatement.h"
#include "models/db/rowstamp.h"
#include "models/sync/centralconnection.h"
#include "models/sync/localmirror.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello {

namespace {

Q_LOGGING_CATEGORY(lcPull, "sportello.sync.pull", QtInfoMsg)

// A desk's first pull of more rows than this is staged, then published at once.
constexpr qint64 kStagedPull = 20000;

QString uuidArray(const QStringList &ids)
{
    return u'{' + ids.join(u',') + u'}';
}

struct SetAside
{
    QString table;
    QString rowId;
    qint64 version;
    QString reason;
    QString detail = {};
};

// What an administrator needs to tell a citizen of the region from the one of this desk it
// collides with (the same fiscal code): who it is, and who wrote it when. Nothing more.
QString collisionDetail(const QString &table, const QStringList &columns, const QVariantList &row)
{
    if (table != u"citizen"_s)
        return QString();
    QJsonObject detail;
    for (const QString &column :
         {u"municipality"_s, u"fiscal_code"_s, u"surname"_s, u"given_names"_s, u"sex"_s,
          u"birth_date"_s, u"birth_place_code"_s, u"updated_by"_s, u"updated_at"_s}) {
        if (const qsizetype i = columns.indexOf(column); i >= 0)
            detail.insert(column, row.value(i).toString());
    }
    return QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
}

} // namespace

ChangeLogPull::ChangeLogPull(const QString &localPath, const QString &centralConnection,
                             const Login &login)
    : m_path(localPath)
    , m_central(centralConnection)
    , m_login(login)
{ }

ChangeLogPull::Position ChangeLogPull::load(LocalMirror &local) const
{
    QSqlQuery q(local.database());
    q.prepare(u"SELECT role, municipality, horizon, pending, snapshot, cursor_txid, cursor_seq "
              "FROM sync_position WHERE login = ?"_s);
    q.addBindValue(m_login.name);
    Position p;
    // A new role or municipality reads other rows: that login starts again from the start.
    if (q.exec() && q.next() && q.value(0).toString() == m_login.role
        && q.value(1).toString() == m_login.municipality) {
        p.horizon = q.value(2).toString();
        p.pending = q.value(3).toString();
        p.snapshot = q.value(4).toString();
        p.cursorTxid = q.value(5).toString();
        p.cursorSeq = q.value(6).toLongLong();
    }
    return p;
}

bool ChangeLogPull::save(LocalMirror &local, const Position &p)
{
    QSqlQuery q(local.database());
    q.prepare(u"INSERT OR REPLACE INTO sync_position (login, role, municipality, horizon, "
              "pending, snapshot, cursor_txid, cursor_seq, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
         {QVariant(m_login.name), QVariant(m_login.role), QVariant(m_login.municipality),
          QVariant(p.horizon), QVariant(p.pending),
          p.snapshot.isEmpty() ? QVariant() : QVariant(p.snapshot),
          p.cursorTxid.isEmpty() ? QVariant() : QVariant(p.cursorTxid), QVariant(p.cursorSeq),
          QVariant(RowStamp::now())})
        q.addBindValue(v);
    return q.exec();
}

bool ChangeLogPull::run(int pageSize, const std::function<bool()> &cancelled,
                        const std::function<void(qint64, qint64)> &progress, int *pulled,
                        QString *error)
{
    LocalMirror local(m_path);
    const QSqlDatabase central = QSqlDatabase::database(m_central);
    Position p = load(local);
    {
        QSqlQuery never(u"SELECT NOT EXISTS (SELECT 1 FROM sync_position)"_s, local.database());
        m_firstPull = never.next() && never.value(0).toBool();
    }
    dropStaging(local); // a crash's leftover: its pull starts again
    const auto persist = [&] {
        if (local.begin() && save(local, p) && local.commit())
            return true;
        *error = local.lastError();
        local.rollback();
        return false;
    };
    // A pull resumed on an old snapshot is finished first, then a fresh one follows.
    for (int round = 0; round < 2; ++round) {
        const bool resumed = !p.snapshot.isEmpty();
        if (!resumed) {
            QSqlQuery snapshot(u"SELECT pg_current_snapshot()::text"_s, central);
            if (!snapshot.next()) {
                *error = snapshot.lastError().text();
                return false;
            }
            p.snapshot = snapshot.value(0).toString();
            p.cursorTxid = p.pending == u"{}"_s ? p.horizon : u"0"_s;
            p.cursorSeq = 0;
            if (!persist())
                return false;
        }
        if (!pullSnapshot(local, &p, pageSize, cancelled, progress, pulled, error))
            return false;
        // Everything the snapshot showed committed is in: the horizon moves to its xmax, and
        // what it showed in progress (below the old horizon too) is looked at next time.
        QSqlQuery finish(central);
        finish.prepare(u"SELECT pg_snapshot_xmax(s)::text, (SELECT coalesce(array_agg(x ORDER BY "
                       "x), '{}')::text FROM pg_snapshot_xip(s) x WHERE x >= ?::xid8 "
                       "OR x = ANY(?::xid8[])) FROM (SELECT ?::pg_snapshot AS s) q"_s);
        finish.addBindValue(p.horizon);
        finish.addBindValue(p.pending);
        finish.addBindValue(p.snapshot);
        if (!finish.exec() || !finish.next()) {
            *error = finish.lastError().text();
            return false;
        }
        p.horizon = finish.value(0).toString();
        p.pending = finish.value(1).toString();
        p.snapshot.clear();
        p.cursorTxid.clear();
        p.cursorSeq = 0;
        if (!persist())
            return false;
        if (!resumed)
            break;
    }
    return true;
}

bool ChangeLogPull::pullSnapshot(LocalMirror &local, Position *p, int pageSize,
                                 const std::function<bool()> &cancelled,
                                 const std::function<void(qint64, qint64)> &progress, int *pulled,
                                 QString *error)
{
    const QSqlDatabase central = QSqlDatabase::database(m_central);
    // Ordered by the xid8 column itself: "txid" alone would name the text output column
    // and sort "1000" before "924".
    const QString select = u"SELECT c.txid::text, c.seq, c.table_name, c.id::text "
                           "FROM sync.change_log c WHERE "_s;
    const QString pendingRows = select
        + u"c.txid = ANY(?::xid8[]) AND (c.txid, c.seq) > (?::xid8, ?) AND "
          "pg_visible_in_snapshot(c.txid, ?::pg_snapshot) ORDER BY c.txid, c.seq LIMIT ?"_s;
    const QString newRows = u"(c.txid, c.seq) > (?::xid8, ?) AND c.txid < "
                            "pg_snapshot_xmax(?::pg_snapshot) AND "
                            "pg_visible_in_snapshot(c.txid, ?::pg_snapshot)"_s;

    qint64 total = -1;
    qint64 done = 0;
    for (;;) {
        if (cancelled())
            return false;
        const bool pendingPhase = p->cursorTxid.toULongLong() < p->horizon.toULongLong();
        if (!pendingPhase && total < 0) {
            QSqlQuery count(central);
            count.prepare(u"SELECT count(*) FROM sync.change_log c WHERE "_s + newRows);
            for (const QVariant &v : {QVariant(p->cursorTxid), QVariant(p->cursorSeq),
                                      QVariant(p->snapshot), QVariant(p->snapshot)})
                count.addBindValue(v);
            total = count.exec() && count.next() ? count.value(0).toLongLong() : 0;
            m_staging = m_firstPull && total > kStagedPull;
        }
        QSqlQuery page(central);
        page.setForwardOnly(true);
        if (pendingPhase) {
            page.prepare(pendingRows);
            for (const QVariant &v : {QVariant(p->pending), QVariant(p->cursorTxid),
                                      QVariant(p->cursorSeq), QVariant(p->snapshot)})
                page.addBindValue(v);
        } else {
            page.prepare(select + newRows + u" ORDER BY c.txid, c.seq LIMIT ?"_s);
            for (const QVariant &v : {QVariant(p->cursorTxid), QVariant(p->cursorSeq),
                                      QVariant(p->snapshot), QVariant(p->snapshot)})
                page.addBindValue(v);
        }
        page.addBindValue(pageSize);
        if (!page.exec()) {
            *error = page.lastError().text();
            return false;
        }
        Position next = *p;
        QHash<QString, QStringList> idsByTable;
        int entries = 0;
        while (page.next()) {
            next.cursorTxid = page.value(0).toString();
            next.cursorSeq = page.value(1).toLongLong();
            idsByTable[page.value(2).toString()] << page.value(3).toString();
            ++entries;
        }
        if (entries == 0) {
            if (!pendingPhase)
                return !m_staging || publish(local, pulled, error);
            p->cursorTxid = p->horizon; // the transactions left pending are done with
            p->cursorSeq = 0;
            continue;
        }
        if (m_staging ? !stage(local, idsByTable, error)
                      : !apply(
                          local, idsByTable, [&](LocalMirror &l) { return save(l, next); }, pulled,
                          error))
            return false;
        qCDebug(lcPull) << m_login.name << "pulled a page up to" << next.cursorTxid
                        << next.cursorSeq << "entries" << entries;
        *p = next;
        if (!pendingPhase) {
            done += entries;
            if (progress)
                progress(done, total);
        }
    }
}

bool ChangeLogPull::fetch(LocalMirror &local, const QHash<QString, QStringList> &idsByTable,
                          QHash<QString, QList<QVariantList>> *rowsByTable, QString *error)
{
    const QSqlDatabase central = QSqlDatabase::database(m_central);
    // Read before any local transaction.
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
            *error = rows.lastError().text();
            return false;
        }
        QList<QVariantList> &list = (*rowsByTable)[it.key()];
        while (rows.next()) {
            QVariantList row;
            row.reserve(columns.size());
            for (int i = 0; i < columns.size(); ++i)
                row << rows.value(i);
            list << row;
        }
    }

    return true;
}

bool ChangeLogPull::apply(LocalMirror &local, const QHash<QString, QStringList> &idsByTable,
                          const std::function<bool(LocalMirror &)> &inTransaction, int *applied,
                          QString *error)
{
    QHash<QString, QList<QVariantList>> rowsByTable;
    if (!fetch(local, idsByTable, &rowsByTable, error))
        return false;

    // Rows referring to rows the desk does not have are found only before commit (the
    // local references are checked then): such a page is applied again without them.
    QSet<QString> unreferenced;
    for (;;) {
        if (!local.begin()) {
            *error = local.lastError();
            return false;
        }
        QSqlQuery cleared(local.database());
        cleared.prepare(u"DELETE FROM sync_setaside WHERE table_name = ? AND row_id = ?"_s);
        QList<SetAside> setAside;
        QHash<QString, QStringList> written;
        int count = 0;
        bool ok = true;
        for (auto it = rowsByTable.cbegin(); ok && it != rowsByTable.cend(); ++it) {
            const QStringList columns = local.columns(it.key());
            const qsizetype idColumn = columns.indexOf(u"id"_s);
            const qsizetype versionColumn = columns.indexOf(u"row_version"_s);
            for (const QVariantList &row : it.value()) {
                const QString id = row.value(idColumn).toString();
                if (local.hasUnsentChanges(it.key(), id))
                    continue; // the next push decides; a conflict brings the regional version
                const qint64 version = row.value(versionColumn).toLongLong();
                if (unreferenced.contains(it.key() + u'/' + id)) {
                    setAside.append({it.key(), id, version, u"reference"_s});
                    continue;
                }
                bool appliedRow = false;
                if (!local.upsert(it.key(), row, &appliedRow)) {
                    if (!local.refusedByConstraint()) {
                        ok = false;
                        break;
                    }
                    setAside.append({it.key(), id, version, u"constraint: "_s + local.lastError(),
                                     collisionDetail(it.key(), columns, row)});
                    continue;
                }
                written[it.key()] << id;
                if (appliedRow)
                    ++count;
                cleared.addBindValue(it.key());
                cleared.addBindValue(id);
                ok = cleared.exec();
            }
        }
        QStringList orphans;
        for (auto it = written.cbegin(); ok && it != written.cend(); ++it) {
            for (const QString &id : local.missingReferences(it.key(), it.value()))
                orphans << it.key() + u'/' + id;
        }
        if (ok && !orphans.isEmpty()) {
            local.rollback();
            for (const QString &key : std::as_const(orphans))
                unreferenced.insert(key);
            continue;
        }
        QSqlQuery record(local.database());
        record.prepare(u"INSERT OR REPLACE INTO sync_setaside (table_name, row_id, row_version, "
                       "login, reason, recorded_at, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        for (const SetAside &s : std::as_const(setAside)) {
            if (!ok)
                break;
            qCInfo(lcPull) << "set aside" << s.table << s.rowId << s.reason;
            for (const QVariant &v :
                 {QVariant(s.table), QVariant(s.rowId), QVariant(s.version), QVariant(m_login.name),
                  QVariant(s.reason), QVariant(RowStamp::now()),
                  s.detail.isEmpty() ? QVariant() : QVariant(s.detail)})
                record.addBindValue(v);
            ok = record.exec();
        }
        ok = ok && inTransaction(local);
        if (!ok) {
            *error = local.lastError() + cleared.lastError().text() + record.lastError().text();
            local.rollback();
            return false;
        }
        if (!local.commit()) {
            *error = local.lastError();
            return false;
        }
        *applied += count;
        return true;
    }
}

bool ChangeLogPull::stage(LocalMirror &local, const QHash<QString, QStringList> &idsByTable,
                          QString *error)
{
    QHash<QString, QList<QVariantList>> rowsByTable;
    if (!fetch(local, idsByTable, &rowsByTable, error))
        return false;
    QSqlDatabase db = local.database();
    QSqlQuery q(db);
    // A throwaway file: no journal, no waiting for the disk.
    if (m_stagedTables.isEmpty()
        && !(q.exec(u"ATTACH DATABASE '%1' AS staging"_s.arg(
                 QString(stagingPath()).replace(u'\'', u"''"_s)))
             && q.exec(u"PRAGMA staging.journal_mode = OFF"_s)
             && q.exec(u"PRAGMA staging.synchronous = OFF"_s))) {
        *error = q.lastError().text();
        return false;
    }
    // Only the staging file is written: the desk's database stays free for its people.
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    bool ok = true;
    for (auto it = rowsByTable.cbegin(); ok && it != rowsByTable.cend(); ++it) {
        const QStringList columns = local.columns(it.key());
        if (!m_stagedTables.contains(it.key())) {
            ok = q.exec(
                u"CREATE TABLE staging.%1 AS SELECT * FROM main.%1 WHERE 0"_s.arg(it.key()));
            m_stagedTables << it.key();
        }
        // A row logged twice is staged twice: publishing keeps the newer.
        BulkStatement insert(db,
                             u"INSERT INTO staging.%1 (%2) VALUES (%3)"_s.arg(
                                 it.key(), columns.join(u", "_s),
                                 QStringList(columns.size(), u"?"_s).join(u", "_s)));
        for (const QVariantList &row : it.value()) {
            if (!ok)
                break;
            ok = insert.run(row);
            if (!ok)
                *error = insert.errorText();
        }
    }
    if (!ok || !db.commit()) {
        if (error->isEmpty())
            *error = q.lastError().text() + db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

// Into the desk in one local step, the indexes and derived triggers rebuilt once. Should the
// region hold a row this desk refuses, the staged rows go in page by page instead, so that
// one row is set aside rather than the whole pull refused.
bool ChangeLogPull::publish(LocalMirror &local, int *applied, QString *error)
{
    QSqlDatabase db = local.database();
    BulkLoad bulk;
    bool ok = local.begin() && bulk.start(db, error);
    int count = 0;
    QSqlQuery q(db);
    for (const QString &table : std::as_const(m_stagedTables)) {
        if (!ok)
            break;
        const QStringList columns = local.columns(table);
        QStringList updates;
        for (const QString &c : columns) {
            if (c != u"id"_s)
                updates << u"%1 = excluded.%1"_s.arg(c);
        }
        // In key order: the rows fill the table's b-tree from one end.
        ok = q.exec(u"INSERT INTO main.%1 (%2) SELECT %2 FROM staging.%1 s WHERE s.id NOT IN "
                    "(SELECT row_id FROM main.outbox WHERE table_name = '%1') ORDER BY s.id "
                    "ON CONFLICT (id) DO UPDATE SET %3 WHERE excluded.row_version > "
                    "%1.row_version"_s.arg(table, columns.join(u", "_s), updates.join(u", "_s)));
        count += ok ? q.numRowsAffected() : 0;
    }
    if (ok) {
        QSqlQuery orphans(u"PRAGMA main.foreign_key_check"_s, db);
        ok = !orphans.next();
    }
    ok = ok && bulk.finish(db, error) && local.commit();
    if (ok) {
        *applied += count;
        dropStaging(local);
        return true;
    }
    local.rollback();
    error->clear();
    // Page by page, each row read again from the region, the refused ones set aside.
    QHash<QString, QStringList> page;
    qsizetype size = 0;
    const auto flush = [&] {
        const bool done = page.isEmpty()
            || apply(
                              local, page, [](LocalMirror &) { return true; }, applied, error);
        page.clear();
        size = 0;
        return done;
    };
    for (const QString &table : std::as_const(m_stagedTables)) {
        QSqlQuery ids(u"SELECT id FROM staging.%1"_s.arg(table), db);
        while (ids.next()) {
            page[table] << ids.value(0).toString();
            if (++size >= 2000 && !flush())
                return false;
        }
    }
    const bool done = flush();
    dropStaging(local);
    return done;
}

void ChangeLogPull::dropStaging(LocalMirror &local)
{
    QSqlQuery(u"DETACH DATABASE staging"_s, local.database());
    m_stagedTables.clear();
    m_staging = false;
    QFile::remove(stagingPath());
    QFile::remove(stagingPath() + u"-journal"_s);
}

bool ChangeLogPull::retrySetAside(int *applied, QString *error)
{
    LocalMirror local(m_path);
    QSqlQuery q(local.database());
    q.prepare(u"SELECT table_name, row_id FROM sync_setaside WHERE login = ?"_s);
    q.addBindValue(m_login.name);
    QHash<QString, QStringList> idsByTable;
    if (q.exec()) {
        while (q.next())
            idsByTable[q.value(0).toString()] << q.value(1).toString();
    }
    if (idsByTable.isEmpty())
        return true;
    // Rows the region no longer shows this login have nothing left to apply: every row it
    // still shows is recorded again (or cleared, once applied) below.
    const QString started = RowStamp::now();
    const auto forgetUnseen = [&](LocalMirror &l) {
        QSqlQuery forget(l.database());
        forget.prepare(u"DELETE FROM sync_setaside WHERE login = ? AND recorded_at < ?"_s);
        forget.addBindValue(m_login.name);
        forget.addBindValue(started);
        return forget.exec();
    };
    return apply(local, idsByTable, forgetUnseen, applied, error);
}

} // namespace Sportello
