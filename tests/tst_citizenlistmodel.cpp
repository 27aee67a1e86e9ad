#include "models/db/database.h"
#include "models/registry/citizenlistmodel.h"
#include "models/registry/demogenerator.h"
#include "models/registry/searchkey.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;

// A real demo database of 2,000 citizens: enough for several pages and every kind of name.
class tst_CitizenListModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void wholeRegistryIsCountedAndPagedLazily();
    void search_data();
    void search();
    void resultsAreInBestMatchOrderAcrossPages();
    void fiscalCodeComesFirstAndDeletedCitizensDisappear();
    void staleSearchesAreDropped();
    void commandLineHelperMatchesTheModel();

private:
    int expectedCount(const QString &sql);
    void waitForSearch(CitizenListModel &model, const QString &text);
    QStringList loadedColumn(CitizenListModel &model, int column);

    QTemporaryDir m_dir;
    QString m_path;
};

void tst_CitizenListModel::initTestCase()
{
    m_path = m_dir.filePath(u"demo.sqlite"_s);
    DemoGenerator::Options options;
    options.citizens = 2000;
    options.seed = 42;
    QString error;
    QVERIFY2(DemoGenerator::create(m_path, options, &error), qPrintable(error));
    QVERIFY2(Db::open(m_path, &error), qPrintable(error));
}

void tst_CitizenListModel::cleanupTestCase()
{
    Db::closeConnection(m_path);
}

int tst_CitizenListModel::expectedCount(const QString &sql)
{
    QSqlQuery query(sql, Db::connection(m_path));
    return query.next() ? query.value(0).toInt() : -1;
}

void tst_CitizenListModel::waitForSearch(CitizenListModel &model, const QString &text)
{
    QSignalSpy finished(&model, &CitizenListModel::searchFinished);
    model.setQueryText(text);
    QVERIFY(finished.wait(5000));
}

// Every row of the result, waiting for pages to arrive.
QStringList tst_CitizenListModel::loadedColumn(CitizenListModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        QDeadlineTimer deadline(5000);
        while (model.citizenId(row).isEmpty() && !deadline.hasExpired())
            QTest::qWait(5);
        values << model.index(row, column).data().toString();
    }
    return values;
}

void tst_CitizenListModel::wholeRegistryIsCountedAndPagedLazily()
{
    CitizenListModel model(m_path);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    waitForSearch(model, QString());
    QCOMPARE(model.rowCount(), 2000);
    QCOMPARE(model.columnCount(), int(CitizenListModel::ColumnCount));
    // Row 250 is on the second page: a placeholder first, then the row.
    const QModelIndex far = model.index(250, CitizenListModel::SurnameColumn);
    QSignalSpy loaded(&model, &CitizenListModel::pageLoaded);
    QTRY_VERIFY(!model.citizenId(250).isEmpty());
    QVERIFY(loaded.contains(QVariantList {1}));
    QVERIFY(!far.data().toString().isEmpty());
    // The page boundary: rows 199 and 200 are consecutive in name order.
    QTRY_VERIFY(!model.citizenId(199).isEmpty());
    const QString before = model.index(199, CitizenListModel::SurnameColumn).data().toString();
    const QString after = model.index(200, CitizenListModel::SurnameColumn).data().toString();
    QVERIFY2(before.compare(after, Qt::CaseInsensitive) <= 0 || before.contains(u'\''),
             qPrintable(before + u" / " + after));
    QVERIFY(model.headerData(0, Qt::Horizontal).toString().size() > 0);
}

void tst_CitizenListModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sql"); // the same question asked of the tables directly

    QTest::newRow("surname prefix") << u"ross"_s
                                    << u"SELECT count(*) FROM citizen WHERE deleted = 0 AND "
                                       "lower(surname) LIKE 'ross%'"_s;
    QTest::newRow("upper case") << u"ROSS"_s
                                << u"SELECT count(*) FROM citizen WHERE deleted = 0 AND "
                                   "lower(surname) LIKE 'ross%'"_s;
    QTest::newRow("accent-insensitive") << u"nicolo"_s
                                        << u"SELECT count(*) FROM citizen WHERE deleted = 0 AND "
                                           "surname IN ('Nicolò')"_s;
    QTest::newRow("accent typed") << u"Nicolò"_s
                                  << u"SELECT count(*) FROM citizen WHERE deleted = 0 AND "
                                     "surname IN ('Nicolò')"_s;
    QTest::newRow("apostrophe typed") << u"d'amico"_s
                                      << u"SELECT count(*) FROM citizen WHERE deleted = 0 AND "
                                         "surname IN ('D''Amico', 'Damico')"_s;
    QTest::newRow("apostrophe omitted") << u"damico"_s
                                        << u"SELECT count(*) FROM citizen WHERE deleted = 0 AND "
                                           "surname IN ('D''Amico', 'Damico')"_s;
    QTest::newRow("surname given name") << u"rossi m"_s
                                        << u"SELECT count(*) FROM citizen WHERE deleted = 0 AND "
                                           "surname = 'Rossi' AND given_names LIKE 'm%'"_s;
    QTest::newRow("two-word surname") << u"de luca"_s
                                      << u"SELECT count(*) FROM citizen WHERE deleted = 0 AND "
                                         "(surname = 'De Luca' OR (surname = 'De' AND "
                                         "given_names LIKE 'luca%'))"_s;
    QTest::newRow("fiscal code prefix") << u"RSS"_s
                                        << u"SELECT count(*) FROM citizen WHERE deleted = 0 AND "
                                           "(fiscal_code LIKE 'RSS%' OR lower(replace(replace("
                                           "surname, ' ', ''), '''', '')) LIKE 'rss%')"_s;
    QTest::newRow("SQL metacharacters") << u"%'; DROP TABLE citizen; --"_s << u"SELECT 0"_s;
    QTest::newRow("LIKE wildcard is literal") << u"r_ss"_s << u"SELECT 0"_s;
    QTest::newRow("nothing") << u"zzzzzz"_s << u"SELECT 0"_s;
}

void tst_CitizenListModel::search()
{
    QFETCH(QString, text);
    QFETCH(QString, sql);
    CitizenListModel model(m_path);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    waitForSearch(model, text);
    const int expected = expectedCount(sql);
    QCOMPARE(model.rowCount(), expected);
    if (expected > 0)
        QTRY_VERIFY(!model.citizenId(0).isEmpty());
    QCOMPARE(expectedCount(u"SELECT count(*) FROM citizen"_s), 2000); // nothing dropped
}

void tst_CitizenListModel::resultsAreInBestMatchOrderAcrossPages()
{
    CitizenListModel model(m_path);
    waitForSearch(model, QString());
    QVERIFY(model.rowCount() > 5 * CitizenListModel::kPageSize); // pages in and out of the cache
    const QStringList surnames = loadedColumn(model, CitizenListModel::SurnameColumn);
    QStringList keys;
    for (const QString &s : surnames)
        keys << SearchKey::fold(s);
    const auto unsorted = std::is_sorted_until(keys.cbegin(), keys.cend());
    QVERIFY2(unsorted == keys.cend(), qPrintable(unsorted == keys.cend() ? QString() : *unsorted));
}

void tst_CitizenListModel::fiscalCodeComesFirstAndDeletedCitizensDisappear()
{
    QSqlQuery query(u"SELECT id, fiscal_code FROM citizen LIMIT 1 OFFSET 77"_s,
                    Db::connection(m_path));
    QVERIFY(query.next());
    const QString id = query.value(0).toString();
    const QString code = query.value(1).toString();
    CitizenListModel model(m_path);
    waitForSearch(model, code.toLower());
    QCOMPARE(model.rowCount(), 1);
    QTRY_COMPARE(model.citizenId(0), id);
    QCOMPARE(model.rowOf(id), 0);

    QVERIFY(query.exec(u"UPDATE citizen SET deleted = 1 WHERE id = '%1'"_s.arg(id)));
    QSignalSpy finished(&model, &CitizenListModel::searchFinished);
    model.refresh();
    QVERIFY(finished.wait(5000));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(query.exec(u"UPDATE citizen SET deleted = 0 WHERE id = '%1'"_s.arg(id)));
}

void tst_CitizenListModel::staleSearchesAreDropped()
{
    CitizenListModel model(m_path);
    QSignalSpy finished(&model, &CitizenListModel::searchFinished);
    // Typing fast: only the last text's result may land.
    for (const QString &text : {u"r"_s, u"ro"_s, u"ros"_s, u"ross"_s, u"rossi"_s})
        model.setQueryText(text);
    QVERIFY(finished.wait(5000));
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(model.rowCount(),
             expectedCount(u"SELECT count(*) FROM citizen WHERE deleted = 0 "
                           "AND lower(surname) LIKE 'rossi%'"_s));
}

void tst_CitizenListModel::commandLineHelperMatchesTheModel()
{
    const QList<CitizenBrief> first
        = CitizenQuery::parse(u"ross"_s).first(Db::connection(m_path), 5);
    CitizenListModel model(m_path);
    waitForSearch(model, u"ross"_s);
    QCOMPARE(first.size(), qMin(5, model.rowCount()));
    for (int row = 0; row < first.size(); ++row) {
        QTRY_VERIFY(!model.citizenId(row).isEmpty());
        QCOMPARE(model.citizenId(row), first.at(row).id);
    }
}

QTEST_GUILESS_MAIN(tst_CitizenListModel)
#include "tst_citizenlistmodel.moc"
