#include "cliprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The command line is a contract (DESIGN.md §4): these drive the real program.
class tst_Cli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionAndHelpNeedNoDisplay();
    void cfCheckJson();
    void cfCheckExitCodes_data();
    void cfCheckExitCodes();
    void demoCreatesAndRefusesToOverwrite();
    void citizensSearchJsonBestMatchFirst();
    void badUsageIsExitCodeTwoWithOneLine_data();
    void badUsageIsExitCodeTwoWithOneLine();
    void newerDatabaseIsRefused();
    void italianMessages();

private:
    using Run = Sportello::Test::CliRun;
    static Run run(const QStringList &arguments) { return Sportello::Test::runCli(arguments); }

    QTemporaryDir m_dir;
    QString m_db;
};

void tst_Cli::initTestCase()
{
    QVERIFY2(!Sportello::Test::cliProgram().isEmpty(),
             "SPORTELLO_CLI must name the built sportello program");
    m_db = m_dir.filePath(u"cli.sqlite"_s);
}

void tst_Cli::versionAndHelpNeedNoDisplay()
{
    const Run version = run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("sportello "));
    const Run help = run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("cf check"));
    QVERIFY(help.out.contains("citizens search"));
    const Run cfHelp = run({u"cf"_s, u"check"_s, u"--help"_s});
    QCOMPARE(cfHelp.exitCode, 0);
    QVERIFY(cfHelp.out.contains("--json"));
}

void tst_Cli::cfCheckJson()
{
    const Run r = run({u"cf"_s, u"check"_s, u"--json"_s, u"RSSMRA85T10A562S"_s,
                       u"RSSMRA85T10A562T"_s, u"XXXYYY80A01F888I"_s});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray array = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(array.size(), 3);
    const QJsonObject valid = array.at(0).toObject();
    QCOMPARE(valid.keys(),
             (QStringList {u"birth_date"_s, u"birth_place_code"_s, u"birth_place_name"_s, u"code"_s,
                           u"error"_s, u"sex"_s, u"valid"_s}));
    QCOMPARE(valid.value(u"valid"_s).toBool(), true);
    QVERIFY(valid.value(u"error"_s).isNull());
    QCOMPARE(valid.value(u"sex"_s).toString(), u"M"_s);
    QCOMPARE(valid.value(u"birth_date"_s).toString(), u"1985-12-10"_s);
    QCOMPARE(valid.value(u"birth_place_code"_s).toString(), u"A562"_s);
    QCOMPARE(valid.value(u"birth_place_name"_s).toString(), u"San Giuliano Terme"_s);
    const QJsonObject invalid = array.at(1).toObject();
    QCOMPARE(invalid.value(u"valid"_s).toBool(), false);
    QCOMPARE(invalid.value(u"error"_s).toString(), u"wrong_check_character"_s);
    QCOMPARE(array.at(2).toObject().value(u"birth_place_name"_s).toString(), u"Nicastro"_s);
}

void tst_Cli::cfCheckExitCodes_data()
{
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("all valid") << QStringList {u"RSSMRA85T10A562S"_s, u"RSSMRA85T10A56NH"_s} << 0;
    QTest::newRow("one invalid") << QStringList {u"RSSMRA85T10A562S"_s, u"RSSMRA85S31F537F"_s} << 1;
    QTest::newRow("garbage") << QStringList {u"'; DROP TABLE x; --"_s} << 1;
}

void tst_Cli::cfCheckExitCodes()
{
    QFETCH(QStringList, codes);
    QFETCH(int, exitCode);
    const Run r = run(QStringList {u"cf"_s, u"check"_s} + codes);
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.out.count('\n'), codes.size()); // one line per code
}

void tst_Cli::demoCreatesAndRefusesToOverwrite()
{
    const Run created
        = run({u"--db"_s, m_db, u"demo"_s, u"--citizens"_s, u"800"_s, u"--seed"_s, u"3"_s});
    QCOMPARE(created.exitCode, 0);
    QVERIFY(QFile::exists(m_db));
    const Run again = run({u"--db"_s, m_db, u"demo"_s, u"--citizens"_s, u"10"_s});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains("--force"));
    QCOMPARE(again.err.count('\n'), 1);
}

void tst_Cli::citizensSearchJsonBestMatchFirst()
{
    if (!QFile::exists(m_db))
        QVERIFY(run({u"--db"_s, m_db, u"demo"_s, u"--citizens"_s, u"800"_s}).exitCode == 0);
    QString code;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"cli-check"_s);
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery q(u"SELECT fiscal_code FROM citizen WHERE surname = 'Rossi' LIMIT 1"_s, db);
        if (q.next())
            code = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(u"cli-check"_s);

    const Run r = run({u"--db"_s, m_db, u"citizens"_s, u"search"_s, u"--json"_s, u"--limit"_s,
                       u"5"_s, u"ross"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!rows.isEmpty() && rows.size() <= 5);
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(
        first.keys(),
        (QStringList {u"birth_date"_s, u"fiscal_code"_s, u"given_names"_s, u"id"_s, u"surname"_s}));
    QVERIFY(first.value(u"surname"_s).toString().startsWith(u"Ross"_s));

    if (!code.isEmpty()) {
        const Run byCode
            = run({u"--db"_s, m_db, u"citizens"_s, u"search"_s, u"--json"_s, code.toLower()});
        QCOMPARE(QJsonDocument::fromJson(byCode.out)
                     .array()
                     .at(0)
                     .toObject()
                     .value(u"fiscal_code"_s)
                     .toString(),
                 code);
    }
    const Run none = run({u"--db"_s, m_db, u"citizens"_s, u"search"_s, u"--json"_s, u"zzzzqq"_s});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.out.trimmed(), QByteArray("[]"));

    // A --db that does not exist yet is created.
    const QString fresh = m_dir.filePath(u"sub/fresh.sqlite"_s);
    QCOMPARE(run({u"--db"_s, fresh, u"citizens"_s, u"search"_s, u"x"_s}).exitCode, 0);
    QVERIFY(QFile::exists(fresh));
}

void tst_Cli::badUsageIsExitCodeTwoWithOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown command") << QStringList {u"frobnicate"_s};
    QTest::newRow("cf without codes") << QStringList {u"cf"_s, u"check"_s};
    QTest::newRow("unknown option") << QStringList {u"cf"_s, u"check"_s, u"--xml"_s, u"X"_s};
    QTest::newRow("limit not a number")
        << QStringList {u"citizens"_s, u"search"_s, u"--limit"_s, u"many"_s, u"x"_s};
    QTest::newRow("limit zero") << QStringList {u"citizens"_s, u"search"_s, u"--limit"_s, u"0"_s,
                                                u"x"_s};
    QTest::newRow("search without query") << QStringList {u"citizens"_s, u"search"_s};
    QTest::newRow("negative citizens") << QStringList {u"demo"_s, u"--citizens"_s, u"-5"_s};
    QTest::newRow("bad language") << QStringList {u"--lang"_s, u"fr"_s, u"cf"_s, u"check"_s,
                                                  u"X"_s};
    QTest::newRow("db is a folder")
        << QStringList {u"--db"_s, u"/tmp"_s, u"citizens"_s, u"search"_s, u"x"_s};
}

void tst_Cli::badUsageIsExitCodeTwoWithOneLine()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.err.startsWith("sportello: "));
}

void tst_Cli::newerDatabaseIsRefused()
{
    const QString path = m_dir.filePath(u"newer.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(u"PRAGMA user_version = 9999"_s, db);
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    const Run r = run({u"--db"_s, path, u"citizens"_s, u"search"_s, u"x"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("newer version"));
}

void tst_Cli::italianMessages()
{
    const Run r = run({u"--lang"_s, u"it"_s, u"cf"_s, u"check"_s, u"RSSMRA85T10A562T"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(QString::fromUtf8(r.out).contains(u"carattere di controllo"_s), r.out.constData());
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
