#include "models/competences/competenceindex.h"
#include "models/competences/conceptstore.h"
#include "models/competences/repertoryimport.h"
#include "models/db/database.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;
using namespace Sportello::Competences;

namespace {

QByteArray sample()
{
    QFile file(sampleRepertoryPath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A small valid repertory with one figure and one unit, as a base for broken variants.
QByteArray repertory(const QByteArray &figure)
{
    return R"({"framework": {"id": "rrfp-prova", "name": "Prova"}, "figures": [)" + figure + "]}";
}

const QByteArray kUnit = R"({"code": "UC-1", "title": "Servizio di sala"})";

} // namespace

// The regional repertory import: the shipped sample, shared units, links to ESCO, search
// by title and by ADA code, and every malformed field refused with its place.
class TestRepertoryImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    qint64 rows(const QString &table)
    {
        QSqlQuery q(u"SELECT count(*) FROM "_s + table, Db::connection(m_db->path()));
        return q.next() ? q.value(0).toLongLong() : -1;
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

    void theSampleRepertory()
    {
        RepertoryImportReport report;
        QString error;
        QVERIFY2(importRepertory(m_db->path(), sample(), &report, &error), qPrintable(error));
        QCOMPARE(report.framework, u"repertorio-campione"_s);
        QVERIFY(report.sample);
        QCOMPARE(report.figures, 5);
        QCOMPARE(report.units, 8); // UC-001-1 and UC-004-2 serve two figures each
        const ConceptStore store(m_db->path());
        QCOMPARE(store.frameworks().first().sample, true);
        const auto oss = store.find(u"repertorio-campione:FIG-001"_s);
        QVERIFY(oss);
        QCOMPARE(oss->type, ConceptType::Qualification);
        const QJsonObject details = QJsonDocument::fromJson(oss->details.toUtf8()).object();
        QCOMPARE(details.value(u"eqf"_s).toInt(), 3);
        QCOMPARE(details.value(u"sector"_s).toString(), u"Servizi socio-sanitari"_s);
        const QList<Link> shared = store.linksTo(u"repertorio-campione:UC-001-1"_s);
        QCOMPARE(shared.size(), 2);
        const QList<Link> fromOss = store.linksFrom(oss->id);
        QVERIFY(std::any_of(fromOss.cbegin(), fromOss.cend(), [](const Link &l) {
            return l.kind == LinkKind::MapsTo && l.to.startsWith(u"http://data.europa.eu/esco/"_s);
        }));

        // Again: updated in place, nothing doubled.
        QVERIFY(importRepertory(m_db->path(), sample(), &report, &error));
        QCOMPARE(rows(u"competence_concept"_s), 13);
        QCOMPARE(rows(u"competence_link"_s), qint64(report.links));

        const auto index = CompetenceIndex::load(m_db->path());
        QCOMPARE(index->search(u"socio sanitario"_s, 1).first().id, oss->id);
        const QList<SearchHit> byAda = index->search(u"ADA.16.239.788"_s, 1);
        QCOMPARE(byAda.first().id, u"repertorio-campione:FIG-004"_s);
        QCOMPARE(index->search(u"servizio sala"_s, 1, ConceptType::Unit).first().code,
                 u"UC-003-1"_s);

        // The filters, with or without words: sector, EQF level, framework.
        QCOMPARE(index->sectors().size(), 5);
        const QList<SearchHit> tourism = index->search(
            QString(), 50, SearchFilter {std::nullopt, QString(), u"Servizi turistici"_s, 0});
        QCOMPARE(tourism.size(), 1);
        QCOMPARE(tourism.first().code, u"FIG-003"_s);
        QStringList eqf2;
        for (const SearchHit &h : index->search(
                 QString(), 50, SearchFilter {ConceptType::Qualification, QString(), QString(), 2}))
            eqf2 << h.code;
        eqf2.sort();
        QCOMPARE(eqf2, (QStringList {u"FIG-002"_s, u"FIG-005"_s}));
        QVERIFY(
            index->search(u"assistenza"_s, 50, SearchFilter {std::nullopt, u"esco"_s, QString(), 0})
                .isEmpty());
        QVERIFY(index->search(QString(), 50, SearchFilter()).isEmpty()); // no words, no filter
    }

    void badRepertoriesAreRefusedWithThePlace_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        const QByteArray units = R"("units": [)" + kUnit + "]";
        QTest::newRow("not JSON") << QByteArray("{figures: ") << u"Not a JSON object"_s;
        QTest::newRow("no framework id")
            << QByteArray(R"({"framework": {"name": "x"}, "figures": []})")
            << u"framework.id: missing"_s;
        QTest::newRow("framework id shape")
            << QByteArray(R"({"framework": {"id": "RRFP Toscana", "name": "x"}, "figures": []})")
            << u"framework.id"_s;
        QTest::newRow("no figures") << repertory("") << u"figures: no professional figure"_s;
        QTest::newRow("figure without title")
            << repertory(R"({"code": "F1", )" + units + "}") << u"figures[0].title: missing"_s;
        QTest::newRow("eqf 9") << repertory(R"({"code": "F1", "title": "T", "eqf": 9, )" + units
                                            + "}")
                               << u"figures[0].eqf"_s;
        QTest::newRow("istat code") << repertory(
            R"({"code": "F1", "title": "T", "istat_cp": ["5.3.1.1.0", "53110"], )" + units + "}")
                                    << u"figures[0].istat_cp[1]: \"53110\""_s;
        QTest::newRow("ada code") << repertory(
            R"({"code": "F1", "title": "T", "ada": ["ADA-16-239"], )" + units + "}")
                                  << u"figures[0].ada[0]"_s;
        QTest::newRow("esco uri") << repertory(
            R"({"code": "F1", "title": "T", "esco": ["cameriere"], )" + units + "}")
                                  << u"figures[0].esco[0]"_s;
        QTest::newRow("no units") << repertory(R"({"code": "F1", "title": "T"})")
                                  << u"figures[0].units: a figure has at least one"_s;
        QTest::newRow("unit without code")
            << repertory(R"({"code": "F1", "title": "T", "units": [{"title": "U"}]})")
            << u"figures[0].units[0].code: missing"_s;
        QTest::newRow("shared unit retitled") << repertory(
            R"({"code": "F1", "title": "T", )" + units
            + R"(}, {"code": "F2", "title": "T2", "units": [{"code": "UC-1", "title": "Altro"}]})")
                                              << u"figures[1].units[0].title"_s;
        QTest::newRow("figure twice")
            << repertory(R"({"code": "F1", "title": "T", )" + units
                         + R"(}, {"code": "F1", "title": "T2", )" + units + "}")
            << u"figures[1].code: F1 is given twice"_s;
    }

    void badRepertoriesAreRefusedWithThePlace()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        RepertoryImportReport report;
        QString error;
        QVERIFY(!importRepertory(m_db->path(), json, &report, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(rows(u"competence_concept"_s), 0);
        QCOMPARE(rows(u"competence_framework"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestRepertoryImport)
#include "tst_repertoryimport.moc"
