#include "centralfixture.h"
#include "models/access/staffrepository.h"
#include "models/db/database.h"
#include "models/registry/citizenrepository.h"
#include "models/registry/fiscalcode.h"
#include "models/sync/centralsignin.h"
#include "models/sync/syncservice.h"
#include "testdatabase.h"
#include "widgets/sync/syncindicator.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Sportello;

namespace {

Central::Endpoint endpointOf(int port)
{
    Central::Endpoint e;
    e.host = qEnvironmentVariable("PGHOST");
    e.port = port;
    e.sslMode = u"prefer"_s;
    return e;
}

} // namespace

// Signing in as the region's login, and the background sync the desk runs with it.
class tst_SyncService final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signInChecksTheRegionThenWorksOffline();
    void backgroundSyncDoesNotBlockTheGui();
    void unreachableRegionIsReportedAndRetried();

private:
    std::unique_ptr<CentralFixture> m_central;
    Central::Endpoint m_endpoint;
};

void tst_SyncService::initTestCase()
{
    if (!CentralFixture::serverAvailable()) {
        if (qEnvironmentVariableIntValue("SPORTELLO_REQUIRE_PG"))
            QFAIL("no PostgreSQL server: run the tests through pg_virtualenv");
        QSKIP("no PostgreSQL server (PGHOST unset)");
    }
    m_central = std::make_unique<CentralFixture>();
    QVERIFY2(m_central->isValid(), qPrintable(m_central->error()));
    QVERIFY(m_central->addUser(u"m.rossi"_s, Role::SocialWorker, u"102047"_s));
    m_endpoint = m_central->endpoint();
}

void tst_SyncService::signInChecksTheRegionThenWorksOffline()
{
    TestDatabase desk;
    using Outcome = CentralSignIn::Outcome;
    QCOMPARE(CentralSignIn::run(desk.path(), m_endpoint, u"m.rossi"_s, u"wrong-one"_s).outcome,
             Outcome::Refused);
    QCOMPARE(CentralSignIn::run(desk.path(), m_endpoint, u"nobody"_s, u"whatever"_s).outcome,
             Outcome::Refused);
    QVERIFY(!StaffRepository(desk.path()).hasAccounts());

    // A PostgreSQL login without a Sportello account.
    QVERIFY(m_central->exec(u"DROP ROLE IF EXISTS stranger"_s));
    QVERIFY(m_central->exec(u"CREATE ROLE stranger LOGIN PASSWORD 'segreta-2026'"_s));
    const CentralSignIn stranger
        = CentralSignIn::run(desk.path(), m_endpoint, u"stranger"_s, CentralFixture::password());
    QCOMPARE(stranger.outcome, Outcome::NotEnabled);

    const CentralSignIn online
        = CentralSignIn::run(desk.path(), m_endpoint, u"m.rossi"_s, CentralFixture::password());
    QCOMPARE(online.outcome, Outcome::Online);
    QCOMPARE(online.session->role, Role::SocialWorker); // as the region says
    QCOMPARE(online.session->municipality, u"102047"_s);
    const auto kept = StaffRepository(desk.path()).find(u"m.rossi"_s);
    QVERIFY(kept && kept->role == Role::SocialWorker);

    // The region is out of reach: the hash kept from the regional sign-in decides.
    const Central::Endpoint down = endpointOf(1);
    const CentralSignIn offline
        = CentralSignIn::run(desk.path(), down, u"m.rossi"_s, CentralFixture::password());
    QCOMPARE(offline.outcome, Outcome::Offline);
    QVERIFY(offline.session);
    QVERIFY(offline.message.contains(u"offline"_s));
    QCOMPARE(CentralSignIn::run(desk.path(), down, u"m.rossi"_s, u"wrong-one"_s).outcome,
             Outcome::Refused);
}

void tst_SyncService::backgroundSyncDoesNotBlockTheGui()
{
    TestDatabase desk;
    const Session social {u"m.rossi"_s, u"M"_s, Role::SocialWorker, u"102047"_s};
    QString error;
    for (int i = 0; i < 300; ++i) {
        Citizen c;
        c.surname = u"Sfondo"_s;
        c.givenNames = u"Lia"_s;
        c.sex = u'F';
        c.birthDate = QDate(1970, 1, 1).addDays(i);
        c.birthPlaceCode = u"F537"_s;
        c.fiscalCode
            = FiscalCode::compute({c.surname, c.givenNames, c.sex, c.birthDate, u"F537"_s});
        QVERIFY(CitizenRepository(desk.path()).create(social, &c, &error));
    }
    SyncService service(desk.path(), m_endpoint, u"m.rossi"_s, CentralFixture::password(), 5);
    SyncIndicator indicator(&service);
    QSignalSpy finished(&service, &SyncService::cycleFinished);

    // The GUI thread keeps handling its events while the cycle runs elsewhere (how long it
    // may wait is a budget, measured by bench_sync).
    int ticksWhileSyncing = 0;
    QTimer tick;
    tick.setInterval(5);
    connect(&tick, &QTimer::timeout, this, [&] {
        if (service.isRunning())
            ++ticksWhileSyncing;
    });
    tick.start();
    service.start();
    QVERIFY(service.isRunning());
    QVERIFY(indicator.stateText().contains(u"syncing"_s));
    QVERIFY(finished.wait(30000));
    tick.stop();
    const auto report = finished.first().first().value<SyncReport>();
    QVERIFY2(report.completed, qPrintable(report.error));
    QCOMPARE(report.pushed, 600);
    QCOMPARE(report.pending, 0);
    QVERIFY(indicator.stateText().contains(u"online"_s));
    QVERIFY(ticksWhileSyncing > 0);
    QCOMPARE(m_central->scalar(u"SELECT count(*) FROM sportello.citizen WHERE surname = 'Sfondo'"_s)
                 .toInt(),
             300);
}

void tst_SyncService::unreachableRegionIsReportedAndRetried()
{
    TestDatabase desk;
    SyncService service(desk.path(), endpointOf(1), u"m.rossi"_s, CentralFixture::password(), 5);
    SyncIndicator indicator(&service);
    indicator.setOpenConflicts(2);
    QSignalSpy finished(&service, &SyncService::cycleFinished);
    service.start();
    QVERIFY(finished.wait(30000));
    const auto report = finished.first().first().value<SyncReport>();
    QVERIFY(!report.completed);
    QCOMPARE(report.failure, Central::Failure::Unreachable);
    QVERIFY(indicator.stateText().contains(u"offline"_s));
    QVERIFY(indicator.stateText().contains(u"2 change(s) to check"_s));
    QVERIFY(!service.isRunning());
}

QTEST_MAIN(tst_SyncService)
#include "tst_syncservice.moc"
