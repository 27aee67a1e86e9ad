#include "cliprocess.h"
#include "nurseryfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;
using Test::CliRun;

// `sportello nursery ...`, the contract of issue 4, driven through the real program on the
// worked example (see tst_nurseryranking for its ranking by hand).
class TestNurseryCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    CliRun nursery(const QStringList &arguments)
    {
        return Test::runCli(QStringList {u"--db"_s, m_db, u"nursery"_s} + arguments);
    }

    static QJsonObject json(const CliRun &run)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", run.out.constData());
        return document.object();
    }

    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }

private slots:
    void init()
    {
        QVERIFY(!Test::cliProgram().isEmpty());
        m_db = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())
                              + QString::fromLatin1(QTest::currentDataTag()).remove(u' ')
                              + u".sqlite"_s);
        const CliRun rules
            = nursery({u"import-rules"_s, Test::nurseryDataPath(u"worked-rules.json"_s)});
        QVERIFY2(rules.exitCode == 0, rules.err.constData());
        const CliRun apps = nursery({u"import-applications"_s, u"--round"_s, u"2025-nidi"_s,
                                     Test::nurseryDataPath(u"worked-applications.csv"_s)});
        QVERIFY2(apps.exitCode == 0, apps.err.constData());
        QVERIFY(apps.out.contains("8 applications"));
    }

    void rankJson()
    {
        const CliRun run = nursery({u"rank"_s, u"--round"_s, u"2025-nidi"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = json(run);
        QCOMPARE(o.value(u"round"_s).toString(), u"2025-nidi"_s);
        const QJsonArray rows = o.value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), 12); // 2025-006 is in no age group
        QCOMPARE(rows.at(0).toObject(),
                 QJsonObject({{u"position"_s, 1},
                              {u"age_group"_s, u"P"_s},
                              {u"protocol"_s, u"2025-003"_s},
                              {u"nursery"_s, u"B"_s},
                              {u"preference"_s, 1},
                              {u"score"_s, 20030},
                              {u"late"_s, false}}));
        QCOMPARE(rows.at(8).toObject().value(u"protocol"_s).toString(), u"2025-004"_s);
        QCOMPARE(rows.at(8).toObject().value(u"late"_s).toBool(), true);
        QCOMPARE(rows.at(9).toObject().value(u"age_group"_s).toString(), u"G"_s);
        QCOMPARE(rows.at(9).toObject().value(u"position"_s).toInt(), 1);
    }

    void allocateRespondAndScorrimento()
    {
        const QStringList allocate = {u"allocate"_s, u"--round"_s, u"2025-nidi"_s, u"--json"_s};
        CliRun run = nursery(allocate);
        QCOMPARE(run.exitCode, 0);
        QJsonObject o = json(run);
        const auto protocols = [](const QJsonArray &list) {
            QStringList out;
            for (const QJsonValue &v : list)
                out << v.toObject().value(u"protocol"_s).toString();
            return out;
        };
        QCOMPARE(protocols(o.value(u"admitted"_s).toArray()),
                 QStringList(
                     {u"2025-003"_s, u"2025-001"_s, u"2025-002"_s, u"2025-011"_s, u"2025-010"_s}));
        QCOMPARE(o.value(u"admitted"_s).toArray().at(0).toObject().value(u"nursery"_s).toString(),
                 u"B"_s);
        QCOMPARE(
            o.value(u"waiting"_s).toArray().at(0).toObject(),
            QJsonObject(
                {{u"protocol"_s, u"2025-005"_s}, {u"age_group"_s, u"P"_s}, {u"position"_s, 7}}));

        // Allocating again changes nothing.
        QCOMPARE(json(nursery(allocate)), o);

        run = nursery({u"respond"_s, u"--round"_s, u"2025-nidi"_s, u"--protocol"_s, u"2025-002"_s,
                       u"--refuse"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("leaves the ranking"));
        run = nursery({u"respond"_s, u"--round"_s, u"2025-nidi"_s, u"--protocol"_s, u"2025-001"_s,
                       u"--accept"_s});
        QCOMPARE(run.exitCode, 0);

        o = json(nursery(allocate));
        const QJsonArray admitted = o.value(u"admitted"_s).toArray();
        QCOMPARE(protocols(admitted),
                 QStringList(
                     {u"2025-003"_s, u"2025-001"_s, u"2025-005"_s, u"2025-011"_s, u"2025-010"_s}));
        QCOMPARE(admitted.at(1).toObject().value(u"status"_s).toString(), u"accepted"_s);
        QCOMPARE(admitted.at(2).toObject().value(u"preference"_s).toInt(), 2);
        QCOMPARE(protocols(o.value(u"waiting"_s).toArray()), QStringList({u"2025-004"_s}));

        // No offer to answer any more: bad input.
        run = nursery({u"respond"_s, u"--round"_s, u"2025-nidi"_s, u"--protocol"_s, u"2025-002"_s,
                       u"--accept"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("no offer"));
        // Offers made: the rules can no longer change.
        run = nursery({u"import-rules"_s, Test::nurseryDataPath(u"worked-rules.json"_s)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("offered"));
    }

    void publishIsAnonymous()
    {
        const QString csv = m_dir.filePath(u"a.csv"_s);
        CliRun run = nursery({u"publish"_s, u"--round"_s, u"2025-nidi"_s, u"--nursery"_s, u"A"_s,
                              u"--age-group"_s, u"P"_s, u"--csv"_s, csv});
        QCOMPARE(run.exitCode, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines.at(0).startsWith(u"round,school_year,list,nursery,nursery_name,age_group,"
                                       "last_updated,position,protocol,score"_s));
        QVERIFY(lines.at(1).contains(u",provisional,A,Nido Aurora,P,"_s));
        QVERIFY(lines.at(1).endsWith(u",1,2025-001,20020,0"_s));
        QVERIFY(lines.at(5).endsWith(u",5,2025-004,20020,1"_s));
        for (const QString &secret :
             {u"Rossi"_s, u"Giulia"_s, u"2024-07-10"_s, u"12000"_s, u"RES"_s, u"LAV"_s})
            QVERIFY2(!text.contains(secret), qPrintable(secret));

        const QString pdf = m_dir.filePath(u"a.pdf"_s);
        run = nursery({u"publish"_s, u"--round"_s, u"2025-nidi"_s, u"--nursery"_s, u"B"_s,
                       u"--age-group"_s, u"G"_s, u"--pdf"_s, pdf, u"--list"_s, u"final"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == "%PDF-");
    }

    void badInputIsRefusedWhole_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QString header
            = u"protocol,child_birth_date,submitted_at,isee,preferences,conditions\n"_s;
        const auto csv = [&](const QString &name, const QString &rows) {
            return file(name, (header + u"N-1,2024-07-10,2025-04-10,,A,RES\n"_s + rows).toUtf8());
        };
        const QString round = u"2025-nidi"_s;
        QTest::newRow("unknown nursery")
            << QStringList {u"import-applications"_s, u"--round"_s, round,
                            csv(u"n.csv"_s, u"N-2,2024-07-10,2025-04-10,,Q,RES\n"_s)}
            << u"line 3: the nursery Q"_s;
        QTest::newRow("duplicate protocol")
            << QStringList {u"import-applications"_s, u"--round"_s, round,
                            csv(u"d.csv"_s, u"N-1,2024-07-10,2025-04-10,,A,RES\n"_s)}
            << u"line 3: the protocol N-1 is repeated"_s;
        QTest::newRow("protocol in the round")
            << QStringList {u"import-applications"_s, u"--round"_s, round,
                            csv(u"r.csv"_s, u"2025-001,2024-07-10,2025-04-10,,A,RES\n"_s)}
            << u"line 3: the protocol 2025-001 is already in the round"_s;
        QTest::newRow("future date")
            << QStringList {u"import-applications"_s, u"--round"_s, round,
                            csv(u"f.csv"_s, u"N-2,2090-07-10,2025-04-10,,A,RES\n"_s)}
            << u"line 3: the child's date of birth 2090-07-10 is in the future"_s;
        QTest::newRow("negative ISEE")
            << QStringList {u"import-applications"_s, u"--round"_s, round,
                            csv(u"i.csv"_s, u"N-2,2024-07-10,2025-04-10,-1,A,RES\n"_s)}
            << u"line 3: the ISEE cannot be negative"_s;
        QTest::newRow("missing file")
            << QStringList {u"import-applications"_s, u"--round"_s, round, u"/nonexistent.csv"_s}
            << u"Cannot read /nonexistent.csv"_s;
        QTest::newRow("unknown round") << QStringList {u"rank"_s, u"--round"_s, u"2030-nidi"_s}
                                       << u"There is no round 2030-nidi"_s;
        QTest::newRow("bad rules")
            << QStringList {u"import-rules"_s, file(u"bad.json"_s, "{\"round\": \"x\"}")}
            << u"bad.json: municipality"_s;
        QTest::newRow("unknown subcommand")
            << QStringList {u"sort"_s} << u"Unknown nursery command"_s;
        QTest::newRow("publish unknown nursery")
            << QStringList {u"publish"_s,     u"--round"_s, round,      u"--nursery"_s, u"Z"_s,
                            u"--age-group"_s, u"P"_s,       u"--csv"_s, u"/tmp/x.csv"_s}
            << u"no nursery \"Z\""_s;
        QTest::newRow("publish needs one output")
            << QStringList {u"publish"_s, u"--round"_s,     round, u"--nursery"_s,
                            u"A"_s,       u"--age-group"_s, u"P"_s}
            << u"Give either --csv F or --pdf F"_s;
        QTest::newRow("respond needs an answer")
            << QStringList {u"respond"_s, u"--round"_s, round, u"--protocol"_s, u"2025-001"_s}
            << u"Give either --accept or --refuse"_s;
    }

    void badInputIsRefusedWhole()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const CliRun run = nursery(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
        QCOMPARE(run.err.trimmed().count('\n'), 0); // one line
        const QJsonArray rows
            = json(nursery({u"rank"_s, u"--round"_s, u"2025-nidi"_s, u"--json"_s}))
                  .value(u"rows"_s)
                  .toArray();
        QCOMPARE(rows.size(), 12); // nothing imported
    }

    // On a desk that syncs with the region every change goes out under its author's login:
    // a command that writes says whose it is, a staff member allowed to.
    void aDeskOfTheRegionNamesTheAuthor()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"regional-desk"_s);
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"INSERT INTO sync_position (login, role, municipality, updated_at) "
                           "VALUES ('l.nidi', 'coordinator', '102047', 'x')"_s));
            QVERIFY(q.exec(u"INSERT INTO staff_account (username, display_name, role, "
                           "municipality, password_hash, created_at, updated_at) VALUES "
                           "('l.nidi', 'Laura Nidi', 'coordinator', '102047', '', 'x', 'x'), "
                           "('m.rossi', 'Maria Rossi', 'clerk', '102047', '', 'x', 'x')"_s));
        }
        QSqlDatabase::removeDatabase(u"regional-desk"_s);
        const QStringList allocate {u"allocate"_s, u"--round"_s, u"2025-nidi"_s};
        const CliRun anonymous = nursery(allocate);
        QCOMPARE(anonymous.exitCode, 2);
        QVERIFY2(anonymous.err.contains("--as"), anonymous.err.constData());
        QCOMPARE(anonymous.err.count('\n'), 1);
        const auto as = [&](const QString &who) {
            return Test::runCli(QStringList {u"--db"_s, m_db, u"--as"_s, who, u"nursery"_s}
                                + allocate);
        };
        QCOMPARE(as(u"nessuno"_s).exitCode, 2);
        const CliRun clerk = as(u"m.rossi"_s); // a clerk does not allocate seats
        QCOMPARE(clerk.exitCode, 2);
        QVERIFY2(clerk.err.contains("may not"), clerk.err.constData());
        const CliRun coordinator = as(u"l.nidi"_s);
        QVERIFY2(coordinator.exitCode == 0, coordinator.err.constData());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"regional-desk"_s);
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(u"SELECT count(*), min(updated_by), max(updated_by) FROM nursery_offer"_s,
                        db);
            QVERIFY(q.next());
            QVERIFY(q.value(0).toInt() > 0);
            QCOMPARE(q.value(1).toString(), u"l.nidi"_s);
            QCOMPARE(q.value(2).toString(), u"l.nidi"_s);
        }
        QSqlDatabase::removeDatabase(u"regional-desk"_s);
    }

    void italian()
    {
        const CliRun run = Test::runCli({u"--db"_s, m_db, u"--lang"_s, u"it"_s, u"nursery"_s,
                                         u"rank"_s, u"--round"_s, u"2025-nidi"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QString::fromUtf8(run.out).contains(u"fuori termine"_s), run.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestNurseryCli)
#include "tst_nurserycli.moc"
