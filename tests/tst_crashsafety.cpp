#include "cliprocess.h"
#include "models/db/database.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Sportello;

// The program killed in the middle of a large import (SIGKILL, as a power cut would): the
// database is intact, nothing acknowledged before is lost, the half-done import left no
// trace, and the same import run again completes. (tst_syncreliability kills a sync.)
class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    qint64 count(const QString &db, const QString &sql)
    {
        QSqlQuery q(sql, Db::connection(db));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void killedMidImportLosesNothing()
    {
        const QString db = m_dir.filePath(u"desk.sqlite"_s);
        const Test::CliRun demo
            = Test::runCli({u"--db"_s, db, u"demo"_s, u"--citizens"_s, u"800"_s});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        QString error;
        QVERIFY(Db::open(db, &error));
        const qint64 citizens = count(db, u"SELECT count(*) FROM citizen"_s);
        const qint64 concepts = count(db, u"SELECT count(*) FROM competence_concept"_s);
        Db::closeConnection(db);

        const QStringList import = {u"--db"_s, db, u"competences"_s, u"import-esco"_s,
                                    QStringLiteral(SPORTELLO_TEST_DATA) + u"/esco/en-us"_s};
        QProcess process;
        process.start(Test::cliProgram(), import);
        QVERIFY(process.waitForStarted());
        // Killed once the import is writing: its transaction has grown the write-ahead log.
        const QFileInfo wal(db + u"-wal"_s);
        const qint64 walBefore = wal.exists() ? wal.size() : 0;
        QDeadlineTimer deadline(30000);
        bool writing = false;
        while (!deadline.hasExpired() && process.state() == QProcess::Running) {
            if (QFileInfo(db + u"-wal"_s).size() > walBefore + 2'000'000) {
                writing = true;
                break;
            }
            QThread::msleep(1);
        }
        QVERIFY2(writing, "the import ended before it could be killed mid-way");
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished();
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        QVERIFY(Db::open(db, &error));
        QSqlQuery check(u"PRAGMA integrity_check"_s, Db::connection(db));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
        QCOMPARE(count(db, u"SELECT count(*) FROM citizen"_s), citizens);
        QCOMPARE(count(db, u"SELECT count(*) FROM competence_concept"_s), concepts); // no trace
        Db::closeConnection(db);

        const Test::CliRun again = Test::runCli(import);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY(Db::open(db, &error));
        QCOMPARE(count(db, u"SELECT count(*) FROM competence_concept WHERE framework = 'esco'"_s),
                 2942 + 13472 + 619 + 17);
        Db::closeConnection(db);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
