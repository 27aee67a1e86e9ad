#include "centralfixture.h"
#include "models/casework/casefile.h"
#include "models/casework/caserepository.h"
#include "models/db/database.h"
#include "models/db/localstate.h"
#include "models/db/rowstamp.h"
#include "models/registry/citizenrepository.h"
#include "models/registry/fiscalcode.h"
#include "models/sync/conflictstore.h"
#include "models/sync/duplicatecitizens.h"
#include "models/sync/localmirror.h"
#include "models/sync/setasiderows.h"
#include "models/sync/waitingchanges.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;
using namespace Sportello::Casework;

namespace {

const QString kVibo = u"102047"_s;
const Session kClerk {u"m.rossi"_s, u"Maria Rossi"_s, Role::Clerk, kVibo};
const Session kClerk2 {u"m.verdi"_s, u"Marco Verdi"_s, Role::Clerk, kVibo};
const Session kWorker {u"s.greco"_s, u"Sara Greco"_s, Role::SocialWorker, kVibo};
const Session kWorker2 {u"s.bruno"_s, u"Silvio Bruno"_s, Role::SocialWorker, kVibo};
const Session kAdmin {u"a.capo"_s, u"Anna Capo"_s, Role::Admin, kVibo};

Citizen person(const QString &surname, int day)
{
    Citizen c;
    c.surname = surname;
    c.givenNames = u"Lucia"_s;
    c.sex = u'F';
    c.birthDate = QDate(1980, 1, 1).addDays(day);
    c.birthPlaceCode = u"F537"_s;
    c.fiscalCode = FiscalCode::compute({c.surname, c.givenNames, c.sex, c.birthDate, u"F537"_s});
    return c;
}

int localCount(const QString &desk, const QString &sql)
{
    QSqlQuery q(sql, Db::connection(desk));
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

// One desk, several staff of different roles, and logins that type SQL into psql (issue 12):
// each of "What happens today" reproduced against the real regional database, fixed.
class TestSharedDesk : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CentralFixture> m_central;

    int centralCount(const QString &sql) const { return m_central->scalar(sql).toInt(); }

    // A citizen, a social request and the case a social worker opens on it, all written at
    // the desk (the citizen and the request by the clerk).
    QString openCase(const QString &desk, const Session &worker, int day, QString *caseId)
    {
        Citizen c = person(u"Caso"_s, day);
        QString error;
        if (!CitizenRepository(desk).create(kClerk, &c, &error))
            qFatal("%s", qPrintable(error));
        CaseRequest r;
        r.citizenId = c.id;
        r.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        r.needArea = NeedArea::Income;
        r.summary = u"Sostegno al reddito"_s;
        if (!CaseRepository(desk).recordRequest(kClerk, &r, &error))
            qFatal("%s", qPrintable(error));
        SocialCase opened;
        if (!CaseRepository(desk).openCase(worker, r.id, worker.username, &opened, &error))
            qFatal("%s", qPrintable(error));
        *caseId = opened.id;
        return c.id;
    }

private slots:
    void initTestCase()
    {
        if (!CentralFixture::serverAvailable()) {
            if (qEnvironmentVariableIntValue("SPORTELLO_REQUIRE_PG"))
                QFAIL("no PostgreSQL server: run the tests through pg_virtualenv");
            QSKIP("no PostgreSQL server (PGHOST unset)");
        }
    }

    void init()
    {
        m_central = std::make_unique<CentralFixture>();
        QVERIFY2(m_central->isValid(), qPrintable(m_central->error()));
        for (const Session &s : {kClerk, kClerk2, kWorker, kWorker2, kAdmin})
            QVERIFY2(m_central->addUser(s.username, s.role, s.municipality),
                     qPrintable(m_central->error()));
    }

    void cleanup() { m_central.reset(); }

    // 1. The clerk's sync sends the clerk's changes only; the social worker's wait for her
    //    and reach the region, as hers, at her own sync.
    void colleaguesChangesWaitForTheirAuthor()
    {
        TestDatabase desk;
        QVERIFY(m_central->sync(desk.path(), kClerk.username).completed); // the accounts
        QString caseId;
        openCase(desk.path(), kWorker, 1, &caseId);
        QString error;
        QVERIFY(CaseRepository(desk.path())
                    .addNote(kWorker, caseId, u"Primo colloquio"_s, false, QString(), &error));
        QVERIFY(CaseRepository(desk.path())
                    .addNote(kWorker, caseId, u"Violenza in famiglia"_s, true, QString(), &error));
        Plan plan;
        plan.agreedOn = QDate::currentDate();
        plan.measure = u"municipal"_s;
        plan.goals = u"Lavoro"_s;
        plan.reviewOn = QDate::currentDate().addMonths(3);
        plan.actions << PlanAction {QString(),
                                    u"Curriculum"_s,
                                    Responsible::Citizen,
                                    QString(),
                                    QDate::currentDate().addDays(20),
                                    QDate(),
                                    ActionStatus::Open};
        QVERIFY2(CaseFile(desk.path(), caseId).savePlan(kWorker, &plan, &error), qPrintable(error));

        const SyncReport clerk = m_central->sync(desk.path(), kClerk.username);
        QVERIFY2(clerk.completed, qPrintable(clerk.error));
        QCOMPARE(clerk.conflicts, 0);
        QVERIFY(clerk.pushed > 0);
        QVERIFY(clerk.waiting.value(kWorker.username) >= 5);
        QCOMPARE(centralCount(u"SELECT count(*) FROM sportello.social_case"_s), 0);
        QCOMPARE(centralCount(u"SELECT count(*) FROM sportello.citizen WHERE updated_by = "
                              "'m.rossi'"_s),
                 1);

        const SyncReport worker = m_central->sync(desk.path(), kWorker.username);
        QVERIFY2(worker.completed, qPrintable(worker.error));
        QCOMPARE(worker.conflicts, 0);
        QCOMPARE(worker.pending, 0);
        QVERIFY(worker.waiting.isEmpty());
        QCOMPARE(centralCount(u"SELECT count(*) FROM sportello.social_case WHERE updated_by = "
                              "'s.greco'"_s),
                 1);
        QCOMPARE(centralCount(u"SELECT count(*) FROM sportello.case_confidential_note WHERE "
                              "updated_by = 's.greco'"_s),
                 1);
        QCOMPARE(centralCount(u"SELECT count(*) FROM sportello.case_plan WHERE updated_by = "
                              "'s.greco'"_s),
                 1);
        // Every audit event is its own author's.
        QCOMPARE(centralCount(u"SELECT count(*) FROM sportello.audit_event WHERE username <> "
                              "updated_by AND action <> 'login_failed'"_s),
                 0);
    }

    // 2. A refused confidential note is its author's alone to read, in the region and at
    //    the desk; the notes' very existence is hidden from other workers' change log.
    void conflictsAreTheirAuthorsAlone()
    {
        TestDatabase desk;
        QVERIFY(m_central->sync(desk.path(), kClerk.username).completed);
        QString caseId;
        openCase(desk.path(), kWorker, 2, &caseId);
        QString error;
        QVERIFY(CaseRepository(desk.path())
                    .addNote(kWorker, caseId, u"Prima nota riservata"_s, true, QString(), &error));
        QVERIFY(m_central->sync(desk.path(), kClerk.username).completed);
        QVERIFY(m_central->sync(desk.path(), kWorker.username).completed);
        // Offline, she writes another; meanwhile the administrator hands the case on.
        QVERIFY(
            CaseRepository(desk.path())
                .addNote(kWorker, caseId, u"Seconda nota riservata"_s, true, QString(), &error));
        QVERIFY2(m_central->execAs(kAdmin.username,
                                   u"UPDATE sportello.social_case SET assigned_to = 's.bruno' "
                                   "WHERE id = '%1'"_s.arg(caseId),
                                   &error),
                 qPrintable(error));
        const SyncReport greco = m_central->sync(desk.path(), kWorker.username);
        QVERIFY2(greco.completed, qPrintable(greco.error));
        QVERIFY(greco.conflicts >= 1); // the note, and her touch of the case's last activity

        const QString conflicts = u"SELECT count(*) FROM sync.conflict WHERE mine->>'body' "
                                  "LIKE '%riservata'"_s;
        QCOMPARE(m_central->scalarAs(kWorker.username, conflicts).toInt(), 1);
        QCOMPARE(m_central->scalarAs(kWorker2.username, conflicts).toInt(), 0);
        QCOMPARE(m_central->scalarAs(kAdmin.username, conflicts).toInt(), 0);
        QCOMPARE(
            m_central->scalarAs(kWorker2.username, u"SELECT count(*) FROM sync.conflict"_s).toInt(),
            0);
        // The new worker reads the notes' lines in the change log; the former one, nobody
        // else, sees even that they exist.
        const QString logLines = u"SELECT count(*) FROM sync.change_log WHERE table_name = "
                                 "'case_confidential_note'"_s;
        QVERIFY(m_central->scalarAs(kWorker2.username, logLines).toInt() > 0);
        QCOMPARE(m_central->scalarAs(kWorker.username, logLines).toInt(), 0);
        QCOMPARE(m_central->scalarAs(kAdmin.username, logLines).toInt(), 0);
        QCOMPARE(m_central->scalarAs(kClerk.username, logLines).toInt(), 0);

        // The second worker syncs the same desk: the conflict stays hers.
        QVERIFY(m_central->sync(desk.path(), kWorker2.username).completed);
        QCOMPARE(ConflictStore(desk.path()).open(kWorker2.username).size(), 0);
        const QList<SyncConflict> hers = ConflictStore(desk.path()).open(kWorker.username);
        QVERIFY(std::any_of(hers.cbegin(), hers.cend(), [](const SyncConflict &c) {
            return c.table == u"case_confidential_note"_s
                && c.mine.value(u"body"_s).toString() == u"Seconda nota riservata"_s;
        }));
    }

    // 3. Who may change assigned_to, checked by the region whatever SQL arrives; the
    //    region records every assignment itself.
    void onlyTheAssigneeOrTheAdministratorReassigns()
    {
        TestDatabase desk;
        QVERIFY(m_central->sync(desk.path(), kClerk.username).completed);
        QString caseId;
        openCase(desk.path(), kWorker, 3, &caseId);
        QVERIFY(m_central->sync(desk.path(), kClerk.username).completed);
        QVERIFY(m_central->sync(desk.path(), kWorker.username).completed);
        const QString assigned
            = u"SELECT assigned_to FROM sportello.social_case WHERE id = '%1'"_s.arg(caseId);
        const auto reassign = [&](const Session &who, const QString &to) {
            QString error;
            return m_central->execAs(who.username,
                                     u"UPDATE sportello.social_case SET assigned_to = %1 WHERE "
                                     "id = '%2'"_s.arg(to, caseId),
                                     &error);
        };
        QVERIFY(!reassign(kWorker2, u"session_user"_s));
        QVERIFY(!reassign(kClerk, u"'s.bruno'"_s));
        QCOMPARE(m_central->scalar(assigned).toString(), kWorker.username);
        QVERIFY(!reassign(kWorker, u"'m.rossi'"_s)); // a clerk takes no case
        QVERIFY(reassign(kWorker, u"'s.bruno'"_s)); // the assignee hands over
        QVERIFY(!reassign(kWorker, u"'s.greco'"_s)); // and cannot take it back
        QVERIFY(reassign(kAdmin, u"'s.greco'"_s)); // the head of the service can
        QString error;
        QVERIFY(!m_central->execAs(kAdmin.username,
                                   u"UPDATE sportello.social_case SET status = 'closed' WHERE "
                                   "id = '%1'"_s.arg(caseId),
                                   &error));
        QCOMPARE(m_central->scalar(assigned).toString(), kWorker.username);
        QCOMPARE(
            centralCount(
                u"SELECT count(*) FROM sync.case_assignment WHERE case_id = '%1'"_s.arg(caseId)),
            3);
        QCOMPARE(m_central
                     ->scalarAs(kAdmin.username,
                                u"SELECT string_agg(by_user || ':' || to_worker, ',' ORDER BY id) "
                                "FROM sync.case_assignment"_s)
                     .toString(),
                 u"s.greco:s.greco,s.greco:s.bruno,a.capo:s.greco"_s);
        // The desk refuses it too.
        QVERIFY(m_central->sync(desk.path(), kWorker2.username).completed);
        QVERIFY(!CaseRepository(desk.path())
                     .assign(kWorker2, caseId, kWorker2.username, u"Me lo prendo"_s, &error));
    }

    // 4. Each login pulls everything it may see, whoever synced the desk before; a new role
    //    starts its position again.
    void eachLoginPullsWhatItMaySee()
    {
        TestDatabase elsewhere;
        QVERIFY(m_central->sync(elsewhere.path(), kWorker.username).completed);
        QString caseId;
        openCase(elsewhere.path(), kWorker, 4, &caseId);
        QString error;
        QVERIFY(CaseRepository(elsewhere.path())
                    .addNote(kWorker, caseId, u"Colloquio"_s, false, QString(), &error));
        QVERIFY(m_central->sync(elsewhere.path(), kClerk.username).completed);
        QVERIFY(m_central->sync(elsewhere.path(), kWorker.username).completed);
        QCOMPARE(centralCount(u"SELECT count(*) FROM sportello.case_note"_s), 1);

        TestDatabase desk;
        QVERIFY(m_central->sync(desk.path(), kClerk.username).completed);
        QCOMPARE(localCount(desk.path(), u"SELECT count(*) FROM social_case"_s), 1);
        QCOMPARE(localCount(desk.path(), u"SELECT count(*) FROM case_note"_s), 0);
        const SyncReport worker = m_central->sync(desk.path(), kWorker.username);
        QVERIFY2(worker.completed, qPrintable(worker.error));
        QCOMPARE(localCount(desk.path(), u"SELECT count(*) FROM case_note"_s), 1);

        // A clerk becomes a social worker: her next sync reads the case files too.
        const QString promoted = u"m.promossa"_s; // her own login: roles are the cluster's
        QVERIFY(m_central->addUser(promoted, Role::Clerk, kVibo));
        TestDatabase third;
        QVERIFY(m_central->sync(third.path(), promoted).completed);
        QCOMPARE(localCount(third.path(), u"SELECT count(*) FROM case_note"_s), 0);
        QVERIFY(m_central->addUser(promoted, Role::SocialWorker, kVibo));
        QVERIFY(m_central->sync(third.path(), promoted).completed);
        QCOMPARE(localCount(third.path(), u"SELECT count(*) FROM case_note"_s), 1);
    }

    // 5. A regional row the desk cannot apply is set aside; everything else flows on, and
    //    the row applies once the region corrects it.
    void aRowTheDeskCannotApplyIsSetAside()
    {
        TestDatabase desk;
        QVERIFY(m_central->sync(desk.path(), kClerk.username).completed);
        // The central schema refuses it from a staff login...
        const QString appointment
            = u"INSERT INTO sportello.appointment (id, municipality, worker, starts_at, ends_at, "
              "purpose, status, booked_by, updated_at) VALUES ('%1', '102047', 's.greco', "
              "'2026-05-04T09:00', '2026-05-04T09:30', 'Colloquio', 'rescheduled', 'm.rossi', "
              "'2026-01-01T00:00:00.000Z')"_s;
        QString error;
        QVERIFY(!m_central->execAs(kClerk.username, appointment.arg(RowStamp::newId()), &error));
        QVERIFY2(error.contains(u"check"_s, Qt::CaseInsensitive), qPrintable(error));
        // ...but a DBA may still write one by hand.
        const QString bad = RowStamp::newId();
        QVERIFY(m_central->exec(u"ALTER TABLE sportello.appointment DROP CONSTRAINT "
                                "appointment_status_check"_s));
        QVERIFY(m_central->exec(appointment.arg(bad)));
        QVERIFY(m_central->exec(u"INSERT INTO sportello.citizen (id, municipality, fiscal_code, "
                                "surname, given_names, sex, birth_date, birth_place_code, "
                                "updated_at) VALUES (gen_random_uuid(), '102047', "
                                "'BNCLCU80A41F537X', 'Bianco', 'Lucia', 'F', '1980-01-01', "
                                "'F537', '2026-01-01T00:00:00.000Z')"_s));
        QVERIFY(m_central->exec(
            u"UPDATE sportello.staff SET active = false WHERE username = 'm.verdi'"_s));

        for (int cycle = 0; cycle < 2; ++cycle) {
            const SyncReport report = m_central->sync(desk.path(), kClerk.username);
            QVERIFY2(report.completed, qPrintable(report.error));
            QCOMPARE(report.setAside, 1);
        }
        QCOMPARE(
            localCount(desk.path(), u"SELECT count(*) FROM citizen WHERE surname = 'Bianco'"_s), 1);
        QCOMPARE(localCount(desk.path(),
                            u"SELECT active FROM staff_account WHERE username = 'm.verdi'"_s),
                 0);
        const QList<SetAsideRow> rows = SetAsideRows::all(desk.path());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().table, u"appointment"_s);
        QCOMPARE(rows.first().rowId, bad);
        QVERIFY(rows.first().reason.contains(u"CHECK"_s));

        QVERIFY(m_central->exec(
            u"UPDATE sportello.appointment SET status = 'booked' WHERE id = '%1'"_s.arg(bad)));
        const SyncReport fixed = m_central->sync(desk.path(), kClerk.username);
        QVERIFY2(fixed.completed, qPrintable(fixed.error));
        QCOMPARE(fixed.setAside, 0);
        QCOMPARE(localCount(desk.path(),
                            u"SELECT count(*) FROM appointment WHERE status = "
                            "'booked'"_s),
                 1);
    }

    // 6. A batch whose acknowledgement was lost, retried by another login of the same desk,
    //    gets its stored result instead of failing for ever.
    void aRetriedBatchGetsItsResultWhoeverSendsIt()
    {
        TestDatabase desk;
        QVERIFY(m_central->sync(desk.path(), kClerk.username).completed);
        QString error;
        for (int i = 0; i < 3; ++i) {
            Citizen c = person(u"Ritorno"_s, 10 + i);
            QVERIFY(CitizenRepository(desk.path()).create(kClerk, &c, &error));
        }
        // The batch reaches the region; the answer never reaches the desk.
        QJsonArray batch;
        {
            QSqlQuery q(u"SELECT mutation_id, table_name, row_id, op, base_version, payload FROM "
                        "outbox WHERE author = 'm.rossi' ORDER BY seq"_s,
                        Db::connection(desk.path()));
            while (q.next()) {
                batch.append(QJsonObject {
                    {u"mutation_id"_s, q.value(0).toString()},
                    {u"table"_s, q.value(1).toString()},
                    {u"id"_s, q.value(2).toString()},
                    {u"op"_s, q.value(3).toString()},
                    {u"base_version"_s, q.value(4).toLongLong()},
                    {u"row"_s, QJsonDocument::fromJson(q.value(5).toByteArray()).object()}});
            }
        }
        QVERIFY2(m_central->execAs(
                     kClerk.username,
                     u"SELECT sync.push('%1', '%2'::jsonb)"_s.arg(
                         LocalState::deskId(desk.path()),
                         QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact))
                             .replace(u'\'', u"''"_s)),
                     &error),
                 qPrintable(error));
        QCOMPARE(centralCount(u"SELECT count(*) FROM sportello.citizen WHERE surname = "
                              "'Ritorno'"_s),
                 3);
        // She leaves; the administrator hands her changes to a colleague, who sends them.
        QVERIFY2(
            WaitingChanges(desk.path()).handOver(kAdmin, kClerk.username, kClerk2.username, &error),
            qPrintable(error));
        const SyncReport retry = m_central->sync(desk.path(), kClerk2.username);
        QVERIFY2(retry.completed, qPrintable(retry.error));
        QCOMPARE(retry.conflicts, 0);
        QCOMPARE(retry.pending, 0);
        QCOMPARE(centralCount(u"SELECT count(*) FROM sportello.citizen WHERE surname = "
                              "'Ritorno' AND updated_by = 'm.rossi' AND row_version = 1"_s),
                 3);
        QCOMPARE(localCount(desk.path(),
                            u"SELECT count(*) FROM citizen WHERE surname = "
                            "'Ritorno' AND row_version = 1"_s),
                 3);
        // Nobody reads the ledger itself.
        QVERIFY(!m_central->execAs(kClerk.username, u"SELECT count(*) FROM sync.applied_mutation"_s,
                                   &error));
        QVERIFY(
            !m_central->execAs(kClerk.username, u"DELETE FROM sync.applied_mutation"_s, &error));
    }

    // 7. A transaction left open, or a lock held, anywhere in the region delays nobody's
    //    pull for ever, and a sync never hangs.
    void anOpenTransactionDoesNotFreezeTheRegion()
    {
        TestDatabase writer;
        TestDatabase reader;
        QVERIFY(m_central->sync(writer.path(), kClerk.username).completed);
        QVERIFY(m_central->sync(reader.path(), kClerk2.username).completed);

        // Someone's psql session: an open transaction with its id taken.
        const QString idle = u"idle-transaction"_s;
        Central::Failure failure;
        QString error;
        QVERIFY2(Central::open(idle, m_central->conninfo(kWorker.username),
                               CentralFixture::password(), &failure, &error),
                 qPrintable(error));
        QSqlDatabase held = QSqlDatabase::database(idle);
        QVERIFY(held.transaction());
        QSqlQuery open(held);
        QVERIFY(open.exec(u"SELECT pg_current_xact_id()"_s));

        Citizen c = person(u"Fluido"_s, 20);
        QVERIFY(CitizenRepository(writer.path()).create(kClerk, &c, &error));
        QVERIFY(m_central->sync(writer.path(), kClerk.username).completed);
        const SyncReport pulled = m_central->sync(reader.path(), kClerk2.username);
        QVERIFY2(pulled.completed, qPrintable(pulled.error));
        QCOMPARE(localCount(reader.path(),
                            u"SELECT count(*) FROM citizen WHERE surname = "
                            "'Fluido'"_s),
                 1);

        // The long transaction writes and commits at last: its row is not skipped.
        QVERIFY(open.exec(u"INSERT INTO sportello.citizen (id, municipality, fiscal_code, "
                          "surname, given_names, sex, birth_date, birth_place_code, updated_at) "
                          "VALUES (gen_random_uuid(), '102047', 'LNTLCU80A41F537X', 'Lento', "
                          "'Lucia', 'F', '1980-01-01', 'F537', '2026-01-01T00:00:00.000Z')"_s));
        open.finish();
        QVERIFY(held.commit());
        QVERIFY(m_central->sync(reader.path(), kClerk2.username).completed);
        QCOMPARE(localCount(reader.path(),
                            u"SELECT count(*) FROM citizen WHERE surname = "
                            "'Lento'"_s),
                 1);

        // A row lock held elsewhere: the push gives up within its bound, with a reason.
        QVERIFY(held.transaction());
        QSqlQuery lock(held);
        QVERIFY(
            lock.exec(u"SELECT 1 FROM sportello.citizen WHERE id = '%1' FOR UPDATE"_s.arg(c.id)));
        c.phone = u"0963 111"_s;
        QVERIFY(CitizenRepository(writer.path()).update(kClerk, c, &error));
        QElapsedTimer clock;
        clock.start();
        const SyncReport blocked = m_central->sync(writer.path(), kClerk.username);
        QVERIFY(!blocked.completed);
        QVERIFY(clock.elapsed() < 30000);
        QCOMPARE(blocked.failure, Central::Failure::Unreachable);
        QVERIFY2(blocked.error.contains(u"in time"_s), qPrintable(blocked.error));
        lock.finish();
        QVERIFY(held.rollback());
        Central::close(idle);
        const SyncReport after = m_central->sync(writer.path(), kClerk.username);
        QVERIFY2(after.completed, qPrintable(after.error));
        QCOMPARE(after.pending, 0);
        QCOMPARE(after.conflicts, 0); // a lock is a wait, not a refusal
        QCOMPARE(
            m_central->scalar(u"SELECT phone FROM sportello.citizen WHERE id = '%1'"_s.arg(c.id))
                .toString(),
            u"0963 111"_s);

        // Every login carries its own timeouts (a group role's would not be inherited).
        const QString settings = m_central
                                     ->scalar(u"SELECT array_to_string(s.setconfig, ',') FROM "
                                              "pg_db_role_setting s JOIN pg_roles r ON r.oid = "
                                              "s.setrole WHERE r.rolname = 'm.rossi'"_s)
                                     .toString();
        for (const QString &setting : {u"statement_timeout="_s, u"lock_timeout="_s,
                                       u"idle_in_transaction_session_timeout="_s})
            QVERIFY2(settings.contains(setting), qPrintable(settings));
    }

    // 9. A refused insert, corrected, is sent again as an insert.
    void aRefusedInsertCanBeCorrectedAndSent()
    {
        TestDatabase desk;
        QVERIFY(m_central->sync(desk.path(), kClerk.username).completed);
        QString caseId;
        openCase(desk.path(), kWorker, 30, &caseId);
        // The case is assigned to someone the region does not know as a social worker.
        {
            QSqlQuery q(Db::connection(desk.path()));
            QVERIFY(q.exec(
                u"UPDATE social_case SET assigned_to = 'nessuno' WHERE id = '%1'"_s.arg(caseId)));
        }
        QVERIFY(m_central->sync(desk.path(), kClerk.username).completed);
        const SyncReport refused = m_central->sync(desk.path(), kWorker.username);
        QVERIFY2(refused.completed, qPrintable(refused.error));
        QVERIFY(refused.conflicts >= 1);
        const QList<SyncConflict> open = ConflictStore(desk.path()).open(kWorker.username);
        const auto it = std::find_if(open.cbegin(), open.cend(), [&](const SyncConflict &c) {
            return c.table == u"social_case"_s;
        });
        QVERIFY(it != open.cend());
        QJsonObject corrected = it->mine;
        corrected.insert(u"assigned_to"_s, kWorker.username);
        QString error;
        QVERIFY2(ConflictStore(desk.path()).resolve(kWorker, *it, corrected, &error),
                 qPrintable(error));
        const SyncReport sent = m_central->sync(desk.path(), kWorker.username);
        QVERIFY2(sent.completed, qPrintable(sent.error));
        QCOMPARE(
            m_central
                ->scalar(
                    u"SELECT assigned_to FROM sportello.social_case WHERE id = '%1'"_s.arg(caseId))
                .toString(),
            kWorker.username);
    }

    // 10. A fiscal code is one person's in the region too. A second registration of a
    //     municipality's citizen is a conflict for its author, never a second row; the
    //     region's row reaches the desk as a duplicate to merge, shown with the desk's own;
    //     once the desk's duplicate is retired, the region's applies.
    void aFiscalCodeIsOnePersonInTheRegion()
    {
        TestDatabase desk;
        QVERIFY(m_central->sync(desk.path(), kClerk.username).completed);
        Citizen mine = person(u"Doppio"_s, 7);
        QString error;
        QVERIFY(CitizenRepository(desk.path()).create(kClerk, &mine, &error));
        // Meanwhile another desk of Vibo Valentia registered the same person.
        const QString theirs = RowStamp::newId();
        const QString insert = u"INSERT INTO sportello.citizen (id, municipality, fiscal_code, "
                               "surname, given_names, sex, birth_date, birth_place_code, "
                               "updated_at) VALUES ('%1', '%2', '%3', 'Doppio', 'Lucia', 'F', "
                               "'%4', 'F537', '2026-01-01T00:00:00.000Z')"_s;
        QVERIFY(m_central->exec(
            insert.arg(theirs, kVibo, mine.fiscalCode, mine.birthDate.toString(Qt::ISODate))));
        // A second live one is refused to anyone, in psql too.
        QVERIFY(!m_central->execAs(kClerk.username,
                                   insert.arg(RowStamp::newId(), kVibo, mine.fiscalCode,
                                              mine.birthDate.toString(Qt::ISODate)),
                                   &error));
        QVERIFY2(error.contains(u"citizen_live_fiscal_code"_s), qPrintable(error));
        // In another municipality the same person may be registered.
        QVERIFY(m_central->exec(insert.arg(RowStamp::newId(), u"048017"_s, mine.fiscalCode,
                                           mine.birthDate.toString(Qt::ISODate))));

        const SyncReport report = m_central->sync(desk.path(), kClerk.username);
        QVERIFY2(report.completed, qPrintable(report.error));
        QCOMPARE(report.conflicts, 1);
        QCOMPARE(report.setAside, 1);
        QCOMPARE(
            centralCount(u"SELECT count(*) FROM sportello.citizen WHERE fiscal_code = '%1' "
                         "AND municipality = '%2' AND deleted = 0"_s.arg(mine.fiscalCode, kVibo)),
            1);
        const QList<DuplicateCitizen> duplicates = DuplicateCitizens::open(desk.path());
        QCOMPARE(duplicates.size(), 1);
        QCOMPARE(duplicates.first().source, DuplicateCitizen::Source::Region);
        QCOMPARE(duplicates.first().localId, mine.id);
        QCOMPARE(duplicates.first().otherId, theirs);
        QVERIFY2(duplicates.first().otherDetails.contains(mine.fiscalCode),
                 qPrintable(duplicates.first().otherDetails));

        // The clerk's record was the duplicate: retired, the region's one applies.
        QVERIFY2(CitizenRepository(desk.path()).setDeleted(kClerk, mine.id, true, &error),
                 qPrintable(error));
        const SyncReport merged = m_central->sync(desk.path(), kClerk.username);
        QVERIFY2(merged.completed, qPrintable(merged.error));
        QCOMPARE(merged.setAside, 0);
        QCOMPARE(localCount(desk.path(),
                            u"SELECT count(*) FROM citizen WHERE id = '%1' AND "
                            "deleted = 0"_s.arg(theirs)),
                 1);
        QVERIFY(DuplicateCitizens::open(desk.path()).isEmpty());
    }

    // 11. `central init` on a region that already holds duplicates (before schema 9): it goes
    //     through, the first registered stays live, the others are retired and listed, and the
    //     desks pull the retirement.
    void centralInitRetiresTheDuplicatesItFinds()
    {
        QVERIFY(m_central->exec(u"DROP INDEX sportello.citizen_live_fiscal_code"_s));
        QVERIFY(m_central->exec(u"DROP TABLE sync.citizen_duplicate"_s));
        QVERIFY(m_central->exec(u"UPDATE sync.schema_version SET version = 8"_s));
        const QString code = person(u"Vecchio"_s, 3).fiscalCode;
        const QString insert = u"INSERT INTO sportello.citizen (id, municipality, fiscal_code, "
                               "surname, given_names, sex, birth_date, birth_place_code, "
                               "updated_at) VALUES ('%1', '%2', '%3', 'Vecchio', 'Lucia', 'F', "
                               "'1980-01-04', 'F537', '2026-01-01T00:00:00.000Z')"_s;
        const QString first = u"01900000-0000-7000-8000-000000000001"_s;
        const QString second = u"01900000-0000-7000-8000-000000000002"_s;
        const QString firenze = u"01900000-0000-7000-8000-000000000003"_s;
        QVERIFY(m_central->exec(insert.arg(second, kVibo, code)));
        QVERIFY(m_central->exec(insert.arg(first, kVibo, code)));
        QVERIFY(m_central->exec(insert.arg(firenze, u"048017"_s, code)));

        QString error;
        QVERIFY2(CentralSchema::init(QSqlDatabase::database(m_central->adminConnection()), &error),
                 qPrintable(error));
        QCOMPARE(centralCount(u"SELECT max(version) FROM sync.schema_version"_s),
                 CentralSchema::latestVersion());
        QCOMPARE(
            m_central
                ->scalar(u"SELECT string_agg(id::text, ' ' ORDER BY id) FROM sportello.citizen "
                         "WHERE fiscal_code = '%1' AND deleted = 0"_s.arg(code))
                .toString(),
            first + u' ' + firenze);
        QCOMPARE(m_central
                     ->scalar(u"SELECT citizen_id::text || '>' || kept_id::text FROM "
                              "sync.citizen_duplicate"_s)
                     .toString(),
                 second + u'>' + first);
        QCOMPARE(m_central
                     ->scalarAs(kAdmin.username, u"SELECT count(*) FROM sync.citizen_duplicate"_s,
                                &error)
                     .toInt(),
                 1);
        QCOMPARE(
            m_central->scalarAs(kClerk.username, u"SELECT count(*) FROM sync.citizen_duplicate"_s),
            QVariant()); // administrators only

        TestDatabase desk;
        const SyncReport pulled = m_central->sync(desk.path(), kClerk.username);
        QVERIFY2(pulled.completed, qPrintable(pulled.error));
        QCOMPARE(pulled.setAside, 0);
        QCOMPARE(localCount(desk.path(),
                            u"SELECT count(*) FROM citizen WHERE fiscal_code = '%1' "
                            "AND deleted = 0"_s.arg(code)),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestSharedDesk)
#include "tst_shareddesk.moc"
