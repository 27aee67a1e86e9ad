#include "cliprocess.h"
#include "models/access/auditdetail.h"
#include "models/access/auditlog.h"
#include "models/competences/libretto.h"
#include "models/competences/librettodocument.h"
#include "models/competences/repertoryimport.h"
#include "models/db/database.h"
#include "testdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;
using namespace Sportello::Competences;

namespace {

Experience course()
{
    Experience e;
    e.kind = Experience::Kind::Training;
    e.title = u"Corso per operatore socio-sanitario"_s;
    e.organisation = u"Agenzia formativa Calabria Lavoro"_s;
    e.place = u"Vibo Valentia"_s;
    e.startsOn = QDate(2024, 1, 15);
    e.endsOn = QDate(2024, 12, 20);
    e.hours = 1000;
    return e;
}

} // namespace

// The citizen's Libretto formativo: entries checked and written with their audit record,
// withdrawn not erased, linked to the repertory, "who has it", and the document with the
// national model's sections, on screen and as the PDF of `sportello libretto export`.
class TestLibretto : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_citizen;

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        m_citizen = m_db->addMarioRossi();
        QFile sample(sampleRepertoryPath());
        QVERIFY(sample.open(QIODevice::ReadOnly));
        RepertoryImportReport report;
        QString error;
        QVERIFY2(importRepertory(m_db->path(), sample.readAll(), &report, &error),
                 qPrintable(error));
    }

    void cleanup()
    {
        Db::closeConnection(m_db->path());
        m_db.reset();
    }

    void badEntriesAreRefused_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no title") << 0 << u"role, the title"_s;
        QTest::newRow("ends before it starts") << 1 << u"ends before"_s;
        QTest::newRow("starts in the future") << 2 << u"future"_s;
        QTest::newRow("no description") << 3 << u"Describe"_s;
        QTest::newRow("no evidence") << 4 << u"supports it"_s;
        QTest::newRow("certified without body") << 5 << u"certifying body"_s;
        QTest::newRow("unknown concept") << 6 << u"not in the repertories"_s;
    }

    void badEntriesAreRefused()
    {
        QFETCH(int, which);
        QFETCH(QString, reason);
        LibrettoRepository libretto(m_db->path());
        Experience e = course();
        AcquiredCompetence c {QString(),
                              QString(),
                              u"Igiene della persona"_s,
                              AcquiredCompetence::Context::Formal,
                              QString(),
                              u"Attestato"_s,
                              false,
                              QString(),
                              QDate(),
                              QDate()};
        switch (which) {
        case 0:
            e.title.clear();
            break;
        case 1:
            e.endsOn = e.startsOn.addDays(-1);
            break;
        case 2:
            e.startsOn = QDate::currentDate().addDays(3);
            e.endsOn = QDate();
            break;
        case 3:
            c.description = u"  "_s;
            break;
        case 4:
            c.evidence.clear();
            break;
        case 5:
            c.certified = true;
            c.certifiedOn = QDate(2025, 1, 10);
            break;
        case 6:
            c.conceptId = u"repertorio-campione:NOPE"_s;
            break;
        }
        QString error;
        const bool saved = which <= 2
            ? libretto.saveExperience(TestDatabase::clerk(), m_citizen, &e, &error)
            : libretto.saveCompetence(TestDatabase::clerk(), m_citizen, &c, &error);
        QVERIFY(!saved);
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(libretto.experiences(m_citizen).isEmpty());
        QVERIFY(libretto.competences(m_citizen).isEmpty());
    }

    void aLibrettoIsWrittenAndPrinted()
    {
        LibrettoRepository libretto(m_db->path());
        QString error;
        Experience e = course();
        QVERIFY2(libretto.saveExperience(TestDatabase::clerk(), m_citizen, &e, &error),
                 qPrintable(error));
        Experience job;
        job.kind = Experience::Kind::Work;
        job.title = u"Assistente familiare"_s;
        job.startsOn = QDate(2025, 2, 1); // still going on
        QVERIFY(libretto.saveExperience(TestDatabase::clerk(), m_citizen, &job, &error));
        AcquiredCompetence certified {
            QString(),
            u"repertorio-campione:UC-001-1"_s,
            u"Assistenza alla persona nelle attività di vita quotidiana"_s,
            AcquiredCompetence::Context::Formal,
            e.id,
            u"Attestato di qualifica n. 123/2024"_s,
            true,
            u"Regione Calabria"_s,
            QDate(2024, 12, 20),
            QDate()};
        QVERIFY2(libretto.saveCompetence(TestDatabase::clerk(), m_citizen, &certified, &error),
                 qPrintable(error));
        AcquiredCompetence declared {QString(),
                                     QString(),
                                     u"Cucina casalinga"_s,
                                     AcquiredCompetence::Context::Informal,
                                     QString(),
                                     u"Dichiarazione della famiglia assistita"_s,
                                     false,
                                     QString(),
                                     QDate(),
                                     QDate()};
        QVERIFY(libretto.saveCompetence(TestDatabase::clerk(), m_citizen, &declared, &error));

        QCOMPARE(libretto.experiences(m_citizen).first().title, u"Assistente familiare"_s);
        QCOMPARE(libretto.competences(m_citizen).first().id, certified.id); // certified first
        QCOMPARE(libretto.holders(u"repertorio-campione:UC-001-1"_s), QStringList {m_citizen});
        const auto audit
            = AuditLog::events(Db::connection(m_db->path()), u"citizen"_s, m_citizen, 20);
        QVERIFY(std::count_if(audit.cbegin(), audit.cend(),
                              [](const AuditLog::Event &a) {
                                  return AuditLog::describe(a.detail).startsWith(u"Libretto"_s);
                              })
                >= 4);

        const QString html = librettoHtml(m_db->path(), m_citizen);
        for (const QString &part :
             {u"Section 1"_s, u"Section 2"_s, u"RSSMRA85T10A562S"_s,
              u"Corso per operatore socio-sanitario"_s, u"1000 hour"_s, u"Regione Calabria"_s,
              u"Declared"_s, u"Competence unit UC-001-1"_s, u"Informal"_s})
            QVERIFY2(html.contains(part), qPrintable(part));

        // Withdrawn, not erased.
        QVERIFY(libretto.withdrawCompetence(TestDatabase::clerk(), declared.id, &error));
        QCOMPARE(libretto.competences(m_citizen).size(), 1);
        QSqlQuery q(u"SELECT count(*) FROM libretto_competence"_s, Db::connection(m_db->path()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);

        // The PDF a citizen takes away, from the command line.
        Db::closeConnection(m_db->path());
        const QString pdf = m_db->path() + u".pdf"_s;
        const Test::CliRun run
            = Test::runCli({u"--db"_s, m_db->path(), u"libretto"_s, u"export"_s, u"--citizen"_s,
                            u"rssmra85t10a562s"_s, u"--pdf"_s, pdf});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 5000);
        const Test::CliRun unknown
            = Test::runCli({u"--db"_s, m_db->path(), u"libretto"_s, u"export"_s, u"--citizen"_s,
                            u"VRDGPP80A01H501U"_s, u"--pdf"_s, pdf});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("No citizen"));
    }
};

QTEST_GUILESS_MAIN(TestLibretto)
#include "tst_libretto.moc"
