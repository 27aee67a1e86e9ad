#include "models/competences/courses.h"
#include "models/competences/escoimport.h"
#include "models/competences/gap.h"
#include "models/competences/libretto.h"
#include "models/competences/repertoryimport.h"
#include "models/db/database.h"
#include "testdatabase.h"

#include <QFile>
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

const QString kWaiter
    = u"http://data.europa.eu/esco/occupation/d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471"_s;
const QString kServeFood
    = u"http://data.europa.eu/esco/skill/42a6eff0-e9d9-423d-877b-e48fe91ff26f"_s;

} // namespace

// The competence gap for a target figure or occupation, with the repertory's
// correspondences standing for each other, and the courses that close it.
class TestGap : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_citizen;

    void hold(const QString &conceptId, const QString &description, bool certified)
    {
        AcquiredCompetence c {QString(),
                              conceptId,
                              description,
                              AcquiredCompetence::Context::Formal,
                              QString(),
                              u"Attestato"_s,
                              certified,
                              certified ? u"Regione Calabria"_s : QString(),
                              certified ? QDate(2025, 6, 1) : QDate(),
                              QDate()};
        QString error;
        QVERIFY2(LibrettoRepository(m_db->path())
                     .saveCompetence(TestDatabase::clerk(), m_citizen, &c, &error),
                 qPrintable(error));
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        m_citizen = m_db->addMarioRossi();
        QString error;
        EscoImportReport esco;
        QVERIFY(importEsco(m_db->path(), QStringLiteral(SPORTELLO_TEST_DATA) + u"/esco/en-us"_s,
                           QString(), &esco, &error));
        RepertoryImportReport repertory;
        QVERIFY(importRepertory(m_db->path(), resource(sampleRepertoryPath()), &repertory, &error));
        QCOMPARE(CourseCatalogue(m_db->path()).importCsv(resource(sampleCoursesPath()), &error), 6);
        hold(u"repertorio-campione:UC-001-1"_s, u"Assistenza alla persona"_s, true);
        hold(kServeFood, u"Servizio ai tavoli"_s, false);
    }

    void cleanupTestCase() { Db::closeConnection(m_db->path()); }

    void aFigureNeedsItsUnits()
    {
        const Gap gap = competenceGap(m_db->path(), m_citizen, u"repertorio-campione:FIG-001"_s);
        QCOMPARE(gap.target.label, u"Operatore socio-sanitario (OSS)"_s);
        QCOMPARE(gap.items.size(), 2);
        QCOMPARE(gap.missing(), 1);
        const GapItem &missing = gap.items.first(); // the missing first
        QCOMPARE(missing.required.code, u"UC-001-2"_s);
        QVERIFY(missing.heldAs.isEmpty());
        // No course names the unit itself; the one for the ESCO skill it maps to is offered.
        QCOMPARE(missing.courses.size(), 1);
        QCOMPARE(missing.courses.first().code, u"EL-SIC-01"_s);
        const GapItem &held = gap.items.last();
        QCOMPARE(held.required.code, u"UC-001-1"_s);
        QVERIFY(held.certified);
    }

    void anOccupationNeedsTheUnitsOfItsFigures()
    {
        // The waiter occupation corresponds to the figure FIG-003, whose unit UC-003-1 maps
        // to the ESCO skill the citizen declared: it counts as held.
        const Gap gap = competenceGap(m_db->path(), m_citizen, kWaiter);
        QCOMPARE(gap.target.type, ConceptType::Occupation);
        QCOMPARE(gap.items.size(), 2);
        QCOMPARE(gap.missing(), 1);
        QCOMPARE(gap.items.first().required.code, u"UC-003-2"_s);
        QVERIFY(gap.items.first().courses.isEmpty());
        QCOMPARE(gap.items.last().required.code, u"UC-003-1"_s);
        QCOMPARE(gap.items.last().heldAs, u"Servizio ai tavoli"_s);
        QVERIFY(!gap.items.last().certified);

        const QString sheet = orientationSheetHtml(m_db->path(), m_citizen, gap);
        QVERIFY(sheet.contains(u"RSSMRA85T10A562S"_s));
        QVERIFY(sheet.contains(u"Servizio di bar"_s));
        QVERIFY(sheet.contains(u"No course of the catalogue yet."_s));
    }

    void anUnknownTargetIsEmpty()
    {
        const Gap gap = competenceGap(m_db->path(), m_citizen, u"nope"_s);
        QVERIFY(gap.target.id.isEmpty());
        QVERIFY(gap.items.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGap)
#include "tst_gap.moc"
