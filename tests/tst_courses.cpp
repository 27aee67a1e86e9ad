#include "models/competences/courses.h"
#include "models/competences/libretto.h"
#include "models/competences/repertoryimport.h"
#include "models/db/database.h"
#include "models/registry/citizenrepository.h"
#include "models/registry/fiscalcode.h"
#include "testdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;
using namespace Sportello::Competences;

namespace {

QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray kHeader = "fiscal_code,course_code,completion_date,outcome\n";

} // namespace

// E-learning courses: the catalogue, enrolment at the desk, and the platform's completions
// recorded into the libretto with a report of the lines that match nobody.
class TestCourses : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_citizen;

    qint64 rows(const QString &table)
    {
        QSqlQuery q(u"SELECT count(*) FROM "_s + table, Db::connection(m_db->path()));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_citizen = m_db->addMarioRossi();
        RepertoryImportReport report;
        QString error;
        QVERIFY(importRepertory(m_db->path(), resource(sampleRepertoryPath()), &report, &error));
        QCOMPARE(CourseCatalogue(m_db->path()).importCsv(resource(sampleCoursesPath()), &error), 6);
    }

    void cleanup()
    {
        Db::closeConnection(m_db->path());
        m_db.reset();
    }

    void theCatalogueLinksCoursesToCompetences()
    {
        const CourseCatalogue catalogue(m_db->path());
        const QList<Course> oss = catalogue.coursesFor(u"repertorio-campione:UC-001-1"_s);
        QCOMPARE(oss.size(), 1);
        QCOMPARE(oss.first().code, u"EL-OSS-01"_s);
        QCOMPARE(oss.first().hours, 40);
        QCOMPARE(oss.first().mode, Course::Mode::Tutored);
        QCOMPARE(oss.first().competences.size(), 2);
    }

    void aNewCatalogueReplacesTheOld()
    {
        QString error;
        CourseCatalogue catalogue(m_db->path());
        QCOMPARE(catalogue.importCsv("code,title,hours,provider,mode,url,competences\n"
                                     "EL-NEW-01,Nuovo corso,12,Regione,self_paced,,\n",
                                     &error),
                 1); // no address, no competence
        const QList<Course> courses = catalogue.courses();
        QCOMPARE(courses.size(), 1);
        QVERIFY(courses.first().url.isEmpty());
        QVERIFY(catalogue.coursesFor(u"repertorio-campione:UC-001-1"_s).isEmpty());
    }

    void badCataloguesAreRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("reason");
        const QByteArray header = "code,title,hours,provider,mode,url,competences\n";
        QTest::newRow("header") << QByteArray("code,title\nX,Y\n") << u"first line"_s;
        QTest::newRow("hours") << header + "EL-1,Corso,zero,Ente,tutored,,\n" << u"Line 2"_s;
        QTest::newRow("mode") << header + "EL-1,Corso,10,Ente,online,,\n" << u"self_paced"_s;
        QTest::newRow("url") << header + "EL-1,Corso,10,Ente,tutored,ftp://x,\n"
                             << u"web address"_s;
        QTest::newRow("twice") << header
                + "EL-1,Corso,10,Ente,tutored,,\nEL-1,Altro,5,Ente,"
                  "tutored,,\n" << u"Line 3"_s;
    }

    void badCataloguesAreRefusedWhole()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, reason);
        QString error;
        QCOMPARE(CourseCatalogue(m_db->path()).importCsv(csv, &error), -1);
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(CourseCatalogue(m_db->path()).courses().size(), 6);
    }

    void enrolmentAtTheDesk()
    {
        CourseCatalogue catalogue(m_db->path());
        QString error;
        QVERIFY2(catalogue.enrol(TestDatabase::clerk(), m_citizen, u"EL-DIG-01"_s, &error),
                 qPrintable(error));
        QVERIFY(!catalogue.enrol(TestDatabase::clerk(), m_citizen, u"EL-DIG-01"_s, &error));
        QVERIFY(error.contains(u"already"_s));
        QVERIFY(!catalogue.enrol(TestDatabase::clerk(), m_citizen, u"NOPE"_s, &error));
        const QList<Enrolment> enrolments = catalogue.enrolmentsOf(m_citizen);
        QCOMPARE(enrolments.size(), 1);
        QCOMPARE(enrolments.first().status, Enrolment::Status::Enrolled);
        QVERIFY(catalogue.withdraw(TestDatabase::clerk(), enrolments.first().id, &error));
        QCOMPARE(catalogue.enrolmentsOf(m_citizen).first().status, Enrolment::Status::Withdrawn);
    }

    void completionsReachTheLibretto()
    {
        CourseCatalogue catalogue(m_db->path());
        QString error;
        QVERIFY(catalogue.enrol(TestDatabase::clerk(), m_citizen, u"EL-OSS-01"_s, &error));
        const QByteArray csv = kHeader
            + "RSSMRA85T10A562S,EL-OSS-01,15/03/2026,superato\n"
              "VRDGPP80A01H501U,EL-OSS-01,15/03/2026,passed\n"
              "RSSMRA85T10A562S,EL-XYZ-99,15/03/2026,passed\n"
              "rssmra85t10a562s,EL-SIC-01,2026-03-20,non superato\n";
        CompletionReport report;
        QVERIFY2(catalogue.importCompletions(TestDatabase::clerk(), csv, &report, &error),
                 qPrintable(error));
        QCOMPARE(report.recorded, 1);
        QCOMPARE(report.failed, 1);
        QCOMPARE(report.unmatched.size(), 2);
        QVERIFY(report.unmatched.at(0).startsWith(u"Line 3: no citizen"_s));
        QVERIFY(report.unmatched.at(1).startsWith(u"Line 4: no course EL-XYZ-99"_s));

        const LibrettoRepository libretto(m_db->path());
        const QList<Experience> experiences = libretto.experiences(m_citizen);
        QCOMPARE(experiences.size(), 1);
        QCOMPARE(experiences.first().kind, Experience::Kind::Training);
        QCOMPARE(experiences.first().hours, 40);
        const QList<AcquiredCompetence> competences = libretto.competences(m_citizen);
        QCOMPARE(competences.size(), 1); // the ESCO skill needs ESCO, not imported here
        QCOMPARE(competences.first().conceptId, u"repertorio-campione:UC-001-1"_s);
        QCOMPARE(competences.first().context, AcquiredCompetence::Context::NonFormal);
        QVERIFY(!competences.first().certified);
        QVERIFY(competences.first().evidence.contains(u"EL-OSS-01"_s));
        QCOMPARE(competences.first().experienceId, experiences.first().id);
        const QList<Enrolment> enrolments = catalogue.enrolmentsOf(m_citizen);
        QCOMPARE(enrolments.size(), 2);

        // The same export again changes nothing.
        QVERIFY(catalogue.importCompletions(TestDatabase::clerk(), csv, &report, &error));
        QCOMPARE(report.recorded, 0);
        QCOMPARE(report.alreadyKnown, 2);
        QCOMPARE(libretto.competences(m_citizen).size(), 1);
        QCOMPARE(libretto.experiences(m_citizen).size(), 1);
    }

    void completionsAreFiledUnderTheCitizensMunicipality()
    {
        // A Firenze desk's citizen, imported by whoever runs the import (the command line
        // has no municipality of its own): the rows are Firenze's, as the registry says.
        Citizen c;
        c.surname = u"Bianchi"_s;
        c.givenNames = u"Anna"_s;
        c.sex = u'F';
        c.birthDate = QDate(1990, 4, 2);
        c.birthPlaceCode = u"D612"_s;
        c.fiscalCode
            = FiscalCode::compute({c.surname, c.givenNames, c.sex, c.birthDate, c.birthPlaceCode});
        Session firenze = TestDatabase::clerk();
        firenze.municipality = u"048017"_s;
        QString error;
        QVERIFY2(CitizenRepository(m_db->path()).create(firenze, &c, &error), qPrintable(error));
        const QByteArray csv = kHeader + c.fiscalCode.toLatin1() + ",EL-OSS-01,15/03/2026,passed\n";
        CompletionReport report;
        for (const Session &importer :
             {TestDatabase::clerk(), Session {u"cli:x"_s, u"x"_s, Role::Clerk, QString()}}) {
            QVERIFY2(
                CourseCatalogue(m_db->path()).importCompletions(importer, csv, &report, &error),
                qPrintable(error));
        }
        QSqlQuery q(Db::connection(m_db->path()));
        for (const QString &table :
             {u"course_enrolment"_s, u"libretto_experience"_s, u"libretto_competence"_s}) {
            QVERIFY(q.exec(u"SELECT DISTINCT municipality FROM "_s + table
                           + u" WHERE citizen_id = '"_s + c.id + u'\''));
            QVERIFY2(q.next(), qPrintable(table));
            QCOMPARE(q.value(0).toString(), u"048017"_s);
            QVERIFY2(!q.next(), qPrintable(table));
        }
        QVERIFY(q.exec(u"SELECT municipality FROM audit_event WHERE entity_id = '"_s + c.id
                       + u"' AND detail LIKE '%\"what\":\"course_completed\"%'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"048017"_s);
    }

    void malformedExportsAreRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("reason");
        QTest::newRow("columns") << QByteArray("cf,course\nX,Y\n") << u"first line"_s;
        QTest::newRow("date") << kHeader + "RSSMRA85T10A562S,EL-OSS-01,ieri,passed\n"
                              << u"Line 3"_s; // after the good line
        QTest::newRow("future") << kHeader + "RSSMRA85T10A562S,EL-OSS-01,"
                + QDate::currentDate().addDays(2).toString(Qt::ISODate).toUtf8()
                + ",passed\n" << u"completion date"_s;
        QTest::newRow("outcome") << kHeader + "RSSMRA85T10A562S,EL-OSS-01,15/03/2026,forse\n"
                                 << u"passed or failed"_s;
        QTest::newRow("quote") << kHeader + "\"RSSMRA85T10A562S,EL-OSS-01,15/03/2026,passed\n"
                               << u"not closed"_s;
    }

    void malformedExportsAreRefusedWhole()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, reason);
        // A good line first: nothing of the file is recorded.
        const QByteArray withGood = csv.startsWith(kHeader)
            ? kHeader + "RSSMRA85T10A562S,EL-DIG-01,15/03/2026,passed\n" + csv.mid(kHeader.size())
            : csv;
        CompletionReport report;
        QString error;
        QVERIFY(!CourseCatalogue(m_db->path())
                     .importCompletions(TestDatabase::clerk(), withGood, &report, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(rows(u"course_enrolment"_s), 0);
        QCOMPARE(rows(u"libretto_experience"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestCourses)
#include "tst_courses.moc"
