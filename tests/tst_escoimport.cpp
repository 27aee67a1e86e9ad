#include "models/competences/conceptstore.h"
#include "models/competences/escoimport.h"
#include "models/db/database.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;
using namespace Sportello::Competences;

namespace {

QString escoDir(const QString &language)
{
    return QStringLiteral(SPORTELLO_TEST_DATA) + u"/esco/"_s + language;
}

const QString kWaiter = u"http://data.europa.eu/esco/occupation/"_s;

} // namespace

// The import of the real ESCO files: every row, the hierarchy, labels with accents and
// newlines, re-import in place, and malformed files refused with their line, nothing
// written.
class TestEscoImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    qint64 rows(const QString &table)
    {
        QSqlQuery q(u"SELECT count(*) FROM "_s + table, Db::connection(m_db->path()));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    // A copy of the English files with one of them replaced.
    QString brokenCopy(QTemporaryDir *dir, const QString &file, const QByteArray &content)
    {
        const QDir source(escoDir(u"en-us"_s));
        for (const QString &name : source.entryList(QDir::Files))
            QFile::copy(source.filePath(name), dir->filePath(name));
        QFile::remove(dir->filePath(file));
        QFile f(dir->filePath(file));
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return dir->path();
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    }

    void cleanup()
    {
        Db::closeConnection(m_db->path());
        m_db.reset();
    }

    void importsEveryConceptAndTheHierarchy()
    {
        EscoImportReport report;
        QString error;
        QVERIFY2(importEsco(m_db->path(), escoDir(u"en-us"_s), QString(), &report, &error),
                 qPrintable(error));
        QCOMPARE(report.language, u"en-us"_s);
        QCOMPARE(report.occupations, 2942);
        QCOMPARE(report.skills, 13472);
        QCOMPARE(report.unlabelled, 13); // 13 skills of the file have no English label
        QCOMPARE(report.iscoGroups, 619);
        QCOMPARE(report.skillGroups, 17);
        const ConceptStore store(m_db->path());
        QCOMPARE(store.count(ConceptType::Occupation), 2942);
        QCOMPARE(store.count(ConceptType::Skill) + store.count(ConceptType::Knowledge), 13472);
        QVERIFY(store.count(ConceptType::Knowledge) > 1000);
        QCOMPARE(rows(u"competence_link"_s), qint64(report.links));

        // technical director: ISCO 2166, under the ISCO group C2166, itself under C216.
        const auto director = store.find(
            u"http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34"_s);
        QVERIFY(director);
        QCOMPARE(director->label, u"technical director"_s);
        QVERIFY(director->description.startsWith(u"Technical directors realize"_s));
        const QList<Link> up = store.linksFrom(director->id);
        QVERIFY(std::any_of(up.cbegin(), up.cend(), [](const Link &l) {
            return l.to == u"http://data.europa.eu/esco/isco/C2166"_s
                && l.kind == LinkKind::Broader;
        }));
        const auto group = store.find(u"http://data.europa.eu/esco/isco/C2166"_s);
        QVERIFY(group);
        QCOMPARE(group->type, ConceptType::IscoGroup);
        QCOMPARE(group->code, u"2166"_s);
        QVERIFY(!store.linksTo(group->id).isEmpty());

        // Alternative labels come from newlines inside a quoted field.
        const auto values = store.find(
            u"http://data.europa.eu/esco/skill/25a26ff6-af18-40b0-b2e2-cb58471015eb"_s);
        QVERIFY(values);
        QCOMPARE(values->type, ConceptType::SkillGroup);
        QCOMPARE(values->altLabels, (QStringList {u"scruples"_s, u"beliefs"_s, u"morals"_s}));
    }

    void anotherLanguageUpdatesInPlace()
    {
        EscoImportReport report;
        QString error;
        QVERIFY(importEsco(m_db->path(), escoDir(u"en-us"_s), QString(), &report, &error));
        const qint64 concepts = rows(u"competence_concept"_s);
        QVERIFY2(importEsco(m_db->path(), escoDir(u"es"_s), QString(), &report, &error),
                 qPrintable(error));
        QCOMPARE(report.language, u"es"_s);
        // The same URIs, updated; none lost (the Spanish file also labels some the English one
        // left without a label).
        QVERIFY(rows(u"competence_concept"_s) >= concepts);
        const auto director = ConceptStore(m_db->path())
                                  .find(u"http://data.europa.eu/esco/occupation/"
                                        "00030d09-2b3a-4efd-87cc-c4ea39d27c34"_s);
        QCOMPARE(director->label, u"director técnico/directora técnica"_s);
        QCOMPARE(director->altLabels,
                 (QStringList {u"directora técnica"_s, u"director técnico"_s}));
        // The Spanish folder has no hierarchy files: the links are the occupations' ISCO groups.
        QCOMPARE(rows(u"competence_link"_s), qint64(report.links));
    }

    void badFilesAreRefusedWithTheirLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        const QByteArray occupations
            = "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,description\n";
        QTest::newRow("broken quote")
            << u"occupations_en-us.csv"_s
            << occupations + "Occupation,http://x/1,2166,\"director,,\n"
            << u"occupations_en-us.csv line 2: a quoted field is not closed"_s;
        QTest::newRow("missing column")
            << u"skills_en-us.csv"_s
            << QByteArray("conceptType,conceptUri,preferredLabel,altLabels,description\n")
            << u"skills_en-us.csv line 1: the column skillType is missing"_s;
        QTest::newRow("wrong encoding") << u"occupations_en-us.csv"_s
                                        << occupations
                + "Occupation,http://x/1,2166,director,,\nOccupation,http://x/2,"
                  "2166,t\xe9\x63nico,,\n"
                                        << u"occupations_en-us.csv line 3: not UTF-8"_s;
        QTest::newRow("short row")
            << u"occupations_en-us.csv"_s << occupations + "Occupation,http://x/1,2166\n"
            << u"line 2: 3 fields where the header has 6"_s;
        QTest::newRow("no URI") << u"occupations_en-us.csv"_s
                                << occupations + "Occupation,,2166,director,,\n"
                                << u"line 2: a concept without its URI"_s;
        QTest::newRow("bad relation")
            << u"occupationSkillRelations.csv"_s
            << QByteArray("occupationUri,relationType,skillType,skillUri\nhttp://x/1,maybe,"
                          "knowledge,http://y/1\n")
            << u"occupationSkillRelations.csv line 2"_s;
    }

    void badFilesAreRefusedWithTheirLine()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        EscoImportReport report;
        QString error;
        QVERIFY(
            !importEsco(m_db->path(), brokenCopy(&dir, file, content), QString(), &report, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(rows(u"competence_concept"_s), 0); // nothing half-imported
        QCOMPARE(rows(u"competence_framework"_s), 0);
    }

    void theLanguageMustBeClear()
    {
        QTemporaryDir dir;
        const QString both = brokenCopy(&dir, u"occupations_es.csv"_s,
                                        "conceptType,conceptUri,iscoGroup,preferredLabel,"
                                        "altLabels,description\n");
        EscoImportReport report;
        QString error;
        QVERIFY(!importEsco(m_db->path(), both, QString(), &report, &error));
        QVERIFY2(error.contains(u"--lang"_s), qPrintable(error));
        QVERIFY(!importEsco(m_db->path(), both, u"it"_s, &report, &error));
        QVERIFY(error.contains(u"occupations_it.csv"_s));
    }
};

QTEST_GUILESS_MAIN(TestEscoImport)
#include "tst_escoimport.moc"
