#include "centralfixture.h"
#include "models/db/database.h"
#include "models/db/localstate.h"
#include "models/registry/citizenrepository.h"
#include "models/registry/fiscalcode.h"
#include "testdatabase.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Sportello;

namespace {

const Session kRossi {u"m.rossi"_s, u"Maria Rossi"_s, Role::Clerk, u"102047"_s};
const Session kVerdi {u"g.verdi"_s, u"Giulio Verdi"_s, Role::Clerk, u"102047"_s};
const Session kBianchi {u"f.bianchi"_s, u"Franca Bianchi"_s, Role::Clerk, u"048017"_s};

Citizen person(QRandomGenerator &rng, const QString &surname)
{
    static QSet<QString> used; // a fiscal code is one person's: a random twin is drawn again
    Citizen c;
    c.surname = surname;
    c.sex = u'F';
    c.birthPlaceCode = u"F537"_s;
    do {
        c.givenNames
            = QStringList {u"Anna"_s, u"Luca"_s, u"Nicolò"_s, u"Sara"_s}.at(rng.bounded(4));
        c.birthDate = QDate(1950, 1, 1).addDays(rng.bounded(20000));
        c.fiscalCode
            = FiscalCode::compute({c.surname, c.givenNames, c.sex, c.birthDate, u"F537"_s});
    } while (used.contains(c.fiscalCode));
    used.insert(c.fiscalCode);
    return c;
}

QStringList mutationIds(const QString &desk)
{
    QStringList ids;
    QSqlQuery q(u"SELECT mutation_id FROM outbox"_s, Db::connection(desk));
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

// Every citizen column as text, by id: what a desk holds or the region holds.
QMap<QString, QString> localRows(const QString &desk)
{
    QMap<QString, QString> rows;
    QSqlQuery q(u"SELECT id, fiscal_code || '|' || surname || '|' || given_names || '|' || "
                "birth_date || '|' || ifnull(address, '') || '|' || ifnull(phone, '') || '|' || "
                "row_version || '|' || deleted FROM citizen"_s,
                Db::connection(desk));
    while (q.next())
        rows.insert(q.value(0).toString(), q.value(1).toString());
    return rows;
}

} // namespace

// Faults the sync must survive: a desk process killed mid-cycle, and three desks editing
// at random with connections killed, which must end equal to the region, nothing lost.
class tst_SyncReliability final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedSyncProcessResumes();
    void randomisedThreeDesksConverge();

private:
    QMap<QString, QString> centralRows(const QString &municipality) const;
    std::unique_ptr<CentralFixture> m_central;
};

void tst_SyncReliability::initTestCase()
{
    if (!CentralFixture::serverAvailable()) {
        if (qEnvironmentVariableIntValue("SPORTELLO_REQUIRE_PG"))
            QFAIL("no PostgreSQL server: run the tests through pg_virtualenv");
        QSKIP("no PostgreSQL server (PGHOST unset)");
    }
    m_central = std::make_unique<CentralFixture>();
    QVERIFY2(m_central->isValid(), qPrintable(m_central->error()));
    for (const Session &s : {kRossi, kVerdi, kBianchi})
        QVERIFY2(m_central->addUser(s.username, s.role, s.municipality),
                 qPrintable(m_central->error()));
}

QMap<QString, QString> tst_SyncReliability::centralRows(const QString &municipality) const
{
    QMap<QString, QString> rows;
    QSqlQuery q(QSqlDatabase::database(m_central->adminConnection()));
    q.exec(u"SELECT id::text, fiscal_code || '|' || surname || '|' || given_names || '|' || "
           "birth_date || '|' || coalesce(address, '') || '|' || coalesce(phone, '') || '|' || "
           "row_version || '|' || deleted FROM sportello.citizen WHERE municipality = '%1'"_s.arg(
               municipality));
    while (q.next())
        rows.insert(q.value(0).toString(), q.value(1).toString());
    return rows;
}

void tst_SyncReliability::killedSyncProcessResumes()
{
    const QString program = qEnvironmentVariable("SPORTELLO_CLI");
    QVERIFY(QFile::exists(program));
    TestDatabase desk;
    QRandomGenerator rng(11);
    QString error;
    for (int i = 0; i < 1500; ++i) {
        Citizen c = person(rng, u"Kill"_s);
        QVERIFY(CitizenRepository(desk.path()).create(kRossi, &c, &error));
    }
    const QStringList written = mutationIds(desk.path());
    Db::closeConnection(desk.path());

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGPASSWORD"_s, CentralFixture::password());
    const QStringList arguments {
        u"--db"_s,  desk.path(), u"sync"_s, u"--central"_s, m_central->conninfo(kRossi.username),
        u"--json"_s};
    QProcess sync;
    sync.setProcessEnvironment(env);
    sync.start(program, arguments);
    QVERIFY(sync.waitForStarted());
    // SIGKILL once the region has taken some but not all of the batches.
    QDeadlineTimer deadline(30000);
    int applied = 0;
    while (!deadline.hasExpired() && sync.state() == QProcess::Running) {
        applied = m_central->scalar(u"SELECT count(*) FROM sync.applied_mutation"_s).toInt();
        if (applied > 0)
            break;
        QThread::msleep(2);
    }
    ::kill(pid_t(sync.processId()), SIGKILL);
    sync.waitForFinished();
    QVERIFY2(applied > 0 && applied < written.size(), qPrintable(QString::number(applied)));

    {
        QSqlQuery check(u"PRAGMA integrity_check"_s, Db::connection(desk.path()));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
    }
    Db::closeConnection(desk.path());
    QProcess again;
    again.setProcessEnvironment(env);
    again.start(program, arguments);
    QVERIFY(again.waitForFinished(60000));
    QCOMPARE(again.exitCode(), 0);
    QVERIFY(again.readAllStandardOutput().contains("\"pending\":0"));
    QCOMPARE(m_central->scalar(u"SELECT count(*) FROM sportello.citizen WHERE surname = 'Kill'"_s)
                 .toInt(),
             1500);
    QCOMPARE(m_central
                 ->scalar(u"SELECT count(*) FROM sync.applied_mutation WHERE "
                          "result ->> 'status' = 'applied'"_s)
                 .toInt(),
             written.size()); // every write once, none twice
}

void tst_SyncReliability::randomisedThreeDesksConverge()
{
    struct Desk
    {
        Session session;
        std::unique_ptr<TestDatabase> db;
    };
    std::vector<Desk> desks;
    for (const Session &s : {kRossi, kVerdi, kBianchi})
        desks.push_back({s, std::make_unique<TestDatabase>()});
    QRandomGenerator rng(20261128);
    QSet<QString> written; // every mutation id a desk ever acknowledged locally
    QString error;
    int kills = 0;

    for (int step = 0; step < 400; ++step) {
        Desk &desk = desks[size_t(rng.bounded(int(desks.size())))];
        CitizenRepository repo(desk.db->path());
        const QStringList ids = localRows(desk.db->path()).keys();
        const int dice = rng.bounded(10);
        if (dice < 3 || ids.isEmpty()) {
            Citizen c = person(rng, u"Caso"_s);
            QVERIFY2(repo.create(desk.session, &c, &error), qPrintable(error));
        } else if (dice < 7) {
            Citizen c = *repo.find(ids.at(rng.bounded(int(ids.size()))));
            c.address = u"Via %1"_s.arg(rng.bounded(1000));
            if (rng.bounded(2))
                c.phone = u"333 %1"_s.arg(1000000 + rng.bounded(8999999));
            if (!c.deleted)
                QVERIFY2(repo.update(desk.session, c, &error), qPrintable(error));
        } else if (dice < 8) {
            const QString id = ids.at(rng.bounded(int(ids.size())));
            repo.setDeleted(desk.session, id, !repo.find(id)->deleted, &error);
        } else {
            for (const QString &id : mutationIds(desk.db->path()))
                written.insert(id);
            const bool cut = rng.bounded(3) == 0;
            const int killAt = 1 + rng.bounded(3);
            int calls = 0;
            const QString user = desk.session.username;
            const auto fault = [&](const SyncEngine::Progress &) {
                if (cut && ++calls == killAt) {
                    ++kills;
                    m_central->killConnections(user);
                }
            };
            m_central->sync(desk.db->path(), user, 1 + rng.bounded(8), 1 + rng.bounded(30), fault);
        }
    }

    // Quiesce: every desk syncs until nothing moves.
    for (int round = 0; round < 4; ++round) {
        for (Desk &desk : desks) {
            for (const QString &id : mutationIds(desk.db->path()))
                written.insert(id);
            const SyncReport r = m_central->sync(desk.db->path(), desk.session.username);
            QVERIFY2(r.completed, qPrintable(r.error));
            QCOMPARE(r.pending, 0);
        }
    }
    QVERIFY(kills > 0);
    for (const Desk &desk : desks) {
        const auto local = localRows(desk.db->path());
        const auto central = centralRows(desk.session.municipality);
        QStringList differences;
        for (auto it = central.cbegin(); it != central.cend(); ++it) {
            if (local.value(it.key()) != it.value())
                differences << it.key() + u": region "_s + it.value() + u" / desk "_s
                        + local.value(it.key(), u"(missing)"_s);
        }
        for (auto it = local.cbegin(); it != local.cend(); ++it) {
            if (!central.contains(it.key()))
                differences << it.key() + u": only on the desk "_s + it.value();
        }
        QVERIFY2(differences.isEmpty(),
                 qPrintable(desk.session.username + u": "_s + differences.mid(0, 5).join(u"\n"_s)));
    }
    QVERIFY(centralRows(u"102047"_s).size() > 20);
    // Every write acknowledged on a desk reached the region: applied, or kept in a conflict.
    QSet<QString> recorded;
    QSqlQuery ledger(u"SELECT mutation_id::text FROM sync.applied_mutation"_s,
                     QSqlDatabase::database(m_central->adminConnection()));
    while (ledger.next())
        recorded.insert(ledger.value(0).toString());
    const QSet<QString> missing = written - recorded;
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringList(missing.cbegin(), missing.cend()).join(u' ')));
}

QTEST_GUILESS_MAIN(tst_SyncReliability)
#include "tst_syncreliability.moc"
