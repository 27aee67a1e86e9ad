#include "cliprocess.h"
#include "models/sync/centralconnection.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;

namespace {

// The first message of a libpq connection that asks for TLS (code 80877103).
const QByteArray kSslRequest = QByteArray::fromHex("00000008" "04d2162f");

} // namespace

// TLS or nothing over the network (issue 12): a password never leaves the desk towards a
// server that has not proved, over TLS, that it is the region.
class TestCentralTls : public QObject
{
    Q_OBJECT

private:
    // A server on the path, as anyone on the network could run one: it records what it
    // receives and answers a TLS request with "no".
    struct RogueServer
    {
        QTcpServer server;
        QByteArray received;
        int connections = 0;
        RogueServer()
        {
            server.listen(QHostAddress::LocalHost);
            QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
                while (QTcpSocket *socket = server.nextPendingConnection()) {
                    ++connections;
                    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                        const QByteArray data = socket->readAll();
                        received += data;
                        if (data.startsWith(kSslRequest))
                            socket->write("N");
                    });
                }
            });
        }
    };

    // The real program against the rogue server, the event loop running meanwhile.
    int runProgram(const QStringList &arguments, const QProcessEnvironment &extra,
                   QByteArray *err)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"PGSSLMODE"_s);
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        env.insert(u"PGPASSWORD"_s, u"segreta-di-maria"_s);
        process.setProcessEnvironment(env);
        process.start(Test::cliProgram(), arguments);
        if (!process.waitForStarted())
            return -1;
        QDeadlineTimer deadline(30000);
        while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(20);
        *err = process.readAllStandardError();
        return process.exitCode();
    }

private slots:
    void initTestCase() { QVERIFY2(!Test::cliProgram().isEmpty(), "SPORTELLO_CLI is not set"); }

    void connectionStrings_data()
    {
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<QString>("pgHost");
        QTest::addColumn<QString>("pgSslMode");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<QString>("added");
        QTest::newRow("no sslmode: verify-full")
            << u"host=region.example.it dbname=sportello user=m.rossi"_s << QString() << QString()
            << false << u"sslmode=verify-full channel_binding=require"_s;
        QTest::newRow("require kept") << u"host=region.example.it sslmode=require"_s << QString()
                                      << QString() << false << u"channel_binding=require"_s;
        QTest::newRow("verify-ca kept") << u"host=region.example.it sslmode=verify-ca"_s
                                        << QString() << QString() << false << QString();
        QTest::newRow("disable") << u"host=region.example.it sslmode=disable"_s << QString()
                                 << QString() << true << QString();
        QTest::newRow("prefer") << u"host=region.example.it sslmode=prefer"_s << QString()
                                << QString() << true << QString();
        QTest::newRow("allow by address") << u"hostaddr=10.0.0.1 sslmode=allow"_s << QString()
                                          << QString() << true << QString();
        QTest::newRow("uri disable")
            << u"postgresql://m.rossi@region.example.it/sportello?sslmode=disable"_s << QString()
            << QString() << true << QString();
        QTest::newRow("channel binding off")
            << u"host=region.example.it sslmode=verify-full channel_binding=disable"_s << QString()
            << QString() << true << QString();
        QTest::newRow("socket on the database host")
            << u"host=/var/run/postgresql sslmode=disable"_s << QString() << QString() << false
            << QString();
        QTest::newRow("socket and a network host")
            << u"host=/var/run/postgresql,region.example.it sslmode=disable"_s << QString()
            << QString() << true << QString();
        QTest::newRow("PGHOST over the network") << u"dbname=sportello"_s
                                                 << u"region.example.it"_s << QString() << false
                                                 << u"sslmode=verify-full"_s;
        QTest::newRow("PGSSLMODE=disable") << u"host=region.example.it"_s << QString()
                                           << u"disable"_s << true << QString();
        QTest::newRow("PGSSLMODE=require") << u"host=region.example.it"_s << QString()
                                           << u"require"_s << false << u"channel_binding"_s;
        QTest::newRow("default socket") << u"dbname=sportello"_s << QString() << QString()
                                        << false << QString();
    }

    void connectionStrings()
    {
        QFETCH(QString, conninfo);
        QFETCH(QString, pgHost);
        QFETCH(QString, pgSslMode);
        QFETCH(bool, refused);
        QFETCH(QString, added);
        const QByteArray savedHost = qgetenv("PGHOST");
        const QByteArray savedHostAddr = qgetenv("PGHOSTADDR");
        const QByteArray savedMode = qgetenv("PGSSLMODE");
        qputenv("PGHOST", pgHost.toUtf8());
        qunsetenv("PGHOSTADDR");
        if (pgHost.isEmpty())
            qunsetenv("PGHOST");
        qputenv("PGSSLMODE", pgSslMode.toUtf8());
        if (pgSslMode.isEmpty())
            qunsetenv("PGSSLMODE");
        QString error;
        const QString secured = Central::secured(conninfo, &error);
        qputenv("PGHOST", savedHost);
        qputenv("PGHOSTADDR", savedHostAddr);
        qputenv("PGSSLMODE", savedMode);
        QCOMPARE(secured.isEmpty(), refused);
        if (refused) {
            QVERIFY2(error.contains(u"TLS"_s) || error.contains(u"channel_binding"_s),
                     qPrintable(error));
        } else {
            QVERIFY2(secured.contains(added), qPrintable(secured));
            QVERIFY(secured.contains(u"statement_timeout"_s));
        }
    }

    // The desk's settings (or the GUI's) say disable: refused the same way.
    void anEndpointWithoutTlsIsRefused()
    {
        Central::Endpoint e;
        e.host = u"region.example.it"_s;
        QString error;
        QVERIFY(!Central::secured(e.conninfo(u"m.rossi"_s), &error).isEmpty());
        e.sslMode = u"disable"_s;
        QVERIFY(Central::secured(e.conninfo(u"m.rossi"_s), &error).isEmpty());
        Central::Failure failure = Central::Failure::None;
        QVERIFY(!Central::open(u"never"_s, e.conninfo(u"m.rossi"_s), u"x"_s, &failure, &error));
        QCOMPARE(failure, Central::Failure::Insecure);
        Central::close(u"never"_s);
    }

    // Refused before any connection attempt: the rogue server sees nobody.
    void noConnectionWithoutTls()
    {
        RogueServer rogue;
        QTemporaryDir dir;
        const QString conninfo = u"host=127.0.0.1 port=%1 dbname=sportello user=m.rossi"_s.arg(
            rogue.server.serverPort());
        QByteArray err;
        QCOMPARE(runProgram({u"--db"_s, dir.filePath(u"desk.sqlite"_s), u"sync"_s, u"--central"_s,
                             conninfo + u" sslmode=disable"_s},
                            {}, &err),
                 2);
        QVERIFY2(err.contains("TLS"), err.constData());
        QProcessEnvironment env;
        env.insert(u"PGSSLMODE"_s, u"allow"_s);
        QCOMPARE(runProgram({u"central"_s, u"add-user"_s, u"--central"_s, conninfo,
                             u"--username"_s, u"x.nuovo"_s, u"--role"_s, u"clerk"_s,
                             u"--municipality"_s, u"102047"_s, u"--password-env"_s,
                             u"PGPASSWORD"_s},
                            env, &err),
                 2);
        QTest::qWait(100);
        QCOMPARE(rogue.connections, 0);
    }

    // With no sslmode the desk asks for TLS and, refused it, says nothing more: no user
    // name, no password.
    void aServerWithoutTlsHearsOnlyTheRequestForIt()
    {
        RogueServer rogue;
        QTemporaryDir dir;
        QByteArray err;
        const int exit = runProgram(
            {u"--db"_s, dir.filePath(u"desk.sqlite"_s), u"sync"_s, u"--central"_s,
             u"host=localhost port=%1 dbname=sportello user=m.rossi"_s.arg(
                 rogue.server.serverPort())},
            {}, &err);
        QVERIFY(exit == 1 || exit == 2);
        QVERIFY(rogue.connections >= 1);
        QVERIFY2(rogue.received.size() % kSslRequest.size() == 0
                     && rogue.received.startsWith(kSslRequest),
                 rogue.received.toHex().constData());
        QVERIFY(!rogue.received.contains("m.rossi"));
        QVERIFY(!rogue.received.contains("segreta"));
    }
};

QTEST_GUILESS_MAIN(TestCentralTls)
#include "tst_centraltls.moc"
