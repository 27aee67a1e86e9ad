#include "models/sync/syncengine.h"

#include "models/db/database.h"
#include "models/db/localstate.h"
#include "models/db/rowstamp.h"
#include "models/sync/centralschema.h"
#include "models/sync/changelogpull.h"
#include "models/sync/localmirror.h"
#include "models/sync/outboxpush.h"
#include "models/sync/referencedata.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello {

namespace {

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
    if (!report->error.isEmpty())
        return false;
    if (message.contains(u"timeout"_s, Qt::CaseInsensitive))
        report->error = QCoreApplication::translate(
                            "Sportello::SyncEngine",
                            "The regional database did not answer in time (%1): nothing is "
                            "lost, the sync will be tried again.")
                            .arg(message.simplified());
    else if (report->failure == Central::Failure::Unreachable)
        report->error = QCoreApplication::translate(
                            "Sportello::SyncEngine",
                            "The connection to the regional database was lost: %1")
                            .arg(message.simplified());
    else
        report->error = message.simplified();
    return false;
}

SyncReport SyncEngine::run(const std::function<void(const Progress &)> &progress)
{
    SyncReport report;
    report.completed = handshake(&report) && push(&report, progress) && pull(&report, progress)
        && pullStaff(&report) && pullReference(&report) && sendResolutions(&report);
    finish(&report);
    return report;
}

void SyncEngine::finish(SyncReport *report)
{
    report->pending = LocalState::pendingChanges(m_localPath);
    report->waiting = LocalState::pendingByAuthor(m_localPath);
    QSqlQuery count(u"SELECT count(*) FROM sync_setaside"_s, Db::connection(m_localPath));
    report->setAside = count.next() ? count.value(0).toInt() : 0;
    if (report->completed) {
        LocalMirror local(m_localPath);
        local.setState(u"last_sync"_s, RowStamp::now());
        // This login reached the region: its offline sign-in on this desk is good again.
        QSqlQuery contact(local.database());
        contact.prepare(u"UPDATE staff_account SET region_contact_at = ? WHERE username = ?"_s);
        contact.addBindValue(RowStamp::now());
        contact.addBindValue(m_login);
        contact.exec();
    }
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
    query.exec(u"SELECT session_user::text, sync.my_municipality(), sync.my_role()"_s);
    if (!query.next())
        return fail(report, query.lastError().text());
    if (query.value(1).isNull()) {
        report->failure = Central::Failure::Incompatible;
        report->error = QCoreApplication::translate(
            "Sportello::SyncEngine",
            "This account is not enabled for Sportello in the regional database.");
        return false;
    }
    m_login = query.value(0).toString();
    m_municipality = query.value(1).toString();
    m_role = query.value(2).toString();
    m_deskId = LocalState::deskId(m_localPath);
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
    OutboxPush::Outcome outcome;
    QString error;
    const bool ok = OutboxPush(m_localPath, m_central, m_login, m_deskId)
                        .run(
                            m_batchSize, [&] { return cancelled(report); },
                            [&](qint64 done, qint64 total) {
                                if (progress)
                                    progress({Progress::Stage::Push, done, total});
                            },
                            &outcome, &error);
    report->pushed += outcome.pushed;
    report->conflicts += outcome.conflicts;
    return ok || (!error.isEmpty() && fail(report, error));
}

bool SyncEngine::pull(SyncReport *report, const std::function<void(const Progress &)> &progress)
{
    ChangeLogPull pull(m_localPath, m_central, {m_login, m_role, m_municipality});
    QString error;
    int pulled = 0;
    const bool ok = pull.run(
                        m_pageSize, [&] { return cancelled(report); },
                        [&](qint64 done, qint64 total) {
                            if (progress)
                                progress({Progress::Stage::Pull, done, total});
                        },
                        &pulled, &error)
        && pull.retrySetAside(&pulled, &error);
    report->pulled += pulled;
    return ok || (!error.isEmpty() && fail(report, error));
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
    send.prepare(u"SELECT sync.mark_resolved(?::uuid[])"_s);
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
