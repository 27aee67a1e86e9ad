#include "models/common/csv.h"
#include "models/nursery/applicationcsv.h"
#include "nurseryfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;
using namespace Sportello::Nursery;

// The applications file of `sportello nursery import-applications`: read whole or refused
// whole with the line and the reason.
class TestApplicationCsv : public QObject
{
    Q_OBJECT

private slots:
    void readsTheWorkedExample()
    {
        const QList<Application> apps = Test::workedApplications();
        QCOMPARE(apps.size(), 8);
        const Application &a = apps.at(0);
        QCOMPARE(a.protocol, u"2025-001"_s);
        QCOMPARE(a.childBirthDate, QDate(2024, 7, 10));
        QCOMPARE(a.submittedAt, parseDateTime(u"2025-04-10T09:00:00"_s));
        QCOMPARE(a.iseeCents, 1200000);
        QCOMPARE(a.preferences, QStringList({u"A"_s, u"B"_s}));
        QCOMPARE(a.conditions.size(), 2);
        QCOMPARE(a.conditions.at(1).code, u"LAV"_s);
        QCOMPARE(a.conditions.at(1).count, 2);
        QCOMPARE(a.conditions.at(1).text(), u"LAV*2"_s);
        QCOMPARE(a.childName(), u"Rossi Giulia"_s);
        QVERIFY(!apps.at(2).hasIsee());
        QCOMPARE(apps.at(2).conditions.at(2).nursery, u"B"_s);
        QCOMPARE(apps.at(2).conditions.at(2).status, ConditionStatus::Declared);
    }

    void readsQuotingByteOrderMarkAndCrLf()
    {
        const QByteArray csv
            = "\xEF\xBB\xBFprotocol,child_birth_date,submitted_at,isee,"
              "preferences,conditions,child_surname\r\n"
              "\"P,1\",2024-07-10,2025-04-10 09:00,\"12345,67\",A;B,,\"D'Amico \"\"Jr\"\"\"\r\n"
              "\r\n";
        QString error;
        const auto apps = readApplicationsCsv(csv, Test::workedRules(), {}, &error);
        QVERIFY2(apps, qPrintable(error));
        QCOMPARE(apps->size(), 1);
        QCOMPARE(apps->first().protocol, u"P,1"_s);
        QCOMPARE(apps->first().iseeCents, 1234567);
        QCOMPARE(apps->first().childSurname, u"D'Amico \"Jr\""_s);
        QCOMPARE(apps->first().conditions.size(), 0);
    }

    void csvLinesRoundTrip()
    {
        const QStringList fields = {u"a"_s, u"b,c"_s, u"say \"hi\""_s, QString(), u"two\nlines"_s};
        QList<Csv::Record> records;
        int bad = 0;
        QVERIFY(Csv::parse(Csv::line(fields) + Csv::line({u"x"_s}), &records, &bad));
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).fields, fields);
        QCOMPARE(records.at(1).line, 3); // the quoted line break counts
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QString>("row"); // replaces the first application of the worked file
        QTest::addColumn<QString>("expected");
        const QString ok
            = u"2025-001,2024-07-10,2025-04-10T09:00:00,12000,A;B,RES;LAV*2,Rossi,Giulia"_s;
        QTest::newRow("unknown nursery")
            << u"2025-001,2024-07-10,2025-04-10T09:00:00,12000,A;Z,RES,Rossi,Giulia"_s
            << u"line 2: the nursery Z is not one of the round"_s;
        QTest::newRow("duplicate protocol")
            << u"2025-002,2024-07-10,2025-04-10T09:00:00,12000,A,RES,Rossi,Giulia"_s
            << u"line 3: the protocol 2025-002 is repeated (first on line 2)"_s;
        QTest::newRow("birth in the future")
            << u"2025-001,2099-01-01,2025-04-10T09:00:00,12000,A,RES,Rossi,Giulia"_s
            << u"line 2: the child's date of birth 2099-01-01 is in the future"_s;
        QTest::newRow("submitted in the future")
            << u"2025-001,2024-07-10,2099-04-10T09:00:00,12000,A,RES,Rossi,Giulia"_s
            << u"line 2: the submission time 2099-04-10T09:00:00 is in the future"_s;
        QTest::newRow("negative ISEE")
            << u"2025-001,2024-07-10,2025-04-10T09:00:00,-5,A,RES,Rossi,Giulia"_s
            << u"line 2: the ISEE cannot be negative (-5)"_s;
        QTest::newRow("ISEE not an amount")
            << u"2025-001,2024-07-10,2025-04-10T09:00:00,12k,A,RES,Rossi,Giulia"_s
            << u"line 2: isee \"12k\" is not an amount"_s;
        QTest::newRow("bad birth date")
            << u"2025-001,10/07/2024,2025-04-10T09:00:00,12000,A,RES,Rossi,Giulia"_s
            << u"line 2: child_birth_date \"10/07/2024\" is not a date"_s;
        QTest::newRow("bad submission") << u"2025-001,2024-07-10,ieri,12000,A,RES,Rossi,Giulia"_s
                                        << u"line 2: submitted_at \"ieri\""_s;
        QTest::newRow("missing field") << u"2025-001,2024-07-10,2025-04-10T09:00:00,12000,A,RES"_s
                                       << u"line 2: 6 fields where the header has 8"_s;
        QTest::newRow("no protocol")
            << u",2024-07-10,2025-04-10T09:00:00,12000,A,RES,Rossi,Giulia"_s
            << u"line 2: the protocol number is missing"_s;
        QTest::newRow("no preference")
            << u"2025-001,2024-07-10,2025-04-10T09:00:00,12000,,RES,Rossi,Giulia"_s
            << u"line 2: at least one nursery"_s;
        QTest::newRow("preference twice")
            << u"2025-001,2024-07-10,2025-04-10T09:00:00,12000,A;B;A,RES,Rossi,Giulia"_s
            << u"line 2: the nursery A is chosen twice"_s;
        QTest::newRow("unknown condition")
            << u"2025-001,2024-07-10,2025-04-10T09:00:00,12000,A,RES;XYZ,Rossi,Giulia"_s
            << u"line 2: the condition XYZ is not a criterion"_s;
        QTest::newRow("condition needs a nursery")
            << u"2025-001,2024-07-10,2025-04-10T09:00:00,12000,A,SIB,Rossi,Giulia"_s
            << u"line 2: the condition SIB applies to one nursery"_s;
        QTest::newRow("condition takes no nursery")
            << u"2025-001,2024-07-10,2025-04-10T09:00:00,12000,A,RES@A,Rossi,Giulia"_s
            << u"line 2: the condition RES applies to every preference"_s;
        QTest::newRow("condition at unknown nursery")
            << u"2025-001,2024-07-10,2025-04-10T09:00:00,12000,A,SIB@Q,Rossi,Giulia"_s
            << u"line 2: the condition SIB@Q names the unknown nursery Q"_s;
        QTest::newRow("condition written badly")
            << u"2025-001,2024-07-10,2025-04-10T09:00:00,12000,A,LAV*x,Rossi,Giulia"_s
            << u"line 2: the condition \"LAV*x\""_s;
        QTest::newRow("condition count zero")
            << u"2025-001,2024-07-10,2025-04-10T09:00:00,12000,A,LAV*0,Rossi,Giulia"_s
            << u"line 2: the condition LAV*0 counts at least 1"_s;
        QTest::newRow("condition twice")
            << u"2025-001,2024-07-10,2025-04-10T09:00:00,12000,A,RES;RES,Rossi,Giulia"_s
            << u"line 2: the condition RES is declared twice"_s;
        QTest::newRow("unterminated quote")
            << u"2025-001,2024-07-10,2025-04-10T09:00:00,12000,A,\"RES,Rossi,Giulia"_s
            << u"line 2: a quoted field is never closed"_s;
        QTest::newRow("control") << ok << QString();
    }

    void refusesBadFiles()
    {
        QFETCH(QString, row);
        QFETCH(QString, expected);
        QStringList lines
            = QString::fromUtf8(Test::nurseryData(u"worked-applications.csv"_s)).split(u'\n');
        lines[1] = row;
        QString error;
        const auto apps
            = readApplicationsCsv(lines.join(u'\n').toUtf8(), Test::workedRules(), {}, &error);
        if (expected.isEmpty()) {
            QVERIFY2(apps, qPrintable(error));
            return;
        }
        QVERIFY(!apps);
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void refusesBadHeadersAndFiles_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << u"the file is empty"_s;
        QTest::newRow("header only")
            << QByteArray("protocol,child_birth_date,submitted_at,isee,preferences,conditions\n")
            << u"the file has no applications"_s;
        QTest::newRow("missing column")
            << QByteArray("protocol,child_birth_date,submitted_at,preferences,conditions\n")
            << u"line 1: the column isee is missing"_s;
        QTest::newRow("unknown column")
            << QByteArray("protocol,child_birth_date,submitted_at,isee,preferences,conditions,"
                          "name\n")
            << u"line 1: unknown column \"name\""_s;
        QTest::newRow("bad fiscal code")
            << QByteArray("protocol,child_birth_date,submitted_at,isee,preferences,conditions,"
                          "child_fiscal_code\nX,2024-07-10,2025-04-10,,A,,RSSMRA85T10A562X\n")
            << u"line 2: the child's fiscal code RSSMRA85T10A562X is not valid"_s;
    }

    void refusesBadHeadersAndFiles()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!readApplicationsCsv(csv, Test::workedRules(), {}, &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void refusesProtocolsTheRoundHas()
    {
        QString error;
        QVERIFY(!readApplicationsCsv(Test::nurseryData(u"worked-applications.csv"_s),
                                     Test::workedRules(), {u"2025-005"_s}, &error));
        QCOMPARE(error, u"line 6: the protocol 2025-005 is already in the round"_s);
    }
};

QTEST_GUILESS_MAIN(TestApplicationCsv)
#include "tst_applicationcsv.moc"
