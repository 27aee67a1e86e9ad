#include "centralfixture.h"
#include "models/access/staffrepository.h"
#include "models/db/database.h"
#include "models/registry/citizenrepository.h"
#include "models/registry/fiscalcode.h"
#include "models/sync/centralsignin.h"
#include "models/sync/syncservice.h"
#include "testdatabase.h"
#include "widgets/sync/syncindicator.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Sportello;

namespace {

constexpr int kOfflineDays = 7;

Central::Endpoint endpointOf(int port)
{
    Central::Endpoint e;
    e.host = qEnvironmentVariable("PGHOST");
    e.port = port;
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
    void offlineSignInExpiresAndAnOldPasswordStops();
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
    QVERIFY(m_central->addUser(u"s.sfondo"_s, Role::SocialWorker, u"102047"_s));
    m_endpoint = m_central->endpoint();
}

void tst_SyncService::signInChecksTheRegionThenWorksOffline()
{
    TestDatabase desk;
    using Outcome = CentralSignIn::Outcome;
    QCOMPARE(CentralSignIn::run(desk.path(), m_endpoint, u"s.sfondo"_s, u"wrong-one"_s, kOfflineDays).outcome,
             Outcome::Refused);
    QCOMPARE(CentralSignIn::run(desk.path(), m_endpoint, u"nobody"_s, u"whatever"_s, kOfflineDays).outcome,
             Outcome::Refused);
    QVERIFY(!StaffRepository(desk.path()).hasAccounts());

    // A PostgreSQL login without a Sportello account.
    QVERIFY(m_central->exec(u"DROP ROLE IF EXISTS stranger"_s));
    QVERIFY(m_central->exec(u"CREATE ROLE stranger LOGIN PASSWORD 'segreta-2026'"_s));
    const CentralSignIn stranger
        = CentralSignIn::run(desk.path(), m_endpoint, u"stranger"_s, CentralFixture::password(), kOfflineDays);
    QCOMPARE(stranger.outcome, Outcome::NotEnabled);

    const CentralSignIn online
        = CentralSignIn::run(desk.path(), m_endpoint, u"s.sfondo"_s, CentralFixture::password(), kOfflineDays);
    QCOMPARE(online.outcome, Outcome::Online);
    QCOMPARE(online.session->role, Role::SocialWorker); // as the region says
    QCOMPARE(online.session->municipality, u"102047"_s);
    const auto kept = StaffRepository(desk.path()).find(u"s.sfondo"_s);
    QVERIFY(kept && kept->role == Role::SocialWorker);

    // The region is out of reach: the hash kept from the regional sign-in decides.
    const Central::Endpoint down = endpointOf(1);
    const CentralSignIn offline
        = CentralSignIn::run(desk.path(), down, u"s.sfondo"_s, CentralFixture::password(), kOfflineDays);
    QCOMPARE(offline.outcome, Outcome::Offline);
    QVERIFY(offline.session);
    QVERIFY(offline.message.contains(u"offline"_s));
    QCOMPARE(CentralSignIn::run(desk.path(), down, u"s.sfondo"_s, u"wrong-one"_s, kOfflineDays).outcome,
             Outcome::Refused);
}

void tst_SyncService::offlineSignInExpiresAndAnOldPasswordStops()
{
    // A login of its own: its password changes here, and other tests share the cluster.
    const QString kChanging = u"p.cambio"_s;
    QVERIFY(m_central->addUser(kChanging, Role::Clerk, u"102047"_s));
    TestDatabase desk;
    using Outcome = CentralSignIn::Outcome;
    const Central::Endpoint down = endpointOf(1);
    const QString password = CentralFixture::password();
    QCOMPARE(CentralSignIn::run(desk.path(), m_endpoint, kChanging, password, kOfflineDays)
                 .outcome,
             Outcome::Online);
    QCOMPARE(CentralSignIn::run(desk.path(), down, kChanging, password, kOfflineDays).outcome,
             Outcome::Offline);

    // Ten days without reaching the region from this desk: offline sign-in has expired.
    {
        QSqlQuery q(Db::connection(desk.path()));
        QVERIFY(q.exec(u"UPDATE staff_account SET region_contact_at = '%1' WHERE username = "
                       "'p.cambio'"_s.arg(QDateTime::currentDateTimeUtc().addDays(-10).toString(
                           Qt::ISODateWithMs))));
    }
    const CentralSignIn expired
        = CentralSignIn::run(desk.path(), down, kChanging, password, kOfflineDays);
    QCOMPARE(expired.outcome, Outcome::Refused);
    QVERIFY2(expired.message.contains(u"7 day"_s), qPrintable(expired.message));
    QCOMPARE(CentralSignIn::run(desk.path(), down, kChanging, password, 30).outcome,
             Outcome::Offline);

    // The password changes elsewhere: the old one stops working here at the next contact.
    QVERIFY(m_central->exec(u"ALTER ROLE \"p.cambio\" PASSWORD 'cambiata-altrove-2026'"_s));
    QCOMPARE(CentralSignIn::run(desk.path(), m_endpoint, kChanging, password, kOfflineDays)
                 .outcome,
             Outcome::Refused);
    QCOMPARE(CentralSignIn::run(desk.path(), down, kChanging, password, 30).outcome,
             Outcome::Refused);
    QCOMPARE(CentralSignIn::run(desk.path(), m_endpoint, kChanging,
                                u"cambiata-altrove-2026"_s, kOfflineDays)
                 .outcome,
             Outcome::Online);
}

void tst_SyncService::backgroundSyncDoesNotBlockTheGui()
{
    TestDatabase desk;
    const Session social {u"s.sfondo"_s, u"M"_s, Role::SocialWorker, u"102047"_s};
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
    SyncService service(desk.path(), m_endpoint, u"s.sfondo"_s, CentralFixture::password(), 5);
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
    SyncService service(desk.path(), endpointOf(1), u"s.sfondo"_s, CentralFixture::password(), 5);
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
