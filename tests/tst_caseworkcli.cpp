#include "cliprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;
using Test::CliRun;

// `sportello casework ...` through the real program: the loadable catalogue of
// interventions, refused whole on a bad line, and the statistical extract.
class TestCaseworkCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    CliRun casework(const QStringList &arguments)
    {
        return Test::runCli(QStringList {u"--db"_s, m_db, u"casework"_s} + arguments);
    }

    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }

    QJsonArray catalogue()
    {
        const CliRun run = casework({u"catalogue"_s, u"--json"_s});
        return QJsonDocument::fromJson(run.out).array();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!Test::cliProgram().isEmpty());
        m_db = m_dir.filePath(u"demo.sqlite"_s);
        const CliRun demo = Test::runCli({u"--db"_s, m_db, u"demo"_s, u"--citizens"_s, u"3000"_s});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
    }

    void theSeededCatalogueIsItalian()
    {
        const QJsonArray types = catalogue();
        QCOMPARE(types.size(), 20);
        const auto sad = std::find_if(types.begin(), types.end(), [](const QJsonValue &t) {
            return t.toObject().value(u"code"_s) == u"SAD"_s;
        });
        QVERIFY(sad != types.end());
        QCOMPARE(sad->toObject().value(u"label"_s).toString(), u"Assistenza domiciliare (SAD)"_s);
        QCOMPARE(sad->toObject().value(u"has_amount"_s).toBool(), false);
    }

    void badCataloguesAreRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("reason");
        const QByteArray header = "code,label,area,has_amount\n";
        QTest::newRow("no header") << QByteArray("SAD,Assistenza,elderly,0\n") << u"first line"_s;
        QTest::newRow("only the header") << header << u"no interventions"_s;
        QTest::newRow("three fields") << header + "SAD,Assistenza,elderly\n" << u"Line 2"_s;
        QTest::newRow("bad code") << header + "sad-1,Assistenza,elderly,0\n" << u"Line 2"_s;
        QTest::newRow("repeated code") << header + "SAD,Assistenza,elderly,0\nSAD,Altro,elderly,0\n"
                                       << u"Line 3"_s;
        QTest::newRow("no label") << header + "SAD, ,elderly,0\n" << u"no label"_s;
        QTest::newRow("unknown area") << header + "SAD,Assistenza,anziani,0\n"
                                      << u"not a need area"_s;
        QTest::newRow("amount flag") << header + "SAD,Assistenza,elderly,si\n" << u"0 or 1"_s;
        QTest::newRow("open quote") << header + "SAD,\"Assistenza,elderly,0\n" << u"not closed"_s;
    }

    void badCataloguesAreRefusedWhole()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, reason);
        const CliRun run = casework({u"import-catalogue"_s, file(u"bad.csv"_s, csv)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(reason), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1); // one line
        QCOMPARE(catalogue().size(), 20); // nothing changed
    }

    void extractHasNoPersonAndSuppressesSmallCounts()
    {
        const QString out = m_dir.filePath(u"extract.csv"_s);
        const QStringList period
            = {u"--from"_s, QDate::currentDate().addYears(-1).toString(u"dd/MM/yyyy"_s), u"--to"_s,
               QDate::currentDate().toString(u"dd/MM/yyyy"_s)};
        CliRun run = casework(QStringList {u"extract"_s, u"--key-file"_s,
                                           file(u"short.key"_s, "corta\n"), u"--output"_s, out}
                              + period);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("16 bytes"));
        QVERIFY(!QFile::exists(out));

        run = casework(QStringList {u"extract"_s, u"--key-file"_s,
                                    file(u"good.key"_s, "una-chiave-lunga-e-segreta\n"),
                                    u"--output"_s, out}
                       + period);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile extract(out);
        QVERIFY(extract.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(extract.readAll());
        QVERIFY(text.startsWith(u"need_area,status,sex,age_band,cases,persons"_s));
        QVERIFY(text.contains(u"<5"_s));
        static const QRegularExpression fiscalCode(u"[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z]"_s);
        QVERIFY(!fiscalCode.match(text).hasMatch());

        run = casework({u"extract"_s, u"--output"_s, out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--key-file"));
    }

    void theCatalogueIsReplacedByTheMunicipalitysList()
    {
        const CliRun run
            = casework({u"import-catalogue"_s,
                        file(u"vibo.csv"_s,
                             "code,label,area,has_amount\n"
                             "SAD,\"Servizio di assistenza domiciliare, anziani\",elderly,0\n"
                             "BONUS_NIDO,Contributo retta asilo nido,family,1\n")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("2 intervention"));
        const QJsonArray types = catalogue();
        QCOMPARE(types.size(), 2);
        QCOMPARE(types.at(1).toObject().value(u"label"_s).toString(),
                 u"Servizio di assistenza domiciliare, anziani"_s);
        QCOMPARE(types.at(0).toObject().value(u"has_amount"_s).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestCaseworkCli)
#include "tst_caseworkcli.moc"
