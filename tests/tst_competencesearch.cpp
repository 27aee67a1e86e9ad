#include "models/competences/competenceindex.h"
#include "models/competences/escoimport.h"
#include "models/competences/textfold.h"
#include "models/db/database.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;
using namespace Sportello::Competences;

// Search relevance on the real ESCO labels (en-us), as a desk clerk types.
class TestCompetenceSearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::shared_ptr<const CompetenceIndex> m_index;

    QStringList labels(const QString &query, int limit = 5,
                       std::optional<ConceptType> type = std::nullopt) const
    {
        QStringList out;
        for (const SearchHit &h : m_index->search(query, limit, type))
            out << h.label;
        return out;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        EscoImportReport report;
        QString error;
        QVERIFY2(importEsco(m_db->path(), QStringLiteral(SPORTELLO_TEST_DATA) + u"/esco/en-us"_s,
                            QString(), &report, &error),
                 qPrintable(error));
        m_index = CompetenceIndex::load(m_db->path());
        QCOMPARE(m_index->size(), 2942 + 13472 + 619 + 17);
    }

    void cleanupTestCase() { Db::closeConnection(m_db->path()); }

    void theWholeLabelComesFirst()
    {
        const QList<SearchHit> hits = m_index->search(u"technical director"_s, 5);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().label, u"technical director"_s);
        QCOMPARE(hits.first().type, ConceptType::Occupation);
        QCOMPARE(hits.first().matched, u"label"_s);
    }

    void caseAccentsAndOrderDoNotMatter()
    {
        QCOMPARE(labels(u"DIRECTOR TECHNICAL"_s, 1), labels(u"technical director"_s, 1));
        QCOMPARE(labels(u"téchnical dîrector"_s, 1), labels(u"technical director"_s, 1));
    }

    void wordsArePrefixes()
    {
        const QStringList hits = labels(u"techn direc"_s, 10);
        QVERIFY2(hits.contains(u"technical director"_s), qPrintable(hits.join(u" | "_s)));
    }

    void aPreferredLabelBeforeAnAlternativeBeforeADescription()
    {
        const QList<SearchHit> hits = m_index->search(u"waiter"_s, 200);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().matched, u"label"_s);
        int lastLabel = -1, firstDescription = int(hits.size());
        for (int i = 0; i < hits.size(); ++i) {
            if (hits.at(i).matched == u"description")
                firstDescription = std::min(firstDescription, i);
            else
                lastLabel = i;
        }
        QVERIFY(firstDescription < hits.size()); // some only say it in their description
        QVERIFY(lastLabel < firstDescription);
        // "head sommelier" has "head waiter" only among its alternative labels, if at all:
        // any alternative-label hit says which label matched.
        for (const SearchHit &h : hits) {
            if (h.matched == u"alt_label")
                QVERIFY(TextFold::words(h.matchedText).join(u' ').contains(u"waiter"_s));
        }
    }

    void anAlternativeLabelSaysWhichOne()
    {
        // "morals" is only an alternative label, of the skill group "values".
        const QList<SearchHit> hits = m_index->search(u"morals"_s, 10, ConceptType::SkillGroup);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().label, u"values"_s);
        QCOMPARE(hits.first().matched, u"alt_label"_s);
        QCOMPARE(hits.first().matchedText, u"morals"_s);
    }

    void aTypoIsForgiven()
    {
        QVERIFY(labels(u"tecnical director"_s, 3).contains(u"technical director"_s));
        QVERIFY(labels(u"techincal director"_s, 3).contains(u"technical director"_s));
    }

    void isoCodesAndTypesFilter()
    {
        const QList<SearchHit> hits = m_index->search(u"2166"_s, 5, ConceptType::IscoGroup);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().code, u"2166"_s);
        QCOMPARE(hits.first().matched, u"code"_s);
        for (const SearchHit &h : m_index->search(u"manage"_s, 30, ConceptType::Knowledge))
            QCOMPARE(h.type, ConceptType::Knowledge);
    }

    void nothingForNonsenseOrNothing()
    {
        QVERIFY(m_index->search(u"xqzvw"_s, 10).isEmpty());
        QVERIFY(m_index->search(u"  ,;  "_s, 10).isEmpty());
        QVERIFY(m_index->search(u"director"_s, 0).isEmpty());
        QCOMPARE(m_index->search(u"director"_s, 7).size(), 7);
    }
};

QTEST_GUILESS_MAIN(TestCompetenceSearch)
#include "tst_competencesearch.moc"
