#include "cliprocess.h"
#include "models/access/staffrepository.h"
#include "models/common/language.h"
#include "models/common/settings.h"
#include "models/db/database.h"
#include "models/nursery/applicationsmodel.h"
#include "models/nursery/round.h"
#include "testdatabase.h"
#include "widgets/casework/caseworkpanel.h"
#include "widgets/common/tables.h"
#include "widgets/nursery/nurserypanel.h"
#include "widgets/registry/citizenspanel.h"
#include "widgets/shell/mainwindow.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Sportello;

namespace {

// What a header needs to be read whole: its longest line, the style's margins and, on the
// sorted column, the sort arrow.
int headerNeeds(const QHeaderView *header, int section)
{
    const QString text
        = header->model()->headerData(section, header->orientation(), Qt::DisplayRole).toString();
    int widest = 0;
    for (const QString &line : text.split(u'\n'))
        widest = std::max(widest, header->fontMetrics().horizontalAdvance(line));
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    int needs = widest + 2 * margin;
    if (header->isSortIndicatorShown() && header->sortIndicatorSection() == section)
        needs += header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + margin;
    return needs;
}

// The headers cut short in the tables `window` shows now.
QStringList cutHeaders(QWidget *window, const QString &where)
{
    QStringList cut;
    for (QTableView *table : window->findChildren<QTableView *>()) {
        if (!table->isVisible() || !table->model())
            continue;
        const QHeaderView *header = table->horizontalHeader();
        if (header->isHidden())
            continue;
        // Room the table leaves unused: past the last column, or in a stretched last column
        // beyond what it needs.
        const int rows = table->model()->rowCount();
        const bool small = rows > 0 && rows <= 50 && !table->model()->canFetchMore({});
        int last = -1;
        int used = 0;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            if (!header->isSectionHidden(logical)) {
                last = logical;
                used += header->sectionSize(logical);
            }
        }
        const auto contentsNeed = [table](int section) {
            return static_cast<const QAbstractItemView *>(table)->sizeHintForColumn(section);
        };
        int spare = table->viewport()->width() - used;
        if (last >= 0 && header->stretchLastSection())
            spare += header->sectionSize(last)
                - std::max(headerNeeds(header, last), small ? contentsNeed(last) : 0);
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            if (small && section != last
                && header->sectionResizeMode(section) == QHeaderView::Interactive) {
                const int missing = contentsNeed(section) - header->sectionSize(section);
                if (missing > 0 && spare >= missing) {
                    cut << u"%1: %2 column \"%3\" cuts its contents (%4 px short) beside %5 px "
                           "unused"_s
                               .arg(where, table->objectName(),
                                    header->model()->headerData(section, Qt::Horizontal).toString())
                               .arg(missing)
                               .arg(spare);
                }
            }
            const int needs = headerNeeds(header, section);
            if (header->sectionSize(section) < needs) {
                cut << u"%1: %2 column \"%3\" is %4 px, its header needs %5 (%6 rows)"_s
                           .arg(where, table->objectName(),
                                header->model()->headerData(section, Qt::Horizontal).toString())
                           .arg(header->sectionSize(section))
                           .arg(needs)
                           .arg(table->model()->rowCount());
            }
        }
    }
    return cut;
}

// Every tab of every tab widget, one at a time (nested ones within), checked as shown.
void walk(QWidget *window, const QString &where, QSet<QWidget *> *walked, QStringList *cut)
{
    QTest::qWait(30);
    *cut += cutHeaders(window, where);
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible() || walked->contains(tabs))
            continue;
        walked->insert(tabs);
        const int shown = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i == shown || !tabs->isTabVisible(i))
                continue;
            tabs->setCurrentIndex(i);
            walk(window, where + u" / "_s + tabs->tabText(i).remove(u'&'), walked, cut);
        }
        tabs->setCurrentIndex(shown);
    }
}

// The UI language for the rest of the test function: the program's and Qt's translators.
void useLanguage(const QString &language)
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::c());
    Language::install(language);
}

} // namespace

// The desk's tables keep their headers readable: at 1600x1000, in every panel and tab of
// every role, on a day's data and on an empty desk, each column is at least as wide as its
// header; small tables fit their contents where there is room.
class tst_Tables final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyHeaderFits_data();
    void everyHeaderFits();
    void aSmallTableFitsItsContentsAndAnEmptyOneItsHeaders();
    void nurseryCodesHaveALegend();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<TestDatabase> m_empty;
};

void tst_Tables::initTestCase()
{
    QVERIFY(!Test::cliProgram().isEmpty());
    m_demo = m_dir.filePath(u"desk.sqlite"_s);
    const Test::CliRun demo
        = Test::runCli({u"--db"_s, m_demo, u"demo"_s, u"--citizens"_s, u"300"_s});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    QString error;
    QVERIFY2(Db::open(m_demo, &error), qPrintable(error));
    m_empty = std::make_unique<TestDatabase>();
    QVERIFY2(m_empty->isValid(), qPrintable(m_empty->error()));
}

void tst_Tables::cleanupTestCase()
{
    Db::closeConnection(m_demo);
    Db::closeConnection(m_empty->path());
}

void tst_Tables::everyHeaderFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("empty");
    QTest::addColumn<QString>("username");
    for (const QString &language : {u"it"_s, u"en"_s}) {
        for (const bool empty : {false, true}) {
            for (const QString &username : {u"sportello"_s, u"sociale"_s, u"nidi"_s, u"admin"_s})
                QTest::addRow("%s %s %s", qPrintable(language), empty ? "empty desk" : "demo",
                              qPrintable(username))
                    << language << empty << username;
        }
    }
}

void tst_Tables::everyHeaderFits()
{
    QFETCH(QString, language);
    QFETCH(bool, empty);
    QFETCH(QString, username);
    useLanguage(language);
    const auto account = StaffRepository(m_demo).find(username);
    QVERIFY(account);
    const Session session {account->username, account->displayName, account->role,
                           account->municipality};
    const QString db = empty ? m_empty->path() : m_demo;
    Settings settings(
        m_dir.filePath(u"tables-%1-%2-%3.ini"_s.arg(language).arg(empty).arg(username)));
    MainWindow window(db, session, &settings);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (!empty) { // a citizen's record and a case file open, the round loaded
        QSqlQuery q(u"SELECT citizen_id, id FROM social_case WHERE assigned_to = 'sociale' "
                    "ORDER BY opened_at DESC LIMIT 1"_s,
                    Db::connection(db));
        QVERIFY(q.next());
        window.showPanel(u"citizens"_s);
        window.citizensPanel()->openCitizen(q.value(0).toString());
        if (window.caseworkPanel()) {
            window.showPanel(u"casework"_s);
            window.caseworkPanel()->openCase(q.value(1).toString());
        }
    }
    if (NurseryPanel *nursery = window.nurseryPanel()) {
        window.showPanel(u"nursery"_s);
        QTRY_VERIFY(!nursery->isLoading());
    }
    QStringList cut;
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        QTest::qWait(200); // panels read in the background when shown
        QSet<QWidget *> walked;
        walk(&window, navigation->item(row)->text(), &walked, &cut);
    }
    cut.removeDuplicates();
    for (const QString &c : std::as_const(cut))
        qWarning("%s", qPrintable(c));
    QVERIFY2(cut.isEmpty(), qPrintable(u"%1 header(s) cut short, listed above"_s.arg(cut.size())));
}

// The policy itself, on a table of its own: a reload fits short contents where there is room
// (never narrower than the header), and an empty table keeps its headers whole and its
// columns at a share of the width each.
void tst_Tables::aSmallTableFitsItsContentsAndAnEmptyOneItsHeaders()
{
    QTableWidget table(0, 3);
    setUpTable(&table);
    table.setHorizontalHeaderLabels(
        {u"Numero di protocollo della domanda"_s, u"Vale per"_s, u"Dove"_s});
    table.resize(900, 300);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    QHeaderView *header = table.horizontalHeader();
    QTRY_VERIFY(header->sectionSize(0) >= headerNeeds(header, 0));
    QVERIFY(header->sectionSize(1) >= headerNeeds(header, 1));
    // Not collapsed onto the headers: "Vale per" and "Dove" get their share of the width.
    const int share = table.viewport()->width() / 3;
    QVERIFY2(header->sectionSize(1) >= share, qPrintable(QString::number(header->sectionSize(1))));
    QVERIFY(header->sectionSize(2) >= share);

    const QString longText = u"Centro per l'Impiego di Vibo Valentia, sportello di Pizzo"_s;
    table.setRowCount(2);
    table.setItem(0, 1, new QTableWidgetItem(longText));
    table.setItem(1, 0, new QTableWidgetItem(u"2025-001"_s));
    QTRY_VERIFY(header->sectionSize(1) >= table.fontMetrics().horizontalAdvance(longText));
    QVERIFY(header->sectionSize(0) >= headerNeeds(header, 0));
    QVERIFY(header->sectionSize(2) >= headerNeeds(header, 2)); // the last one, stretched
}

// N01, RES, LAV×2: the nursery lists and charts say what their codes stand for, on the
// screen and in each cell's tooltip.
void tst_Tables::nurseryCodesHaveALegend()
{
    useLanguage(u"en"_s);
    const auto account = StaffRepository(m_demo).find(u"nidi"_s);
    QVERIFY(account);
    Settings settings(m_dir.filePath(u"legend.ini"_s));
    MainWindow window(
        m_demo, {account->username, account->displayName, account->role, account->municipality},
        &settings);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPanel(u"nursery"_s);
    NurseryPanel *panel = window.nurseryPanel();
    QTRY_VERIFY(!panel->isLoading() && panel->round());
    const Nursery::RuleSet &rules = panel->round()->data.round.rules;
    QVERIFY(!rules.nurseries.isEmpty() && !rules.criteria.isEmpty());

    auto *tabs = window.findChild<QTabWidget *>(u"nurseryTabs"_s);
    tabs->setCurrentWidget(window.findChild<QWidget *>(u"applicationsView"_s));
    auto *legend = window.findChild<QLabel *>(u"applicationsLegend"_s);
    QVERIFY(legend && legend->isVisible());
    for (const Nursery::NurseryPlace &n : rules.nurseries)
        QVERIFY2(legend->text().contains(n.code + u' ' + n.name), qPrintable(legend->text()));
    for (const Nursery::Criterion &c : rules.criteria)
        QVERIFY2(legend->text().contains(c.code + u' ' + c.label), qPrintable(legend->text()));

    auto *table = window.findChild<QTableView *>(u"applicationsTable"_s);
    const QAbstractItemModel *model = table->model();
    int withConditions = 0;
    for (int row = 0; row < std::min(model->rowCount(), 50); ++row) {
        const QModelIndex preferences
            = model->index(row, Nursery::ApplicationsModel::PreferencesColumn);
        const QString first = preferences.data().toString().section(u", "_s, 0, 0);
        QVERIFY(preferences.data(Qt::ToolTipRole).toString().startsWith(u"1. %1 – "_s.arg(first)));
        const QModelIndex conditions
            = model->index(row, Nursery::ApplicationsModel::ConditionsColumn);
        if (conditions.data().toString().isEmpty())
            continue;
        ++withConditions;
        const QString code = conditions.data()
                                 .toString()
                                 .section(u", "_s, 0, 0)
                                 .section(u'\u00d7', 0, 0)
                                 .section(u'@', 0, 0)
                                 .section(u' ', 0, 0);
        const int criterion = rules.criterionIndex(code);
        QVERIFY2(criterion >= 0, qPrintable(code));
        QVERIFY(conditions.data(Qt::ToolTipRole)
                    .toString()
                    .contains(code + u" – "_s + rules.criteria.at(criterion).label));
    }
    QVERIFY(withConditions > 0);

    tabs->setCurrentWidget(window.findChild<QWidget *>(u"chartsView"_s));
    auto *chartsLegend = window.findChild<QLabel *>(u"chartsLegend"_s);
    QVERIFY(chartsLegend && chartsLegend->isVisible());
    QVERIFY(chartsLegend->text().contains(rules.nurseries.first().code + u' '
                                          + rules.nurseries.first().name));
}

QTEST_MAIN(tst_Tables)
#include "tst_tables.moc"
