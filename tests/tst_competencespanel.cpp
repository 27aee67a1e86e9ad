#include "models/competences/escoimport.h"
#include "models/competences/hierarchymodel.h"
#include "models/competences/repertoryimport.h"
#include "models/competences/searchresultmodel.h"
#include "models/db/database.h"
#include "testdatabase.h"
#include "widgets/competences/competencespanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Sportello;
using namespace Sportello::Competences;

// The competences panel offscreen, on the real ESCO files and the sample repertory: search
// as you type, the detail and its links, the trees.
class TestCompetencesPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<CompetencesPanel> m_panel;

    QString detail() const
    {
        return m_panel->findChild<QTextBrowser *>(u"competenceDetail"_s)->toPlainText();
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        EscoImportReport esco;
        QString error;
        QVERIFY2(importEsco(m_db->path(), QStringLiteral(SPORTELLO_TEST_DATA) + u"/esco/en-us"_s,
                            QString(), &esco, &error),
                 qPrintable(error));
        QFile sample(sampleRepertoryPath());
        QVERIFY(sample.open(QIODevice::ReadOnly));
        RepertoryImportReport repertory;
        QVERIFY2(importRepertory(m_db->path(), sample.readAll(), &repertory, &error),
                 qPrintable(error));
        m_panel = std::make_unique<CompetencesPanel>(m_db->path(), TestDatabase::clerk());
        QSignalSpy ready(m_panel.get(), &CompetencesPanel::ready);
        m_panel->resize(1200, 700);
        m_panel->show();
        QVERIFY(ready.wait(10000)); // the index is built in the background
    }

    void cleanupTestCase()
    {
        m_panel.reset();
        Db::closeConnection(m_db->path());
    }

    // A search that finds nothing because ESCO is not on this desk says so, and how to get it.
    void nothingFoundSaysWhatIsMissing()
    {
        TestDatabase bare;
        QFile sample(sampleRepertoryPath());
        QVERIFY(sample.open(QIODevice::ReadOnly));
        RepertoryImportReport repertory;
        QString error;
        QVERIFY(importRepertory(bare.path(), sample.readAll(), &repertory, &error));
        CompetencesPanel panel(bare.path(), TestDatabase::clerk());
        QSignalSpy ready(&panel, &CompetencesPanel::ready);
        panel.show();
        QVERIFY(ready.wait(10000));
        QTest::keyClicks(panel.findChild<QLineEdit *>(u"competenceQuery"_s), u"cuoco"_s);
        auto *status = panel.findChild<QLabel *>(u"competenceStatus"_s);
        QTRY_VERIFY2(status->text().contains(u"ESCO"_s), qPrintable(status->text()));
        QVERIFY(status->text().contains(u"import-esco"_s));
        // With ESCO here, nothing found is only that.
        auto *query = m_panel->findChild<QLineEdit *>(u"competenceQuery"_s);
        query->clear();
        QTest::keyClicks(query, u"zzqxw"_s);
        auto *withEsco = m_panel->findChild<QLabel *>(u"competenceStatus"_s);
        QTRY_VERIFY(withEsco->text().startsWith(u"Nothing found"_s));
        QVERIFY(!withEsco->text().contains(u"import-esco"_s));
        Db::closeConnection(bare.path());
    }

    void searchAsYouTypeAndSeeTheDetail()
    {
        QAbstractItemModelTester tester(m_panel->results());
        auto *query = m_panel->findChild<QLineEdit *>(u"competenceQuery"_s);
        query->clear();
        QTest::keyClicks(query, u"technical director"_s);
        QTRY_COMPARE(m_panel->results()->index(0, SearchResultModel::Label).data().toString(),
                     u"technical director"_s);
        QTest::keyClick(query, Qt::Key_Return); // to the results, first row chosen
        QTRY_VERIFY(detail().contains(u"Technical directors realize"_s));
        QVERIFY(detail().contains(u"Broader"_s)); // its ISCO group
        QVERIFY(detail().contains(u"ESCO classification of the European Commission"_s));
    }

    void theTypeFilters()
    {
        auto *type = m_panel->findChild<QComboBox *>(u"competenceType"_s);
        auto *query = m_panel->findChild<QLineEdit *>(u"competenceQuery"_s);
        query->setText(u"assistenza"_s);
        type->setCurrentIndex(type->findData(u"qualification"_s));
        QTRY_VERIFY(m_panel->results()->rowCount() > 0);
        for (int row = 0; row < m_panel->results()->rowCount(); ++row)
            QCOMPARE(m_panel->results()->hit(row).type, ConceptType::Qualification);
        type->setCurrentIndex(0);
    }

    void aFigureShowsItsUnitsAndItsEscoOccupation()
    {
        m_panel->showConcept(u"repertorio-campione:FIG-003"_s);
        const QString text = detail();
        QVERIFY(text.contains(u"Operatore della ristorazione"_s));
        QVERIFY(text.contains(u"EQF"_s));
        QVERIFY(text.contains(u"Servizio di sala"_s)); // a unit
        QVERIFY(text.contains(u"waiter/waitress"_s)); // the ESCO occupation, by name
        // Links are followed inside the panel.
        auto *browser = m_panel->findChild<QTextBrowser *>(u"competenceDetail"_s);
        QVERIFY(browser->toHtml().contains(u"concept:repertorio-campione:UC-003-1"_s));
    }

    void theTreesOpenAsTheyAreExpanded()
    {
        HierarchyModel *model = m_panel->hierarchy();
        QAbstractItemModelTester tester(model);
        QStringList roots;
        for (int row = 0; row < model->rowCount(); ++row)
            roots << model->index(row, 0).data().toString();
        QCOMPARE(roots.size(), 3);
        QVERIFY(roots.contains(u"ESCO: occupations by ISCO group"_s));
        QVERIFY(roots.filter(u"(sample)"_s).size() == 1);
        const QModelIndex isco
            = model->index(int(roots.indexOf(u"ESCO: occupations by ISCO group"_s)), 0);
        QCOMPARE(model->rowCount(isco), 10); // ISCO major groups 0 to 9
        const QModelIndex armed = model->index(0, 0, isco);
        QVERIFY(model->hasChildren(armed));
        if (model->canFetchMore(armed)) // the tester may have opened it already
            model->fetchMore(armed);
        QVERIFY(model->rowCount(armed) > 0);
        QVERIFY(model->index(0, 0, armed)
                    .data(HierarchyModel::ConceptIdRole)
                    .toString()
                    .startsWith(u"http://data.europa.eu/esco/isco/C0"_s));
        // A sample figure opens on its units.
        const QModelIndex sample
            = model->index(int(roots.indexOf(roots.filter(u"(sample)"_s).first())), 0);
        const QModelIndex figure = model->index(0, 0, sample);
        if (model->canFetchMore(figure))
            model->fetchMore(figure);
        QCOMPARE(model->rowCount(figure), 2);
        QCOMPARE(model->index(0, 0, figure).data(HierarchyModel::TypeRole).toInt(),
                 int(ConceptType::Unit));
    }
};

QTEST_MAIN(TestCompetencesPanel)
#include "tst_competencespanel.moc"
