#include "centralfixture.h"
#include "models/competences/conceptstore.h"
#include "models/competences/courses.h"
#include "models/competences/libretto.h"
#include "models/competences/repertoryimport.h"
#include "models/db/database.h"
#include "models/db/localstate.h"
#include "models/nursery/nurseryrepository.h"
#include "models/registry/citizenrepository.h"
#include "models/registry/citizensearch.h"
#include "models/registry/fiscalcode.h"
#include "models/sync/centralconnection.h"
#include "models/sync/centralschema.h"
#include "models/sync/conflictstore.h"
#include "models/sync/referencedata.h"
#include "nurseryfixture.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;

namespace {

const Session kRossi {u"m.rossi"_s, u"Maria Rossi"_s, Role::Clerk, u"102047"_s};
const Session kVerdi {u"g.verdi"_s, u"Giulio Verdi"_s, Role::Clerk, u"102047"_s};
const Session kBianchi {u"f.bianchi"_s, u"Franca Bianchi"_s, Role::Clerk, u"048017"_s};
const Session kNidi {u"l.nidi"_s, u"Lucia Nidi"_s, Role::Coordinator, u"102047"_s};

Citizen person(const QString &surname, const QString &given, int day)
{
    Citizen c;
    c.surname = surname;
    c.givenNames = given;
    c.sex = u'F';
    c.birthDate = QDate(1980, 1, 1).addDays(day);
    c.birthPlaceCode = u"F537"_s;
    c.fiscalCode = FiscalCode::compute({c.surname, c.givenNames, c.sex, c.birthDate, u"F537"_s});
    return c;
}

QString localScalar(const QString &path, const QString &sql)
{
    QSqlQuery query(sql, Db::connection(path));
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

// The sync engine against a real PostgreSQL (pg_virtualenv): two and three desks, faults.
class tst_SyncEngine final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aCitizenTravelsFromDeskToDesk();
    void concurrentEditsConflictNothingLostThenConverge();
    void aRetriedBatchIsAppliedOnce();
    void connectionKilledMidPushThenResumed();
    void connectionKilledMidPullThenResumed();
    void aLateCommitIsNotSkipped();
    void municipalitiesSeeOnlyTheirRows();
    void auditLogIsAppendOnlyAndReadByAdministratorsOnly();
    void refusalsAreClear();
    void staffAccountsComeDown();
    void aRowDeletedOnTheDeskBecomesATombstone();
    void aTableTheRegionDoesNotKeepStopsTheHandshake();
    void aNurseryRoundTravelsWhole();
    void aLibrettoTravelsWithItsCitizen();
    void theRegionsReferenceDataFlowsDown();
    void aLargeFirstPullLeavesTheDeskWritable();

private:
    std::unique_ptr<CentralFixture> m_central;
};

void tst_SyncEngine::initTestCase()
{
    if (!CentralFixture::serverAvailable()) {
        if (qEnvironmentVariableIntValue("SPORTELLO_REQUIRE_PG"))
            QFAIL("no PostgreSQL server: run the tests through pg_virtualenv");
        QSKIP("no PostgreSQL server (PGHOST unset)");
    }
}

void tst_SyncEngine::init()
{
    m_central = std::make_unique<CentralFixture>();
    QVERIFY2(m_central->isValid(), qPrintable(m_central->error()));
    QVERIFY2(m_central->addUser(kRossi.username, Role::Clerk, kRossi.municipality)
                 && m_central->addUser(kVerdi.username, Role::Clerk, kVerdi.municipality)
                 && m_central->addUser(kBianchi.username, Role::Clerk, kBianchi.municipality)
                 && m_central->addUser(u"a.admin"_s, Role::Admin, u"102047"_s)
                 && m_central->addUser(kNidi.username, Role::Coordinator, kNidi.municipality),
             qPrintable(m_central->error()));
}

void tst_SyncEngine::cleanup()
{
    m_central.reset();
}

void tst_SyncEngine::aCitizenTravelsFromDeskToDesk()
{
    TestDatabase deskA;
    TestDatabase deskB;
    Citizen c = person(u"D'Amico"_s, u"Nicolò"_s, 1);
    c.address = u"Via dell'Affaccio 3"_s;
    QString error;
    QVERIFY(CitizenRepository(deskA.path()).create(kRossi, &c, &error));

    const SyncReport a = m_central->sync(deskA.path(), kRossi.username);
    QVERIFY2(a.completed, qPrintable(a.error));
    QCOMPARE(a.pushed, 2); // the citizen and its audit event
    QCOMPARE(a.pending, 0);
    QCOMPARE(m_central->scalar(u"SELECT row_version FROM sportello.citizen"_s).toInt(), 1);
    QCOMPARE(localScalar(deskA.path(), u"SELECT row_version FROM citizen"_s), u"1"_s);

    const SyncReport b = m_central->sync(deskB.path(), kVerdi.username);
    QVERIFY2(b.completed, qPrintable(b.error));
    QCOMPARE(b.pulled, 1); // the audit event stays with administrators
    const auto copy = CitizenRepository(deskB.path()).find(c.id);
    QVERIFY(copy);
    QCOMPARE(copy->surname, u"D'Amico"_s);
    QCOMPARE(copy->givenNames, u"Nicolò"_s);
    QCOMPARE(copy->address, c.address);
    QCOMPARE(copy->birthDate, c.birthDate);
    QCOMPARE(copy->rowVersion, 1);
    QCOMPARE(copy->updatedBy, kRossi.username);
    // Pulled rows are searchable and are not sent back.
    QCOMPARE(CitizenQuery::parse(u"damico"_s).first(Db::connection(deskB.path()), 5).size(), 1);
    QCOMPARE(LocalState::pendingChanges(deskB.path()), 0);
    // A second cycle has nothing to do.
    const SyncReport again = m_central->sync(deskB.path(), kVerdi.username);
    QCOMPARE(again.pulled + again.pushed, 0);
}

void tst_SyncEngine::concurrentEditsConflictNothingLostThenConverge()
{
    TestDatabase deskA;
    TestDatabase deskB;
    Citizen c = person(u"Greco"_s, u"Anna"_s, 2);
    QString error;
    QVERIFY(CitizenRepository(deskA.path()).create(kRossi, &c, &error));
    QVERIFY(m_central->sync(deskA.path(), kRossi.username).completed);
    QVERIFY(m_central->sync(deskB.path(), kVerdi.username).completed);

    // Both desks edit the same citizen offline.
    Citizen onA = *CitizenRepository(deskA.path()).find(c.id);
    onA.address = u"Via Roma 1"_s;
    QVERIFY(CitizenRepository(deskA.path()).update(kRossi, onA, &error));
    Citizen onB = *CitizenRepository(deskB.path()).find(c.id);
    onB.address = u"Corso Umberto 9"_s;
    onB.phone = u"333 1234567"_s;
    QVERIFY(CitizenRepository(deskB.path()).update(kVerdi, onB, &error));

    QVERIFY(m_central->sync(deskA.path(), kRossi.username).completed); // first wins
    const SyncReport b = m_central->sync(deskB.path(), kVerdi.username);
    QVERIFY2(b.completed, qPrintable(b.error));
    QCOMPARE(b.conflicts, 1);
    QCOMPARE(b.pending, 0);
    QCOMPARE(m_central->scalar(u"SELECT address FROM sportello.citizen"_s).toString(),
             u"Via Roma 1"_s);
    QCOMPARE(m_central->scalar(u"SELECT count(*) FROM sync.conflict"_s).toInt(), 1);

    // Desk B now shows the regional version; its own edit waits in the conflict.
    QCOMPARE(CitizenRepository(deskB.path()).find(c.id)->address, u"Via Roma 1"_s);
    ConflictStore conflicts(deskB.path());
    const QList<SyncConflict> open = conflicts.open(kVerdi.username);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().mine.value(u"address"_s).toString(), u"Corso Umberto 9"_s);
    QCOMPARE(open.first().theirs.value(u"address"_s).toString(), u"Via Roma 1"_s);
    QVERIFY(conflicts.comparedFields(open.first()).contains(u"phone"_s));
    QVERIFY(!conflicts.comparedFields(open.first()).contains(u"row_version"_s));

    // The person keeps their address and phone, field by field.
    QJsonObject chosen = open.first().theirs;
    chosen[u"address"_s] = open.first().mine.value(u"address"_s);
    chosen[u"phone"_s] = open.first().mine.value(u"phone"_s);
    QVERIFY2(conflicts.resolve(kVerdi, open.first(), chosen, &error), qPrintable(error));
    QCOMPARE(conflicts.openCount(kVerdi.username), 0);

    const SyncReport resolved = m_central->sync(deskB.path(), kVerdi.username);
    QVERIFY2(resolved.completed, qPrintable(resolved.error));
    QCOMPARE(resolved.conflicts, 0);
    QVERIFY(m_central->sync(deskA.path(), kRossi.username).completed);
    for (const QString &desk : {deskA.path(), deskB.path()}) {
        const auto row = CitizenRepository(desk).find(c.id);
        QCOMPARE(row->address, u"Corso Umberto 9"_s);
        QCOMPARE(row->phone, u"333 1234567"_s);
        QCOMPARE(row->rowVersion, 3);
    }
    QVERIFY(!m_central->scalar(u"SELECT resolved_at FROM sync.conflict"_s).isNull());
}

void tst_SyncEngine::aRetriedBatchIsAppliedOnce()
{
    TestDatabase desk;
    QString error;
    for (int i = 0; i < 20; ++i) {
        Citizen c = person(u"Bruno"_s, u"Elia"_s, 10 + i);
        QVERIFY(CitizenRepository(desk.path()).create(kRossi, &c, &error));
    }
    // Keep the outbox as it was, as if the acknowledgement never arrived.
    QSqlQuery save(u"CREATE TABLE outbox_copy AS SELECT * FROM outbox"_s,
                   Db::connection(desk.path()));
    QVERIFY(m_central->sync(desk.path(), kRossi.username, 7).completed);
    QSqlQuery restore(Db::connection(desk.path()));
    QVERIFY(restore.exec(u"INSERT INTO outbox SELECT * FROM outbox_copy"_s));
    QVERIFY(restore.exec(u"UPDATE sync_control SET applying = 1"_s)); // not a new edit
    QVERIFY(restore.exec(u"UPDATE citizen SET row_version = 0"_s));
    QVERIFY(restore.exec(u"UPDATE sync_control SET applying = 0"_s));

    const SyncReport retry = m_central->sync(desk.path(), kRossi.username, 7);
    QVERIFY2(retry.completed, qPrintable(retry.error));
    QCOMPARE(retry.conflicts, 0);
    QCOMPARE(m_central->scalar(u"SELECT count(*) FROM sportello.citizen"_s).toInt(), 20);
    QCOMPARE(m_central->scalar(u"SELECT max(row_version) FROM sportello.citizen"_s).toInt(), 1);
    QCOMPARE(m_central->scalar(u"SELECT count(*) FROM sync.applied_mutation"_s).toInt(), 40);
}

void tst_SyncEngine::connectionKilledMidPushThenResumed()
{
    TestDatabase desk;
    QString error;
    for (int i = 0; i < 600; ++i) {
        Citizen c = person(u"Costa"_s, u"Sara"_s, i);
        QVERIFY(CitizenRepository(desk.path()).create(kRossi, &c, &error));
    }
    // Kill the desk's backend from another session after the second batch.
    const auto kill = [this](const SyncEngine::Progress &p) {
        if (p.stage == SyncEngine::Progress::Stage::Push && p.done == 200)
            m_central->killConnections(kRossi.username);
    };
    const SyncReport cut = m_central->sync(desk.path(), kRossi.username, 100, 5000, kill);
    QVERIFY(!cut.completed);
    QCOMPARE(cut.failure, Central::Failure::Unreachable);
    QVERIFY(cut.pending > 0);

    const SyncReport resumed = m_central->sync(desk.path(), kRossi.username, 100);
    QVERIFY2(resumed.completed, qPrintable(resumed.error));
    QCOMPARE(resumed.pending, 0);
    QCOMPARE(m_central->scalar(u"SELECT count(*) FROM sportello.citizen"_s).toInt(), 600);
    QCOMPARE(m_central->scalar(u"SELECT count(*) FROM sync.conflict"_s).toInt(), 0);
    QCOMPARE(m_central->scalar(u"SELECT max(row_version) FROM sportello.citizen"_s).toInt(), 1);
}

void tst_SyncEngine::connectionKilledMidPullThenResumed()
{
    TestDatabase source;
    TestDatabase desk;
    QString error;
    for (int i = 0; i < 700; ++i) {
        Citizen c = person(u"Russo"_s, u"Luca"_s, i);
        QVERIFY(CitizenRepository(source.path()).create(kRossi, &c, &error));
    }
    QVERIFY(m_central->sync(source.path(), kRossi.username).completed);

    const auto kill = [this](const SyncEngine::Progress &p) {
        if (p.stage == SyncEngine::Progress::Stage::Pull && p.done >= 300 && p.done < 450)
            m_central->killConnections(kVerdi.username);
    };
    const SyncReport cut = m_central->sync(desk.path(), kVerdi.username, 500, 150, kill);
    QVERIFY(!cut.completed);
    QCOMPARE(cut.failure, Central::Failure::Unreachable);
    const int partial = localScalar(desk.path(), u"SELECT count(*) FROM citizen"_s).toInt();
    QVERIFY(partial > 0 && partial < 700);

    const SyncReport resumed = m_central->sync(desk.path(), kVerdi.username, 500, 150);
    QVERIFY2(resumed.completed, qPrintable(resumed.error));
    QCOMPARE(localScalar(desk.path(), u"SELECT count(*) FROM citizen"_s).toInt(), 700);
    QCOMPARE(localScalar(desk.path(), u"SELECT count(*) FROM citizen_search"_s).toInt(), 700);
    QCOMPARE(partial + resumed.pulled, 700); // nothing twice
}

void tst_SyncEngine::aLateCommitIsNotSkipped()
{
    TestDatabase deskA;
    TestDatabase deskB;
    // A long transaction takes its transaction id first and commits last.
    Central::Failure failure;
    QString error;
    QVERIFY(Central::open(u"late"_s, m_central->conninfo(kRossi.username),
                          CentralFixture::password(), &failure, &error));
    auto slow = std::make_unique<QSqlQuery>(QSqlDatabase::database(u"late"_s));
    QVERIFY(slow->exec(u"BEGIN"_s));
    QVERIFY2(slow->exec(u"INSERT INTO sportello.citizen (id, municipality, fiscal_code, surname, "
                        "given_names, sex, birth_date, birth_place_code, updated_at) VALUES "
                        "(gen_random_uuid(), '102047', 'LTECMT80A01F537X', 'Tardi', 'Carlo', 'M', "
                        "'1980-01-01', 'F537', 'x')"_s),
             qPrintable(slow->lastError().text()));

    Citizen quick = person(u"Presto"_s, u"Lia"_s, 5);
    QVERIFY(CitizenRepository(deskA.path()).create(kRossi, &quick, &error));
    QVERIFY(m_central->sync(deskA.path(), kRossi.username).completed); // commits after "late"'s xid

    QVERIFY(m_central->sync(deskB.path(), kVerdi.username).completed);
    // What committed arrives at once, although an older transaction is still open...
    QCOMPARE(localScalar(deskB.path(), u"SELECT surname FROM citizen"_s), u"Presto"_s);

    QVERIFY(slow->exec(u"COMMIT"_s));
    slow.reset();
    Central::close(u"late"_s);
    // ...and the open one's row once it commits, although its id is older.
    QVERIFY(m_central->sync(deskB.path(), kVerdi.username).completed);
    QCOMPARE(localScalar(deskB.path(),
                         u"SELECT group_concat(surname, ',') FROM "
                         "(SELECT surname FROM citizen ORDER BY surname)"_s),
             u"Presto,Tardi"_s);
}

void tst_SyncEngine::municipalitiesSeeOnlyTheirRows()
{
    TestDatabase vibo;
    TestDatabase firenze;
    QString error;
    Citizen c = person(u"Vibonese"_s, u"Rosa"_s, 3);
    QVERIFY(CitizenRepository(vibo.path()).create(kRossi, &c, &error));
    QVERIFY(m_central->sync(vibo.path(), kRossi.username).completed);

    QVERIFY(m_central->sync(firenze.path(), kBianchi.username).completed);
    QCOMPARE(localScalar(firenze.path(), u"SELECT count(*) FROM citizen"_s).toInt(), 0);

    // The same with psql, whatever SQL a Firenze login types: no Vibo row, no way around it.
    QProcess psql;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGPASSWORD"_s, CentralFixture::password());
    psql.setProcessEnvironment(env);
    psql.start(
        u"psql"_s,
        {u"-X"_s, u"-At"_s, u"-v"_s, u"ON_ERROR_STOP=0"_s, m_central->conninfo(kBianchi.username),
         u"-c"_s, u"SET sync.municipality = '102047'"_s, u"-c"_s,
         u"SELECT count(*) FROM sportello.citizen"_s, u"-c"_s,
         u"SELECT count(*) FROM sync.change_log"_s, u"-c"_s,
         u"UPDATE sportello.citizen SET surname = 'X'"_s, u"-c"_s,
         u"UPDATE sportello.staff SET municipality = '102047' WHERE username = 'f.bianchi'"_s,
         u"-c"_s, u"SELECT count(*) FROM sportello.citizen"_s});
    QVERIFY(psql.waitForFinished(30000));
    const QString out = QString::fromUtf8(psql.readAllStandardOutput());
    const QString err = QString::fromUtf8(psql.readAllStandardError());
    QCOMPARE(out.split(u'\n', Qt::SkipEmptyParts),
             (QStringList {u"SET"_s, u"0"_s, u"0"_s, u"UPDATE 0"_s, u"0"_s}));
    QVERIFY2(err.contains(u"permission denied for table staff"_s), qPrintable(err));

    // A Firenze desk writing a Vibo row (or the same id) is refused, kept as a conflict.
    Citizen intruder = person(u"Intruso"_s, u"Ugo"_s, 4);
    Session intruding = kBianchi;
    intruding.municipality = u"102047"_s;
    QVERIFY(CitizenRepository(firenze.path()).create(intruding, &intruder, &error));
    const SyncReport report = m_central->sync(firenze.path(), kBianchi.username);
    QVERIFY2(report.completed, qPrintable(report.error));
    QCOMPARE(report.conflicts, 2); // the row and its audit event
    QCOMPARE(m_central->scalar(u"SELECT count(*) FROM sportello.citizen"_s).toInt(), 1);
    QVERIFY(m_central->scalar(u"SELECT reason FROM sync.conflict WHERE table_name = 'citizen'"_s)
                .toString()
                .contains(u"row-level security"_s));
}

void tst_SyncEngine::auditLogIsAppendOnlyAndReadByAdministratorsOnly()
{
    TestDatabase desk;
    QString error;
    Citizen c = person(u"Audit"_s, u"Ada"_s, 6);
    QVERIFY(CitizenRepository(desk.path()).create(kRossi, &c, &error));
    QVERIFY(m_central->sync(desk.path(), kRossi.username).completed);
    QCOMPARE(m_central->scalar(u"SELECT count(*) FROM sportello.audit_event"_s).toInt(), 1);

    Central::Failure failure;
    for (const QString &user : {kRossi.username, u"a.admin"_s}) {
        QVERIFY(Central::open(user, m_central->conninfo(user), CentralFixture::password(), &failure,
                              &error));
        QSqlQuery q(QSqlDatabase::database(user));
        const bool admin = user == u"a.admin"_s;
        QCOMPARE(q.exec(u"SELECT count(*) FROM sportello.audit_event"_s), admin);
        QVERIFY(!q.exec(u"UPDATE sportello.audit_event SET username = 'x'"_s));
        QVERIFY(!q.exec(u"DELETE FROM sportello.audit_event"_s));
        QVERIFY(!q.exec(u"DELETE FROM sportello.citizen"_s));
        // A session setting does not widen what a login sees.
        QVERIFY(q.exec(u"SET sync.municipality = '048017'"_s));
        QVERIFY(q.exec(u"SELECT count(*) FROM sportello.citizen"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        Central::close(user);
    }
    QVERIFY(!m_central->exec(
        u"UPDATE sportello.audit_event SET username = 'x'"_s)); // even the owner's writes hit the
                                                                // trigger
}

void tst_SyncEngine::refusalsAreClear()
{
    Central::Failure failure;
    QString error;
    QVERIFY(!Central::open(u"bad"_s, m_central->conninfo(kRossi.username), u"wrong-password"_s,
                           &failure, &error));
    QCOMPARE(failure, Central::Failure::Refused);
    QVERIFY(error.contains(u"password authentication failed"_s));
    Central::close(u"bad"_s);
    QVERIFY(!Central::open(u"bad"_s, m_central->conninfo(u"nobody"_s), u"whatever-1"_s, &failure,
                           &error));
    QCOMPARE(failure, Central::Failure::Refused);
    Central::close(u"bad"_s);
    QVERIFY(!Central::open(u"bad"_s, u"host=127.0.0.1 port=1 dbname=x user=x"_s, u"x"_s, &failure,
                           &error));
    QCOMPARE(failure, Central::Failure::Unreachable);
    Central::close(u"bad"_s);

    TestDatabase desk;
    QVERIFY(m_central->exec(u"UPDATE sync.schema_version SET version = 99"_s));
    const SyncReport newer = m_central->sync(desk.path(), kRossi.username);
    QCOMPARE(newer.failure, Central::Failure::Incompatible);
    QVERIFY(newer.error.contains(u"update Sportello"_s));
    QVERIFY(m_central->exec(
        u"UPDATE sync.schema_version SET version = %1"_s.arg(CentralSchema::latestVersion())));
    QVERIFY(
        m_central->exec(u"UPDATE sportello.staff SET active = false WHERE username = 'm.rossi'"_s));
    const SyncReport disabled = m_central->sync(desk.path(), kRossi.username);
    QCOMPARE(disabled.failure, Central::Failure::Incompatible);
    QVERIFY(disabled.error.contains(u"not enabled"_s));
}

void tst_SyncEngine::staffAccountsComeDown()
{
    TestDatabase desk;
    QVERIFY(m_central->sync(desk.path(), kRossi.username).completed);
    QCOMPARE(localScalar(desk.path(),
                         u"SELECT group_concat(username || ':' || role, ',') FROM "
                         "(SELECT username, role FROM staff_account ORDER BY username)"_s),
             u"a.admin:admin,g.verdi:clerk,l.nidi:coordinator,m.rossi:clerk"_s);
    QCOMPARE(localScalar(desk.path(),
                         u"SELECT password_hash FROM staff_account WHERE username = "
                         "'g.verdi'"_s),
             QString());
}

void tst_SyncEngine::aRowDeletedOnTheDeskBecomesATombstone()
{
    TestDatabase desk;
    Citizen c = person(u"Cancella"_s, u"Rita"_s, 8);
    QString error;
    QVERIFY(CitizenRepository(desk.path()).create(kRossi, &c, &error));
    QVERIFY(m_central->sync(desk.path(), kRossi.username).completed);
    // Even a row removed outright (an external tool) is captured, and kept as a tombstone.
    QSqlQuery q(Db::connection(desk.path()));
    QVERIFY(q.exec(u"DELETE FROM citizen"_s));
    const SyncReport r = m_central->sync(desk.path(), kRossi.username);
    QVERIFY2(r.completed, qPrintable(r.error));
    QCOMPARE(r.pushed, 1);
    QCOMPARE(r.conflicts, 0);
    QCOMPARE(m_central->scalar(u"SELECT deleted FROM sportello.citizen"_s).toInt(), 1);
}

void tst_SyncEngine::aTableTheRegionDoesNotKeepStopsTheHandshake()
{
    TestDatabase desk;
    QSqlQuery q(Db::connection(desk.path()));
    QVERIFY(q.exec(u"INSERT INTO synced_table (name) VALUES ('a_later_table')"_s));
    const SyncReport r = m_central->sync(desk.path(), kRossi.username);
    QCOMPARE(r.failure, Central::Failure::Incompatible);
    QVERIFY(r.error.contains(u"a_later_table"_s));
}

// A round, its applications, conditions, offers, answers and a published ranking go up
// from the coordinator's desk and come down whole to another desk of the municipality;
// none of it reaches Firenze, and a clerk's change to the rules is refused centrally.
void tst_SyncEngine::aNurseryRoundTravelsWhole()
{
    using namespace Sportello::Nursery;
    TestDatabase deskA;
    NurseryRepository a(deskA.path());
    QString roundId;
    QString error;
    QVERIFY2(a.importRules(kNidi, Test::workedRules(), RoundState::Open, &roundId, &error),
             qPrintable(error));
    QList<Application> applications = Test::workedApplications();
    QVERIFY2(a.importApplications(kNidi, roundId, &applications, &error), qPrintable(error));
    RoundData data = *a.load(roundId);
    QVERIFY(a.recordAllocation(kNidi, data, evaluate(data), &error));
    data = *a.load(roundId);
    QVERIFY(a.recordAnswer(kNidi, data, u"2025-002"_s, false, &error));
    data = *a.load(roundId);
    Snapshot snapshot
        = Snapshot::of(data, rank(data.round.rules, data.applications), ListKind::Provisional);
    QVERIFY(a.publish(kNidi, &snapshot, &error));
    const SyncReport up = m_central->sync(deskA.path(), kNidi.username);
    QVERIFY2(up.completed, qPrintable(up.error));
    QCOMPARE(up.conflicts, 0);
    QCOMPARE(m_central->scalar(u"SELECT count(*) FROM sportello.nursery_condition"_s).toInt(), 14);

    TestDatabase deskB;
    QVERIFY(m_central->sync(deskB.path(), kRossi.username).completed);
    NurseryRepository b(deskB.path());
    const auto copy = b.load(b.roundIdByCode(u"2025-nidi"_s));
    QVERIFY(copy);
    QCOMPARE(copy->round.rules.toJson(), data.round.rules.toJson());
    QCOMPARE(copy->applications.size(), data.applications.size());
    QCOMPARE(copy->offers.size(), data.offers.size());
    const RoundResult there = evaluate(*copy);
    const RoundResult here = evaluate(data);
    QCOMPARE(there.allocation.admitted.size(), here.allocation.admitted.size());
    for (qsizetype i = 0; i < here.allocation.admitted.size(); ++i) {
        QCOMPARE(copy->applications.at(there.allocation.admitted.at(i).application).protocol,
                 data.applications.at(here.allocation.admitted.at(i).application).protocol);
    }
    QVERIFY(b.snapshots(copy->round.id).first().sameContent(snapshot));
    QVERIFY(copy->applications.at(2).conditions.at(2).nursery == u"B"_s);

    TestDatabase firenze;
    QVERIFY(m_central->sync(firenze.path(), kBianchi.username).completed);
    QCOMPARE(localScalar(firenze.path(), u"SELECT count(*) FROM nursery_application"_s).toInt(), 0);

    // A clerk may register applications but not set the rules: the desk does not offer it,
    // and a desk changed by hand is refused centrally.
    QSqlQuery q(Db::connection(deskB.path()));
    QVERIFY(q.exec(u"UPDATE nursery_round SET rules = replace(rules, '20000', '1'), "
                   "updated_by = 'm.rossi'"_s));
    const SyncReport refused = m_central->sync(deskB.path(), kRossi.username);
    QVERIFY2(refused.completed, qPrintable(refused.error));
    QCOMPARE(refused.conflicts, 1);
    QVERIFY(m_central->scalar(u"SELECT rules FROM sportello.nursery_round"_s)
                .toString()
                .contains(u"20000"_s));
}

void tst_SyncEngine::aLibrettoTravelsWithItsCitizen()
{
    using namespace Sportello::Competences;
    TestDatabase deskA;
    TestDatabase deskB;
    TestDatabase firenze;
    Citizen c = person(u"Rossi"_s, u"Mario"_s, 7);
    QString error;
    QVERIFY(CitizenRepository(deskA.path()).create(kRossi, &c, &error));
    LibrettoRepository libretto(deskA.path());
    Experience course;
    course.kind = Experience::Kind::Training;
    course.title = u"Corso per operatore socio-sanitario"_s;
    course.startsOn = QDate(2024, 1, 15);
    course.endsOn = QDate(2024, 12, 20);
    course.hours = 1000;
    QVERIFY2(libretto.saveExperience(kRossi, c.id, &course, &error), qPrintable(error));
    AcquiredCompetence unit {QString(),
                             QString(),
                             u"Assistenza alla persona"_s,
                             AcquiredCompetence::Context::Formal,
                             course.id,
                             u"Attestato di qualifica"_s,
                             true,
                             u"Regione Calabria"_s,
                             QDate(2024, 12, 20),
                             QDate()};
    QVERIFY2(libretto.saveCompetence(kRossi, c.id, &unit, &error), qPrintable(error));
    const SyncReport pushed = m_central->sync(deskA.path(), kRossi.username);
    QVERIFY2(pushed.completed && pushed.pending == 0, qPrintable(pushed.error));

    // Another desk of the municipality gets the libretto whole, linked as it was.
    QVERIFY(m_central->sync(deskB.path(), kVerdi.username).completed);
    const QList<AcquiredCompetence> there = LibrettoRepository(deskB.path()).competences(c.id);
    QCOMPARE(there.size(), 1);
    QVERIFY(there.first().certified);
    QCOMPARE(there.first().certifiedOn, QDate(2024, 12, 20));
    QCOMPARE(there.first().experienceId, course.id);
    QCOMPARE(LibrettoRepository(deskB.path()).experiences(c.id).first().hours, 1000);
    // Another municipality's desk does not, until it registers the citizen: the libretto is
    // the citizen's across the region.
    QVERIFY(m_central->sync(firenze.path(), kBianchi.username).completed);
    QSqlQuery q(Db::connection(firenze.path()));
    QVERIFY(q.exec(u"SELECT count(*) FROM libretto_competence"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    Citizen moved = c;
    moved.id.clear();
    moved.municipality = kBianchi.municipality;
    QVERIFY2(CitizenRepository(firenze.path()).create(kBianchi, &moved, &error), qPrintable(error));
    QVERIFY(m_central->sync(firenze.path(), kBianchi.username).completed); // pushes the citizen
    QVERIFY(m_central->sync(firenze.path(), kBianchi.username).completed); // pulls the libretto
    LibrettoRepository inFirenze(firenze.path());
    const QList<AcquiredCompetence> shared = inFirenze.competences(moved.id);
    QCOMPARE(shared.size(), 1);
    QVERIFY(shared.first().certified);
    QCOMPARE(inFirenze.experiences(moved.id).size(), 1);
    // Firenze adds its own entry; it may not withdraw Vibo Valentia's.
    QVERIFY(!inFirenze.withdrawCompetence(kBianchi, shared.first().id, &error));
    QVERIFY(error.contains(u"another municipality"_s));
    AcquiredCompetence own {QString(),
                            QString(),
                            u"Lingua inglese B1"_s,
                            AcquiredCompetence::Context::NonFormal,
                            QString(),
                            u"Certificato di lingua"_s,
                            false,
                            QString(),
                            QDate(),
                            QDate()};
    QVERIFY2(inFirenze.saveCompetence(kBianchi, moved.id, &own, &error), qPrintable(error));
    QVERIFY(m_central->sync(firenze.path(), kBianchi.username).completed);
    QVERIFY(m_central->sync(deskB.path(), kVerdi.username).completed);
    QCOMPARE(LibrettoRepository(deskB.path()).competences(c.id).size(), 2);
}

void tst_SyncEngine::theRegionsReferenceDataFlowsDown()
{
    using namespace Sportello::Competences;
    TestDatabase regionDesk;
    TestDatabase desk;
    const auto resource = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    RepertoryImportReport report;
    QString error;
    QVERIFY(importRepertory(regionDesk.path(), resource(sampleRepertoryPath()), &report, &error));
    QCOMPARE(CourseCatalogue(regionDesk.path()).importCsv(resource(sampleCoursesPath()), &error),
             6);

    // Published by the region's administrator; a clerk, or a municipality's administrator,
    // may not.
    QVERIFY2(m_central->addRegionUser(u"r.admin"_s, CentralSchema::RegionRole::Administrator),
             qPrintable(m_central->error()));
    const auto publishAs = [&](const QString &user) {
        Central::Failure failure;
        const QString name = u"publish-"_s + user;
        if (!Central::open(name, m_central->conninfo(user), CentralFixture::password(), &failure,
                           &error))
            qFatal("%s", qPrintable(error));
        const qint64 rows
            = ReferenceData::publish(QSqlDatabase::database(name), regionDesk.path(), &error);
        Central::close(name);
        return rows;
    };
    QCOMPARE(publishAs(kRossi.username), -1);
    QVERIFY(error.contains(u"permission denied"_s));
    QCOMPARE(publishAs(u"a.admin"_s), -1);
    QVERIFY(error.contains(u"permission denied"_s));
    QVERIFY2(publishAs(u"r.admin"_s) > 0, qPrintable(error));

    const SyncReport first = m_central->sync(desk.path(), kRossi.username);
    QVERIFY2(first.completed, qPrintable(first.error));
    QCOMPARE(first.referenceGroups, 2);
    QCOMPARE(ConceptStore(desk.path()).count(ConceptType::Qualification), 5);
    QCOMPARE(CourseCatalogue(desk.path()).courses().size(), 6);
    QCOMPARE(m_central->sync(desk.path(), kRossi.username).referenceGroups, 0); // unchanged

    // A new catalogue replaces the old one on the desks.
    error.clear();
    const int loaded = CourseCatalogue(regionDesk.path())
                           .importCsv("code,title,hours,provider,mode,url,competences\n"
                                      "EL-NEW-01,Nuovo corso,12,Regione,self_paced,,\n",
                                      &error);
    QVERIFY2(loaded == 1, qPrintable(error));
    QVERIFY2(publishAs(u"r.admin"_s) > 0, qPrintable(error));
    QVERIFY(m_central->sync(desk.path(), kRossi.username).referenceGroups > 0);
    const QList<Course> courses = CourseCatalogue(desk.path()).courses();
    QCOMPARE(courses.size(), 1);
    QCOMPARE(courses.first().code, u"EL-NEW-01"_s);
}

// A desk's first pull of a large region: between pages the desk's database is free, so a
// person's write (even the audit entry of opening a record) never waits on the network.
void tst_SyncEngine::aLargeFirstPullLeavesTheDeskWritable()
{
    QVERIFY(m_central->exec(
        u"INSERT INTO sportello.citizen (id, municipality, fiscal_code, surname, given_names, "
        "sex, birth_date, birth_place_code, updated_at) SELECT gen_random_uuid(), '102047', "
        "'RSSMRA' || lpad(g::text, 10, '0'), 'Grande', 'Maria', 'F', date '1950-01-01' + g % "
        "20000, 'F537', '2026-01-01T00:00:00.000Z' FROM generate_series(1, 25000) g"_s));
    TestDatabase desk;
    const QString probe = u"probe-"_s + desk.path();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, probe);
        db.setDatabaseName(desk.path());
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_s); // a write that would wait fails
        QVERIFY(db.open());
    }
    int pages = 0;
    int written = 0;
    const SyncReport report = m_central->sync(
        desk.path(), kRossi.username, 500, 5000, [&](const SyncEngine::Progress &p) {
            if (p.stage != SyncEngine::Progress::Stage::Pull)
                return;
            ++pages;
            QSqlQuery write(QSqlDatabase::database(probe));
            write.prepare(u"INSERT INTO sync_state (key, value) VALUES (?, 'x')"_s);
            write.addBindValue(u"probe-%1"_s.arg(pages));
            if (write.exec())
                ++written;
        });
    QSqlDatabase::removeDatabase(probe);
    QVERIFY2(report.completed, qPrintable(report.error));
    QCOMPARE(report.pulled, 25000);
    QVERIFY(pages >= 5);
    QCOMPARE(written, pages);
}

QTEST_GUILESS_MAIN(tst_SyncEngine)
#include "tst_syncengine.moc"
