#include "models/access/auditdetail.h"
#include "models/access/auditlog.h"
#include "models/casework/democases.h"
#include "models/common/csv.h"
#include "models/common/spreadsheet.h"
#include "models/db/database.h"
#include "models/nursery/demoround.h"
#include "models/registry/citizenlistmodel.h"
#include "models/registry/demogenerator.h"
#include "testdatabase.h"
#include "widgets/access/auditpanel.h"
#include "widgets/casework/agendaview.h"
#include "widgets/casework/caseloadview.h"
#include "widgets/casework/requestsview.h"
#include "widgets/common/dialogs.h"
#include "widgets/common/tableexport.h"
#include "widgets/nursery/nurserypanel.h"
#include "widgets/registry/citizenspanel.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Sportello;

namespace {

const Session kWorker {u"sociale"_s, u"Paolo Greco"_s, Role::SocialWorker, u"102047"_s};
const Session kCoordinator {u"nidi"_s, u"Lucia Nidi"_s, Role::Coordinator, u"102047"_s};
const Session kAdmin {u"admin"_s, u"Anna Admin"_s, Role::Admin, u"102047"_s};

// A citizen list as the desk shows one: text with accents and apostrophes, a number, a
// date given as a QDate and one given as the desk's dd/MM/yyyy text, and a hidden column.
enum Column { Surname, Age, Born, Registered, Code, Note, ColumnCount };

QTableWidget *sampleTable()
{
    auto *table = new QTableWidget(0, ColumnCount);
    table->setHorizontalHeaderLabels(
        {u"Cognome"_s, u"Età"_s, u"Nato il"_s, u"Iscritto il"_s, u"Codice"_s, u"Nota"_s});
    const struct
    {
        QString surname;
        QVariant age;
        QDate born;
        QString registered;
        QString code;
    } rows[] = {
        {u"D'Amico Nicolò"_s, 42, QDate(1983, 4, 1), u"10/12/2020"_s, u"00123"_s},
        {u"Via \"Roma\"; 3, int. 5"_s, 7.5, QDate(2018, 2, 28), u"01/01/2024"_s, u"A-7"_s},
        {u"Lungo\ntesto"_s, 0, QDate(), QString(), QString()},
    };
    for (const auto &r : rows) {
        const int row = table->rowCount();
        table->insertRow(row);
        const auto set = [&](int column, const QVariant &value) {
            auto *item = new QTableWidgetItem;
            item->setData(Qt::DisplayRole, value);
            table->setItem(row, column, item);
        };
        set(Surname, r.surname);
        set(Age, r.age);
        set(Born, r.born.isValid() ? QVariant(r.born) : QVariant());
        set(Registered, r.registered);
        set(Code, r.code);
        set(Note, u"riservato"_s);
    }
    table->setColumnHidden(Note, true);
    return table;
}

QByteArray unzipped(const QString &zip, const QString &member)
{
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-p"_s, zip, member});
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0)
        return QByteArray();
    return unzip.readAllStandardOutput();
}

// Page objects, not the /Pages tree.
int pdfPages(const QByteArray &pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page(?![a-zA-Z])"_s);
    int pages = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++pages;
    return pages;
}

QAction *menuAction(QToolButton *button, TableExport::Format format)
{
    const QString name = u"export_"_s + TableExport::formatId(format);
    for (QAction *action : button->menu()->actions()) {
        if (action->objectName() == name)
            return action;
    }
    qFatal("no action %s", qPrintable(name));
}

QList<AuditLog::Event> exportEvents(const QString &dbPath)
{
    QList<AuditLog::Event> out
        = AuditLog::events(Db::connection(dbPath), QString(), QString(), 100);
    out.removeIf([](const AuditLog::Event &e) { return e.action != AuditLog::Action::Export; });
    return out;
}

} // namespace

// Exports of the desk's lists: what lands in the CSV, Excel and PDF files, and who is
// recorded as having taken them.
class tst_TableExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void xlsxHoldsTheListWithNumbersAndDates();
    void sheetNamesAreWhatExcelAccepts_data();
    void sheetNamesAreWhatExcelAccepts();
    void csvRoundTripsThroughTheReader();
    void movedColumnsKeepTheirOrder();
    void printoutIsEscapedAndDated();
    void pdfPagesFollowTheRows();
    void unwritablePathFailsAndLeavesNoFile_data();
    void unwritablePathFailsAndLeavesNoFile();
    void citizensExportHasEveryRowAndIsAudited();
    void personalListsRecordTheirExport_data();
    void personalListsRecordTheirExport();
    void printIsAuditedOnlyOncePrinted();
    void tooLongForPrintingIsRefused();
    void aRegistryBeyondAHundredThousandGoesWholeToCsv();
    void excelsOwnLimitIsSaid();

private:
    QTemporaryDir m_dir;
    QString m_demo; // demo citizens, a nursery round and a year of social services
};

void tst_TableExport::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"unzip"_s).isEmpty(),
             "unzip is needed to read the workbooks (installer/dev.sh installs it)");
    m_demo = m_dir.filePath(u"demo.sqlite"_s);
    DemoGenerator::Options options;
    options.citizens = 700; // more than the citizen list's loaded window of pages
    options.extras = [](const QString &path, QString *error) {
        return Nursery::DemoRound::addTo(path, 1, error)
            && Casework::DemoCases::addTo(path, 1, error, 60);
    };
    QString error;
    QVERIFY2(DemoGenerator::create(m_demo, options, &error), qPrintable(error));
    QVERIFY2(Db::open(m_demo, &error), qPrintable(error));
}

void tst_TableExport::cleanupTestCase()
{
    Db::closeConnection(m_demo);
}

void tst_TableExport::init()
{
    QVERIFY(m_dir.isValid());
    TableExport::setNextPath(std::nullopt);
}

void tst_TableExport::xlsxHoldsTheListWithNumbersAndDates()
{
    const std::unique_ptr<QTableWidget> table(sampleTable());
    const Spreadsheet sheet = TableExport::sheet(table.get(), u"Anagrafe"_s);
    const QString path = m_dir.filePath(u"list.xlsx"_s);
    QString error;
    QVERIFY2(TableExport::write(sheet, TableExport::Format::Xlsx, path, &error), qPrintable(error));

    QProcess test;
    test.start(u"unzip"_s, {u"-tq"_s, path});
    QVERIFY(test.waitForFinished(30000));
    QCOMPARE(test.exitCode(), 0); // a valid zip

    const QString strings = QString::fromUtf8(unzipped(path, u"xl/sharedStrings.xml"_s));
    QString rows = QString::fromUtf8(unzipped(path, u"xl/worksheets/sheet1.xml"_s));
    QString styles = QString::fromUtf8(unzipped(path, u"xl/styles.xml"_s));
    QVERIFY(!rows.isEmpty());
    for (const QString &text : {u"Cognome"_s, u"Età"_s, u"Nato il"_s, u"D'Amico Nicolò"_s,
                                u"Via &quot;Roma&quot;; 3, int. 5"_s, u"00123"_s})
        QVERIFY2(strings.contains(text)
                     || strings.contains(QString(text).replace(u"&quot;"_s, u"\""_s)),
                 qPrintable(text));
    // The hidden column is not there at all.
    QVERIFY(!strings.contains(u"Nota"_s));
    QVERIFY(!strings.contains(u"riservato"_s));

    // Numbers as numbers: a value, no shared-string type.
    QVERIFY2(QRegularExpression(u"<c r=\"B2\"( s=\"\\d+\")?( t=\"n\")?><v>42</v></c>"_s)
                 .match(rows)
                 .hasMatch(),
             qPrintable(rows));
    QVERIFY(QRegularExpression(u"<c r=\"B3\"( s=\"\\d+\")?( t=\"n\")?><v>7.5</v></c>"_s)
                .match(rows)
                .hasMatch());
    // The code with a leading zero stays text.
    QVERIFY(QRegularExpression(u"<c r=\"E2\"( s=\"\\d+\")? t=\"s\">"_s).match(rows).hasMatch());

    // A cell's style is the n-th <xf> of cellXfs, naming a number format and a font.
    const auto cellStyle = [&](const QString &cell, const QString &value) {
        const QRegularExpressionMatch m
            = QRegularExpression(
                  u"<c r=\"%1\" s=\"(\\d+)\"( t=\"s\")?><v>%2</v></c>"_s.arg(cell, value))
                  .match(rows);
        if (!m.hasMatch())
            return QString();
        QRegularExpressionMatchIterator xfs
            = QRegularExpression(u"<xf [^>]*>"_s)
                  .globalMatch(styles.mid(styles.indexOf(u"<cellXfs"_s)));
        QString xf;
        for (int i = 0; i <= m.captured(1).toInt() && xfs.hasNext(); ++i)
            xf = xfs.next().captured(0);
        return xf;
    };
    const auto attribute = [](const QString &element, const QString &name) {
        return QRegularExpression(u"%1=\"([^\"]*)\""_s.arg(name)).match(element).captured(1);
    };
    const auto numberFormat = [&](const QString &cell, int serial) {
        const QString id = attribute(cellStyle(cell, QString::number(serial)), u"numFmtId"_s);
        return QRegularExpression(u"<numFmt numFmtId=\"%1\" formatCode=\"([^\"]+)\""_s.arg(id))
            .match(styles)
            .captured(1);
    };
    // Dates as Excel serial numbers, styled dd/mm/yyyy: the QDate and the desk's text alike.
    const QDate epoch(1899, 12, 30);
    QCOMPARE(numberFormat(u"C2"_s, int(epoch.daysTo(QDate(1983, 4, 1)))), u"dd/mm/yyyy"_s);
    QCOMPARE(numberFormat(u"D2"_s, int(epoch.daysTo(QDate(2020, 12, 10)))), u"dd/mm/yyyy"_s);
    QCOMPARE(numberFormat(u"D3"_s, int(epoch.daysTo(QDate(2024, 1, 1)))), u"dd/mm/yyyy"_s);

    // The header row is bold and frozen.
    QVERIFY(rows.contains(u"state=\"frozen\""_s));
    QVERIFY(rows.contains(u"topLeftCell=\"A2\""_s));
    const int font = attribute(cellStyle(u"A1"_s, u"0"_s), u"fontId"_s).toInt();
    const QString fonts = styles.mid(styles.indexOf(u"<fonts"_s));
    QRegularExpressionMatchIterator fontElements
        = QRegularExpression(u"<font>(.*?)</font>"_s).globalMatch(fonts);
    QString headerFont;
    for (int i = 0; i <= font && fontElements.hasNext(); ++i)
        headerFont = fontElements.next().captured(1);
    QVERIFY2(headerFont.contains(u"<b/>"_s), qPrintable(headerFont));
    const QString workbook = QString::fromUtf8(unzipped(path, u"xl/workbook.xml"_s));
    QVERIFY(workbook.contains(u"<sheet name=\"Anagrafe\""_s));

    // A date and time keeps its time; a date before 1900, which Excel cannot count, stays text.
    Spreadsheet moments;
    moments.headers = {u"Ricevuta"_s, u"Nato il"_s};
    moments.rows = {{QDateTime(QDate(2026, 3, 5), QTime(9, 30)), QDate(1899, 5, 1)}};
    QVERIFY2(moments.writeXlsx(path, &error), qPrintable(error));
    rows = QString::fromUtf8(unzipped(path, u"xl/worksheets/sheet1.xml"_s));
    styles = QString::fromUtf8(unzipped(path, u"xl/styles.xml"_s));
    const QString halfPastNine = u"%1\\.3958\\d*"_s.arg(epoch.daysTo(QDate(2026, 3, 5)));
    const QString id = attribute(cellStyle(u"A2"_s, halfPastNine), u"numFmtId"_s);
    QVERIFY2(!id.isEmpty(), qPrintable(rows));
    QVERIFY(styles.contains(u"numFmtId=\"%1\" formatCode=\"dd/mm/yyyy hh:mm\""_s.arg(id)));
    QVERIFY(rows.contains(u"<c r=\"B2\" t=\"s\">"_s));
}

void tst_TableExport::sheetNamesAreWhatExcelAccepts_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << u"Caseload"_s << u"Caseload"_s;
    QTest::newRow("forbidden") << u"Nido [2026/27]: *bozza*?"_s << u"Nido 202627 bozza"_s;
    QTest::newRow("backslash") << u"A\\B"_s << u"AB"_s;
    QTest::newRow("long") << u"Domande di iscrizione agli asili nido comunali"_s
                          << u"Domande di iscrizione agli asil"_s;
    QTest::newRow("apostrophes") << u"'quoted'"_s << u"quoted"_s;
}

void tst_TableExport::sheetNamesAreWhatExcelAccepts()
{
    QFETCH(QString, title);
    QFETCH(QString, name);
    QCOMPARE(Spreadsheet::sheetName(title), name);
    QVERIFY(Spreadsheet::sheetName(title).size() <= 31);
}

void tst_TableExport::csvRoundTripsThroughTheReader()
{
    const std::unique_ptr<QTableWidget> table(sampleTable());
    const QString path = m_dir.filePath(u"list.csv"_s);
    QString error;
    QVERIFY2(TableExport::write(TableExport::sheet(table.get(), u"Anagrafe"_s),
                                TableExport::Format::Csv, path, &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<Csv::Record> records;
    int errorLine = 0;
    QVERIFY(Csv::parse(file.readAll(), &records, &errorLine));
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0).fields,
             QStringList({u"Cognome"_s, u"Età"_s, u"Nato il"_s, u"Iscritto il"_s, u"Codice"_s}));
    QCOMPARE(
        records.at(1).fields,
        QStringList({u"D'Amico Nicolò"_s, u"42"_s, u"01/04/1983"_s, u"10/12/2020"_s, u"00123"_s}));
    QCOMPARE(records.at(2).fields,
             QStringList({u"Via \"Roma\"; 3, int. 5"_s, u"7.5"_s, u"28/02/2018"_s, u"01/01/2024"_s,
                          u"A-7"_s}));
    QCOMPARE(records.at(3).fields,
             QStringList({u"Lungo\ntesto"_s, u"0"_s, QString(), QString(), QString()}));

    // Text that a spreadsheet would run as a formula is defused; a negative number is not.
    Spreadsheet formulas;
    formulas.headers = {u"Sintesi"_s, u"Saldo"_s};
    formulas.rows = {{u"=HYPERLINK(\"http://x\")"_s, -3}, {u"@SUM(A1)"_s, 2}, {u"-1+1"_s, 0}};
    QVERIFY(Csv::parse(formulas.csv(), &records, &errorLine));
    QCOMPARE(records.at(1).fields, QStringList({u"'=HYPERLINK(\"http://x\")"_s, u"-3"_s}));
    QCOMPARE(records.at(2).fields.constFirst(), u"'@SUM(A1)"_s);
    QCOMPARE(records.at(3).fields.constFirst(), u"'-1+1"_s);
}

void tst_TableExport::movedColumnsKeepTheirOrder()
{
    const std::unique_ptr<QTableWidget> table(sampleTable());
    table->horizontalHeader()->moveSection(Code, 0); // the person dragged "Codice" first
    const Spreadsheet sheet = TableExport::sheet(table.get(), u"Anagrafe"_s);
    QCOMPARE(sheet.headers,
             QStringList({u"Codice"_s, u"Cognome"_s, u"Età"_s, u"Nato il"_s, u"Iscritto il"_s}));
    QCOMPARE(sheet.rows.at(0).at(0), QVariant(u"00123"_s));
}

void tst_TableExport::printoutIsEscapedAndDated()
{
    Spreadsheet sheet;
    sheet.title = u"Richieste <urgenti>"_s;
    sheet.subtitle = u"Ultimi 90 giorni & oltre"_s;
    sheet.headers = {u"Cittadino"_s, u"Età"_s};
    sheet.rows = {{u"<b>D'Amico</b>"_s, 42}};
    const QString html = sheet.html(QDateTime(QDate(2026, 3, 5), QTime(9, 30)));
    QVERIFY(html.contains(u"Richieste &lt;urgenti&gt;"_s));
    QVERIFY(html.contains(u"Ultimi 90 giorni &amp; oltre"_s));
    QVERIFY(html.contains(u"05/03/2026 09:30"_s));
    QVERIFY(html.contains(u"&lt;b&gt;D'Amico&lt;/b&gt;"_s)
            || html.contains(u"&lt;b&gt;D&#39;Amico&lt;/b&gt;"_s));
    QVERIFY(!html.contains(u"<b>D"_s));
    QVERIFY(html.contains(u">42</td>"_s));
    QVERIFY(html.contains(u"<thead><tr><th"_s)); // repeated on every page
}

void tst_TableExport::pdfPagesFollowTheRows()
{
    QStandardItemModel model(0, 3);
    model.setHorizontalHeaderLabels({u"Cognome"_s, u"Nome"_s, u"Comune"_s});
    QTableView view;
    view.setModel(&model);
    QMap<int, int> pages;
    for (int rows : {1, 400, 800}) {
        while (model.rowCount() < rows) {
            const int n = model.rowCount();
            model.appendRow({new QStandardItem(u"Cognome %1"_s.arg(n)),
                             new QStandardItem(u"Nicolò"_s),
                             new QStandardItem(u"Vibo Valentia"_s)});
        }
        const QString path = m_dir.filePath(u"list-%1.pdf"_s.arg(rows));
        QString error;
        QVERIFY2(TableExport::write(TableExport::sheet(&view, u"Anagrafe"_s),
                                    TableExport::Format::Pdf, path, &error),
                 qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF"));
        pages[rows] = pdfPages(pdf);
    }
    QCOMPARE(pages.value(1), 1);
    // An A4 page holds some tens of rows of one line: 400 rows take several pages, not one
    // (a cut table) nor hundreds (a row a page), and twice the rows about twice the pages.
    QVERIFY2(pages.value(400) >= 5 && pages.value(400) <= 20,
             qPrintable(QString::number(pages.value(400))));
    QVERIFY(pages.value(800) >= 2 * pages.value(400) - 1);
    QVERIFY(pages.value(800) <= 2 * pages.value(400) + 1);
}

void tst_TableExport::unwritablePathFailsAndLeavesNoFile_data()
{
    QTest::addColumn<TableExport::Format>("format");
    QTest::newRow("csv") << TableExport::Format::Csv;
    QTest::newRow("xlsx") << TableExport::Format::Xlsx;
    QTest::newRow("pdf") << TableExport::Format::Pdf;
}

void tst_TableExport::unwritablePathFailsAndLeavesNoFile()
{
    QFETCH(TableExport::Format, format);
    // A folder that cannot exist, because a file has its name (root ignores permissions).
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"blocker"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = dir.filePath(u"blocker/list."_s + TableExport::formatId(format));
    const std::unique_ptr<QTableWidget> table(sampleTable());
    QString error;
    QVERIFY(
        !TableExport::write(TableExport::sheet(table.get(), u"Anagrafe"_s), format, path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList({u"blocker"_s}));

    // Through the button, the person is told why.
    auto *button = TableExport::button(table.get(), u"Anagrafe"_s);
    TableExport::setNextPath(path);
    Dialogs::setNextAnswer(QMessageBox::Ok);
    menuAction(button, format)->trigger();
    QTRY_VERIFY(!button->property("exporting").toBool()); // written on a pool thread
    QVERIFY2(Dialogs::lastText().contains(path), qPrintable(Dialogs::lastText()));
    delete button;
}

void tst_TableExport::citizensExportHasEveryRowAndIsAudited()
{
    QUndoStack undo;
    CitizensPanel panel(m_demo, TestDatabase::clerk(), &undo);
    panel.resize(1200, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *table = panel.findChild<QTableView *>(u"citizenTable"_s);
    auto *model = qobject_cast<CitizenListModel *>(table->model());
    QTRY_COMPARE(model->rowCount(), 700);
    auto *button = panel.findChild<QToolButton *>(u"citizensExport"_s);
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QVERIFY(!button->accessibleName().isEmpty());
    QVERIFY(!button->toolTip().isEmpty());
    table->hideColumn(CitizenListModel::AddressColumn);
    const qsizetype before = exportEvents(m_demo).size();

    // Cancelling the file chooser exports and records nothing.
    TableExport::setNextPath(QString());
    menuAction(button, TableExport::Format::Xlsx)->trigger();
    QTRY_VERIFY(!button->property("exporting").toBool()); // written on a pool thread
    QCOMPARE(exportEvents(m_demo).size(), before);

    const QString path = m_dir.filePath(u"citizens.xlsx"_s);
    TableExport::setNextPath(path);
    menuAction(button, TableExport::Format::Xlsx)->trigger();
    // The file is written on a pool thread: the desk stays usable and the button says so.
    QVERIFY(button->property("exporting").toBool());
    QCOMPARE(button->text(), u"Exporting…"_s);
    QTRY_VERIFY(!button->property("exporting").toBool());
    QCOMPARE(button->text(), u"E&xport"_s);
    QVERIFY(QFile::exists(path));
    const QString rows = QString::fromUtf8(unzipped(path, u"xl/worksheets/sheet1.xml"_s));
    // Every citizen, not only the pages the list had loaded, and no placeholder: read from
    // the database row by row while written (the strings inline, in constant memory).
    QCOMPARE(rows.count(u"<row "_s), 700 + 1);
    QVERIFY(!rows.contains(u"…"_s));
    QVERIFY(rows.contains(u"Fiscal code"_s));
    QVERIFY(!rows.contains(u"Address"_s));
    // Dates of birth are dates.
    QVERIFY(QRegularExpression(u"<c r=\"D2\" s=\"\\d+\"><v>\\d+</v></c>"_s).match(rows).hasMatch());

    const QList<AuditLog::Event> events = exportEvents(m_demo);
    QCOMPARE(events.size(), before + 1);
    QCOMPARE(events.at(0).username, TestDatabase::clerk().username);
    QCOMPARE(events.at(0).entity, u"citizen"_s);
    QVERIFY2(AuditLog::describe(events.at(0).detail).endsWith(u": 700 row(s), XLSX"_s),
             qPrintable(events.at(0).detail));
}

void tst_TableExport::personalListsRecordTheirExport_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("what");
    QTest::newRow("requests") << u"requests"_s << u"requestsTable"_s << u"case_request"_s
                              << u"Requests of the last 90 day(s)"_s;
    QTest::newRow("caseload") << u"caseload"_s << u"caseloadTable"_s << u"social_case"_s
                              << u"Caseload of sociale"_s;
    QTest::newRow("agenda") << u"agenda"_s << u"agendaTable"_s << u"appointment"_s
                            << u"Agenda of sociale"_s;
    QTest::newRow("applications") << u"applications"_s << u"applicationsTable"_s
                                  << u"nursery_application"_s << u"Applications of round"_s;
    QTest::newRow("ranking") << u"ranking"_s << u"rankingTable"_s << u"nursery_application"_s
                             << u"Ranking "_s;
    QTest::newRow("audit") << u"audit"_s << u"auditTable"_s << u"audit_event"_s << u"Audit log"_s;
}

void tst_TableExport::personalListsRecordTheirExport()
{
    QFETCH(QString, list);
    QFETCH(QString, table);
    QFETCH(QString, entity);
    QFETCH(QString, what);
    std::unique_ptr<QWidget> widget;
    Session session = kWorker;
    if (list == u"requests") {
        auto *view = new RequestsView(m_demo, session);
        widget.reset(view);
        QSignalSpy loaded(view, &RequestsView::loaded);
        QVERIFY(loaded.wait());
    } else if (list == u"caseload") {
        auto *view = new CaseloadView(m_demo, session);
        widget.reset(view);
        QSignalSpy loaded(view, &CaseloadView::loaded);
        QVERIFY(loaded.wait());
    } else if (list == u"agenda") {
        auto *view = new AgendaView(m_demo, session);
        widget.reset(view);
        QSqlQuery first(Db::connection(m_demo));
        QVERIFY(first.exec(u"SELECT min(starts_at) FROM appointment WHERE worker = 'sociale'"_s)
                && first.next());
        view->showDate(
            QDateTime::fromString(first.value(0).toString(), Qt::ISODate).toLocalTime().date());
    } else if (list == u"audit") {
        session = kAdmin;
        widget = std::make_unique<AuditPanel>(m_demo, session);
    } else {
        session = kCoordinator;
        auto *panel = new NurseryPanel(m_demo, session);
        widget.reset(panel);
        QTRY_VERIFY(panel->round() && !panel->isLoading());
    }
    widget->resize(1200, 800);
    widget->show();
    auto *view = widget->findChild<QAbstractItemView *>(table);
    QVERIFY(view);
    const int rows = view->model()->rowCount();
    QVERIFY(rows > 0);
    auto *button = widget->findChild<QToolButton *>(list + u"Export"_s);
    QVERIFY(button);
    QVERIFY(button->isEnabled());

    const qsizetype before = exportEvents(m_demo).size();
    const QString path = m_dir.filePath(list + u".csv"_s);
    TableExport::setNextPath(path);
    menuAction(button, TableExport::Format::Csv)->trigger();
    QTRY_VERIFY(!button->property("exporting").toBool()); // written on a pool thread
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<Csv::Record> records;
    int errorLine = 0;
    QVERIFY(Csv::parse(file.readAll(), &records, &errorLine));
    QCOMPARE(records.size(), rows + 1);

    const QList<AuditLog::Event> events = exportEvents(m_demo);
    QCOMPARE(events.size(), before + 1);
    const bool recorded
        = std::any_of(events.cbegin(), events.cend(), [&](const AuditLog::Event &e) {
              return e.username == session.username && e.entity == entity
                  && AuditLog::describe(e.detail).startsWith(what)
                  && AuditLog::describe(e.detail).endsWith(u": %1 row(s), CSV"_s.arg(rows));
          });
    QVERIFY2(recorded, qPrintable(events.first().entity + u' ' + events.first().detail));
}

void tst_TableExport::printIsAuditedOnlyOncePrinted()
{
    const std::unique_ptr<QTableWidget> table(sampleTable());
    table->show();
    QList<std::pair<TableExport::Format, int>> exported;
    auto *button = TableExport::button(table.get(), u"Anagrafe"_s,
                                       [&exported](TableExport::Format format, int rows) {
                                           exported.append({format, rows});
                                       });
    for (bool print : {false, true}) {
        menuAction(button, TableExport::Format::Print)->trigger();
        QTRY_VERIFY(!button->property("exporting").toBool()); // written on a pool thread
        QPrintPreviewDialog *preview = nullptr;
        QTRY_VERIFY(
            (preview = table->window()->findChild<QPrintPreviewDialog *>(u"exportPrintPreview"_s)));
        QVERIFY(preview->isVisible());
        if (print)
            preview->accept(); // what the preview does once the pages went to the printer
        else
            preview->reject();
        QTRY_VERIFY(!table->window()->findChild<QPrintPreviewDialog *>(u"exportPrintPreview"_s));
    }
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.at(0).first, TableExport::Format::Print);
    QCOMPARE(exported.at(0).second, 3);
    delete button;
}

void tst_TableExport::tooLongForPrintingIsRefused()
{
    QStandardItemModel model(TableExport::kMaxPrintedRows + 1, 1);
    QTableView view;
    view.setModel(&model);
    bool called = false;
    auto *button = TableExport::button(&view, u"Lunga"_s,
                                       [&called](TableExport::Format, int) { called = true; });
    const QString path = m_dir.filePath(u"long.pdf"_s);
    TableExport::setNextPath(path);
    Dialogs::setNextAnswer(QMessageBox::Ok);
    menuAction(button, TableExport::Format::Pdf)->trigger();
    QTRY_VERIFY(!button->property("exporting").toBool()); // written on a pool thread
    QVERIFY2(Dialogs::lastText().contains(QLocale().toString(TableExport::kMaxPrintedRows)),
             qPrintable(Dialogs::lastText()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!called);
    delete button;
}

// The whole registry of a large municipality: no limit on a CSV file, read from the
// database row by row while written.
void tst_TableExport::aRegistryBeyondAHundredThousandGoesWholeToCsv()
{
    const QString db = m_dir.filePath(u"large.sqlite"_s);
    DemoGenerator::Options options;
    options.citizens = 100002;
    QString error;
    QVERIFY2(DemoGenerator::create(db, options, &error), qPrintable(error));
    QUndoStack undo;
    CitizensPanel panel(db, TestDatabase::clerk(), &undo);
    panel.show();
    auto *table = panel.findChild<QTableView *>(u"citizenTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 100002);
    auto *button = panel.findChild<QToolButton *>(u"citizensExport"_s);
    const QString path = m_dir.filePath(u"registry.csv"_s);
    TableExport::setNextPath(path);
    menuAction(button, TableExport::Format::Csv)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!button->property("exporting").toBool(), 60000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    qint64 lines = 0;
    while (!file.atEnd())
        lines += file.readLine().isEmpty() ? 0 : 1;
    QCOMPARE(lines, 100002 + 1);
    QVERIFY2(Dialogs::lastNotice().startsWith(u"100002 row(s) exported"_s),
             qPrintable(Dialogs::lastNotice()));
    Db::closeConnection(db);
}

// Beyond what an Excel sheet holds, the desk says so and offers CSV.
void tst_TableExport::excelsOwnLimitIsSaid()
{
    // A list that says it has one row more than Excel holds (and holds none).
    class Huge final : public QAbstractTableModel
    {
    public:
        int rowCount(const QModelIndex &parent = {}) const override
        {
            return parent.isValid() ? 0 : TableExport::kMaxXlsxRows + 1;
        }
        int columnCount(const QModelIndex & = {}) const override { return 1; }
        QVariant data(const QModelIndex &, int) const override { return QVariant(); }
    } model;
    QWidget parent;
    QTableView view(&parent);
    view.setModel(&model);
    TableExport::Source source;
    source.stream = [](const QList<int> &) {
        return [](const Spreadsheet::RowSink &) {
            return true;
        };
    };
    auto *button = TableExport::button(&view, u"Huge"_s, {}, source);
    const QString path = m_dir.filePath(u"huge.xlsx"_s);
    TableExport::setNextPath(path);
    Dialogs::setNextAnswer(QMessageBox::Ok);
    menuAction(button, TableExport::Format::Xlsx)->trigger();
    QVERIFY2(Dialogs::lastText().contains(u"CSV"_s), qPrintable(Dialogs::lastText()));
    QVERIFY(Dialogs::lastText().contains(QLocale().toString(TableExport::kMaxXlsxRows)));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(tst_TableExport)
#include "tst_tableexport.moc"
