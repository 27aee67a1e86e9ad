#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// The central PostgreSQL that the sync issue builds on, as this machine provides it:
// a real throwaway server from pg_virtualenv, reached through Qt's QPSQL driver. It checks
// the facts DESIGN.md §3 relies on. In CI (SPORTELLO_REQUIRE_PG=1) a missing server fails.
class tst_CentralServer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void serverAndDriverAreUsable();
    void snapshotFunctionsForPullExist();
    void passwordsAreScram();
    void italianTextRoundTripsThroughPreparedStatements();

private:
    QSqlDatabase db() const { return QSqlDatabase::database(u"central"_s); }
};

void tst_CentralServer::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("PGHOST")) {
        if (qEnvironmentVariableIntValue("SPORTELLO_REQUIRE_PG"))
            QFAIL("no PostgreSQL server: run the tests through pg_virtualenv (installer/dev.sh "
                  "test)");
        QSKIP("no PostgreSQL server (PGHOST unset); installer/dev.sh test provides one");
    }
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s), "the QPSQL driver is not installed");
    QSqlDatabase central = QSqlDatabase::addDatabase(u"QPSQL"_s, u"central"_s);
    central.setHostName(qEnvironmentVariable("PGHOST"));
    central.setPort(qEnvironmentVariableIntValue("PGPORT"));
    central.setUserName(qEnvironmentVariable("PGUSER"));
    central.setPassword(qEnvironmentVariable("PGPASSWORD"));
    central.setDatabaseName(qEnvironmentVariable("PGDATABASE", u"postgres"_s));
    QVERIFY2(central.open(), qPrintable(central.lastError().text()));
}

void tst_CentralServer::cleanupTestCase()
{
    if (QSqlDatabase::contains(u"central"_s)) {
        QSqlDatabase::database(u"central"_s, false).close();
        QSqlDatabase::removeDatabase(u"central"_s);
    }
}

void tst_CentralServer::serverAndDriverAreUsable()
{
    QSqlQuery query(u"SHOW server_version_num"_s, db());
    QVERIFY(query.next());
    QVERIFY2(query.value(0).toInt() >= 150000, "PostgreSQL 15 or newer is required");
}

void tst_CentralServer::snapshotFunctionsForPullExist()
{
    // Pull reads changes below pg_snapshot_xmin(pg_current_snapshot()) by xid8.
    QSqlQuery query(u"SELECT pg_snapshot_xmin(pg_current_snapshot())::text, "
                    "pg_current_xact_id()::text"_s,
                    db());
    QVERIFY2(query.next(), qPrintable(query.lastError().text()));
    QVERIFY(query.value(0).toULongLong() > 0);
    QVERIFY(query.value(1).toULongLong() >= query.value(0).toULongLong());
}

void tst_CentralServer::passwordsAreScram()
{
    QSqlQuery query(u"SHOW password_encryption"_s, db());
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"scram-sha-256"_s);
}

void tst_CentralServer::italianTextRoundTripsThroughPreparedStatements()
{
    QSqlQuery query(db());
    QVERIFY(query.prepare(u"SELECT ?::text, length(?::text)"_s));
    const QString name = u"D'Amico Nicolò; DROP TABLE x; --"_s;
    query.addBindValue(name);
    query.addBindValue(name);
    QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
    QCOMPARE(query.value(0).toString(), name);
    QCOMPARE(query.value(1).toInt(), int(name.size()));
}

QTEST_GUILESS_MAIN(tst_CentralServer)
#include "tst_centralserver.moc"
