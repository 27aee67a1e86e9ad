#include "centralfixture.h"
#include "models/access/session.h"
#include "models/casework/agenda.h"
#include "models/casework/casefile.h"
#include "models/casework/caserepository.h"
#include "models/db/database.h"
#include "models/db/rowstamp.h"
#include "models/sync/centralconnection.h"
#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;

namespace {

const QString kClerk = u"m.rossi"_s;
const QString kWorker = u"s.greco"_s; // the case is assigned to her
const QString kOtherWorker = u"s.bruno"_s;
const QString kCoordinator = u"l.nidi"_s;
const QString kAdmin = u"a.admin"_s;
const QString kFirenze = u"f.sociale"_s;

} // namespace

// Who sees what of a social case in the regional database, with each role's own login
// (DESIGN.md §3, issue 5): enforced by grants and row-level security, whatever SQL is typed.
class TestCaseworkVisibility : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CentralFixture> m_central;
    QString m_caseId;

    // count(*) of a table as a login; -1 when the login has no right to ask.
    int countAs(const QString &user, const QString &table)
    {
        Central::Failure failure;
        QString error;
        const QString name = u"as-"_s + user;
        if (!Central::open(name, m_central->conninfo(user), CentralFixture::password(), &failure,
                           &error))
            qFatal("%s", qPrintable(error));
        int count = -1;
        {
            QSqlQuery q(QSqlDatabase::database(name));
            if (q.exec(u"SELECT count(*) FROM sportello."_s + table) && q.next())
                count = q.value(0).toInt();
        }
        Central::close(name);
        return count;
    }

    bool execAs(const QString &user, const QString &sql, QString *error = nullptr)
    {
        Central::Failure failure;
        QString openError;
        const QString name = u"exec-"_s + user;
        if (!Central::open(name, m_central->conninfo(user), CentralFixture::password(), &failure,
                           &openError))
            qFatal("%s", qPrintable(openError));
        bool ok = false;
        {
            QSqlQuery q(QSqlDatabase::database(name));
            ok = q.exec(sql);
            if (error)
                *error = q.lastError().text();
        }
        Central::close(name);
        return ok;
    }

    QString insertAs(const QString &table, const QString &columns, const QString &values) const
    {
        return u"INSERT INTO sportello.%1 (id, municipality, %2, updated_at) VALUES ('%3', "
               "'102047', %4, '2026-01-01T00:00:00.000Z')"_s.arg(table, columns, RowStamp::newId(),
                                                                 values);
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
        QVERIFY2(m_central->addUser(kClerk, Role::Clerk, u"102047"_s)
                     && m_central->addUser(kWorker, Role::SocialWorker, u"102047"_s)
                     && m_central->addUser(kOtherWorker, Role::SocialWorker, u"102047"_s)
                     && m_central->addUser(kCoordinator, Role::Coordinator, u"102047"_s)
                     && m_central->addUser(kAdmin, Role::Admin, u"102047"_s)
                     && m_central->addUser(kFirenze, Role::SocialWorker, u"048017"_s),
                 qPrintable(m_central->error()));
        // The assigned worker opens the case and writes both kinds of note, as her desk
        // would push them.
        m_caseId = RowStamp::newId();
        const QString citizen = RowStamp::newId();
        QString error;
        QVERIFY2(execAs(kClerk,
                        u"INSERT INTO sportello.citizen (id, municipality, fiscal_code, surname, "
                        "given_names, sex, birth_date, birth_place_code, updated_at) VALUES ('%1', "
                        "'102047', 'RSSMRA85T10A562S', 'Rossi', 'Mario', 'M', '1985-12-10', "
                        "'A562', '2026-01-01T00:00:00.000Z')"_s.arg(citizen),
                        &error),
                 qPrintable(error));
        QVERIFY2(execAs(kWorker,
                        u"INSERT INTO sportello.social_case (id, municipality, number, citizen_id, "
                        "status, need_area, assigned_to, opened_at, last_activity, updated_at) "
                        "VALUES ('%1', '102047', '2026/000001', '%2', 'assessment', 'income', "
                        "'s.greco', '2026-01-01', '2026-01-01', '2026-01-01T00:00:00.000Z')"_s.arg(
                            m_caseId, citizen),
                        &error),
                 qPrintable(error));
        QVERIFY2(
            execAs(kWorker,
                   insertAs(u"case_note"_s, u"case_id, written_at, written_by, body"_s,
                            u"'%1', '2026-01-02', 's.greco', 'Colloquio svolto'"_s.arg(m_caseId)),
                   &error),
            qPrintable(error));
        QVERIFY2(
            execAs(kWorker,
                   insertAs(
                       u"case_confidential_note"_s, u"case_id, written_at, written_by, body"_s,
                       u"'%1', '2026-01-02', 's.greco', 'Situazione di violenza'"_s.arg(m_caseId)),
                   &error),
            qPrintable(error));
        QVERIFY2(execAs(kClerk,
                        insertAs(u"case_request"_s,
                                 u"number, citizen_id, received_at, channel, need_area, summary, "
                                 "recorded_by"_s,
                                 u"'2026/R00001', '%1', '2026-01-01', 'desk', 'income', "
                                 "'Chiede un contributo', 'm.rossi'"_s.arg(citizen)),
                        &error),
                 qPrintable(error));
    }

    void cleanup() { m_central.reset(); }

    void eachRoleSeesWhatItMay_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("cases");
        QTest::addColumn<int>("requests");
        QTest::addColumn<int>("notes");
        QTest::addColumn<int>("confidential");
        // -1: no grant at all (permission denied), whatever the row.
        QTest::newRow("clerk") << kClerk << 1 << 1 << -1 << -1;
        QTest::newRow("assigned social worker") << kWorker << 1 << 1 << 1 << 1;
        QTest::newRow("other social worker") << kOtherWorker << 1 << 1 << 1 << 0;
        QTest::newRow("childcare coordinator") << kCoordinator << -1 << -1 << -1 << -1;
        QTest::newRow("administrator") << kAdmin << 1 << 1 << -1 << -1;
        QTest::newRow("Firenze social worker") << kFirenze << 0 << 0 << 0 << 0;
    }

    void eachRoleSeesWhatItMay()
    {
        QFETCH(QString, user);
        QFETCH(int, cases);
        QFETCH(int, requests);
        QFETCH(int, notes);
        QFETCH(int, confidential);
        QCOMPARE(countAs(user, u"social_case"_s), cases);
        QCOMPARE(countAs(user, u"case_request"_s), requests);
        QCOMPARE(countAs(user, u"case_note"_s), notes);
        QCOMPARE(countAs(user, u"case_confidential_note"_s), confidential);
    }

    void onlyTheAssignedWorkerWritesConfidentialNotes()
    {
        QString error;
        QVERIFY(!execAs(kOtherWorker,
                        insertAs(u"case_confidential_note"_s,
                                 u"case_id, written_at, written_by, body"_s,
                                 u"'%1', '2026-01-03', 's.bruno', 'x'"_s.arg(m_caseId)),
                        &error));
        QVERIFY2(error.contains(u"row-level security"_s), qPrintable(error));
        // Nor may the assigned worker sign one in someone else's name.
        QVERIFY(!execAs(kWorker,
                        insertAs(u"case_confidential_note"_s,
                                 u"case_id, written_at, written_by, body"_s,
                                 u"'%1', '2026-01-03', 's.bruno', 'x'"_s.arg(m_caseId)),
                        &error));
    }

    void notesNeverChange()
    {
        QString error;
        // No grant to change or remove them...
        QVERIFY(!execAs(kWorker, u"UPDATE sportello.case_note SET body = 'altro'"_s, &error));
        QVERIFY2(error.contains(u"permission denied"_s), qPrintable(error));
        QVERIFY(!execAs(kWorker, u"DELETE FROM sportello.case_confidential_note"_s, &error));
        // ...and not even the region's own administrator can rewrite one.
        QVERIFY(!m_central->exec(u"UPDATE sportello.case_note SET body = 'altro'"_s));
        QCOMPARE(m_central->scalar(u"SELECT body FROM sportello.case_note"_s).toString(),
                 u"Colloquio svolto"_s);
    }

    void reassignmentHandsTheConfidentialNotesOver()
    {
        QString error;
        QVERIFY2(
            execAs(
                kWorker,
                u"UPDATE sportello.social_case SET assigned_to = 's.bruno' WHERE id = '%1'"_s.arg(
                    m_caseId),
                &error),
            qPrintable(error));
        QCOMPARE(countAs(kOtherWorker, u"case_confidential_note"_s), 1);
        QCOMPARE(countAs(kWorker, u"case_confidential_note"_s), 0);
        // Logged again, so the new worker's desk pulls the note.
        QCOMPARE(m_central
                     ->scalar(u"SELECT count(*) FROM sync.change_log WHERE table_name = "
                              "'case_confidential_note'"_s)
                     .toInt(),
                 2);
    }

    void confidentialNotesNeverReachAClerksDesk()
    {
        TestDatabase desk;
        const SyncReport report = m_central->sync(desk.path(), kClerk);
        QVERIFY2(report.completed, qPrintable(report.error));
        QSqlQuery q(Db::connection(desk.path()));
        for (const auto &[table, expected] :
             {std::pair {u"social_case"_s, 1}, std::pair {u"case_request"_s, 1},
              std::pair {u"case_note"_s, 0}, std::pair {u"case_confidential_note"_s, 0}}) {
            QVERIFY(q.exec(u"SELECT count(*) FROM "_s + table) && q.next());
            QCOMPARE(q.value(0).toInt(), expected);
        }
        TestDatabase workerDesk;
        QVERIFY(m_central->sync(workerDesk.path(), kWorker).completed);
        QSqlQuery w(Db::connection(workerDesk.path()));
        QVERIFY(w.exec(u"SELECT body FROM case_confidential_note"_s) && w.next());
        QCOMPARE(w.value(0).toString(), u"Situazione di violenza"_s);
    }

    // A request made at the clerk's desk reaches the worker's desk; what she does there
    // reaches the region and the other desks, each seeing what its role may.
    void aCaseTravelsBetweenTheDesks()
    {
        using namespace Casework;
        const Session clerk {kClerk, u"Maria Rossi"_s, Role::Clerk, u"102047"_s};
        const Session worker {kWorker, u"Sara Greco"_s, Role::SocialWorker, u"102047"_s};
        TestDatabase clerkDesk;
        QVERIFY(m_central->sync(clerkDesk.path(), kClerk).completed);
        QSqlQuery citizen(u"SELECT id FROM citizen"_s, Db::connection(clerkDesk.path()));
        QVERIFY(citizen.next());
        CaseRequest request {QString(),
                             QString(),
                             citizen.value(0).toString(),
                             QDateTime::currentDateTimeUtc(),
                             Channel::Desk,
                             NeedArea::Work,
                             u"Cerca lavoro"_s,
                             QString(),
                             QString()};
        QString error;
        QVERIFY2(CaseRepository(clerkDesk.path()).recordRequest(clerk, &request, &error),
                 qPrintable(error));
        Appointment appointment;
        appointment.worker = kWorker;
        appointment.citizenId = request.citizenId;
        appointment.startsAt = QDateTime::currentDateTimeUtc().addDays(1);
        appointment.endsAt = appointment.startsAt.addSecs(1800);
        appointment.purpose = u"Primo colloquio"_s;
        QVERIFY2(Agenda(clerkDesk.path()).book(clerk, &appointment, &error), qPrintable(error));
        SyncReport report = m_central->sync(clerkDesk.path(), kClerk);
        QVERIFY2(report.completed && report.conflicts == 0 && report.pending == 0,
                 qPrintable(report.error));

        TestDatabase workerDesk;
        QVERIFY(m_central->sync(workerDesk.path(), kWorker).completed);
        CaseRepository cases(workerDesk.path());
        QVERIFY(cases.request(request.id));
        QCOMPARE(Agenda(workerDesk.path())
                     .of(kWorker, appointment.startsAt.addSecs(-60), appointment.endsAt)
                     .size(),
                 1);
        SocialCase opened;
        QVERIFY2(cases.openCase(worker, request.id, kWorker, &opened, &error), qPrintable(error));
        QVERIFY2(cases.addNote(worker, opened.id, u"Vive da solo"_s, true, QString(), &error),
                 qPrintable(error));
        Plan plan {QString(),
                   QDate::currentDate(),
                   u"AdI"_s,
                   u"Lavoro"_s,
                   QDate::currentDate().addMonths(6),
                   {PlanAction {QString(), u"Iscrizione al CPI"_s, Responsible::Citizen, QString(),
                                QDate::currentDate().addDays(7), QDate(), ActionStatus::Open}}};
        Assessment assessment {QString(),
                               Assessment::Kind::Preliminary,
                               QDate::currentDate(),
                               {{NeedArea::Work, 3}},
                               QString(),
                               u"Motivato"_s,
                               QString()};
        CaseFile file(workerDesk.path(), opened.id);
        QVERIFY2(file.addAssessment(worker, &assessment, &error), qPrintable(error));
        QVERIFY2(file.savePlan(worker, &plan, &error), qPrintable(error));
        report = m_central->sync(workerDesk.path(), kWorker);
        QVERIFY2(report.completed && report.conflicts == 0 && report.pending == 0,
                 qPrintable(report.error));
        QCOMPARE(m_central->scalar(u"SELECT count(*) FROM sportello.plan_action"_s).toInt(), 1);
        QCOMPARE(m_central
                     ->scalar(u"SELECT case_id FROM sportello.case_request WHERE id = '%1'"_s.arg(
                         request.id))
                     .toString(),
                 opened.id);

        // The clerk sees the case, its state and worker; not its plan, nor any note.
        QVERIFY(m_central->sync(clerkDesk.path(), kClerk).completed);
        const auto seen = CaseRepository(clerkDesk.path()).find(opened.id);
        QVERIFY(seen);
        QCOMPARE(seen->assignedTo, kWorker);
        QSqlQuery q(Db::connection(clerkDesk.path()));
        for (const QString &table : {u"case_plan"_s, u"plan_action"_s, u"case_note"_s,
                                     u"case_confidential_note"_s, u"case_assessment"_s}) {
            QVERIFY(q.exec(u"SELECT count(*) FROM "_s + table) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        // Another social worker's desk has the case file without the confidential note.
        TestDatabase otherDesk;
        QVERIFY(m_central->sync(otherDesk.path(), kOtherWorker).completed);
        QVERIFY(CaseFile(otherDesk.path(), opened.id).plan());
        QSqlQuery o(Db::connection(otherDesk.path()));
        QVERIFY(o.exec(u"SELECT count(*) FROM case_confidential_note"_s) && o.next());
        QCOMPARE(o.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCaseworkVisibility)
#include "tst_caseworkvisibility.moc"
