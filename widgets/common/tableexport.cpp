#include "widgets/common/tableexport.h"

#include "models/access/auditdetail.h"
#include "models/access/auditlog.h"
#include "models/access/session.h"
#include "models/common/spreadsheet.h"
#include "models/db/database.h"
#include "widgets/common/dialogs.h"
#include "widgets/common/tableprint.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QMenu>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryFile>
#include <QToolButton>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Sportello::TableExport {

namespace {

std::optional<QString> g_nextPath;
QString g_lastFolder; // where the previous export went, for the next one

// Sorted, hidden and moved columns: what the person sees, left to right.
QList<int> visibleColumns(const QAbstractItemView *view)
{
    const QHeaderView *header = nullptr;
    if (const auto *table = qobject_cast<const QTableView *>(view))
        header = table->horizontalHeader();
    else if (const auto *tree = qobject_cast<const QTreeView *>(view))
        header = tree->header();
    QList<int> columns;
    if (!header)
        return {0}; // a list view: its one column
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

QString fileFilter(Format format)
{
    switch (format) {
    case Format::Csv:
        return QCoreApplication::translate("Sportello::TableExport", "CSV files (*.csv)");
    case Format::Xlsx:
        return QCoreApplication::translate("Sportello::TableExport", "Excel workbooks (*.xlsx)");
    case Format::Pdf:
        return QCoreApplication::translate("Sportello::TableExport", "PDF documents (*.pdf)");
    case Format::Print:
        break;
    }
    return QString();
}

// "Domande nido 2026" on 12 May 2026 -> domande-nido-2026-2026-05-12.xlsx
QString suggestedName(const QString &title, Format format)
{
    QString slug;
    for (const QChar c : title.normalized(QString::NormalizationForm_KD).toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            slug += c;
        else if (c.category() != QChar::Mark_NonSpacing && !slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.startsWith(u'-'))
        slug.remove(0, 1);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return u"%1-%2.%3"_s.arg(slug.isEmpty() ? u"export"_s : slug,
                             QDate::currentDate().toString(Qt::ISODate), formatId(format));
}

QString choosePath(QWidget *parent, const QString &title, Format format)
{
    if (g_nextPath) {
        const QString path = *g_nextPath;
        g_nextPath.reset();
        return path;
    }
    if (g_lastFolder.isEmpty())
        g_lastFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("Sportello::TableExport", "Export \"%1\"").arg(title),
        QDir(g_lastFolder).filePath(suggestedName(title, format)), fileFilter(format));
    if (path.isEmpty())
        return path;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + formatId(format);
    g_lastFolder = QFileInfo(path).absolutePath();
    return path;
}

bool writePdf(const Spreadsheet &sheet, const QString &path, QString *error)
{
    // Printed into a private temporary file, then put in place whole.
    QTemporaryFile temp;
    if (!temp.open()) {
        *error
            = QCoreApplication::translate("Sportello::TableExport", "%1 could not be written: %2")
                  .arg(path, temp.errorString());
        return false;
    }
    temp.close();
    QPdfWriter writer(temp.fileName()); // not a QPrinter: it works on any thread
    writer.setTitle(sheet.title);
    writer.setCreator(u"Sportello"_s);
    TablePrint::setUpPage(&writer, sheet);
    if (!TablePrint::print(sheet, &writer) || !temp.open() || temp.size() == 0) {
        *error
            = QCoreApplication::translate("Sportello::TableExport", "%1 could not be written: %2")
                  .arg(path, temp.errorString());
        return false;
    }
    return Spreadsheet::writeFile(path, temp.readAll(), error);
}

// Why a list of `rows` cannot go to `format` (held: its rows are read into memory first).
QString tooLong(int rows, Format format, bool held)
{
    const QLocale locale;
    const auto say = [&](const char *text, int limit) {
        return QCoreApplication::translate("Sportello::TableExport", text)
            .arg(locale.toString(rows), locale.toString(limit));
    };
    if ((format == Format::Print || format == Format::Pdf) && rows > kMaxPrintedRows)
        return say(QT_TRANSLATE_NOOP(
                       "Sportello::TableExport",
                       "The list has %1 rows: a printout holds at most %2. Narrow the list, or "
                       "export it to Excel or CSV."),
                   kMaxPrintedRows);
    if (format == Format::Xlsx && rows > kMaxXlsxRows)
        return say(QT_TRANSLATE_NOOP(
                       "Sportello::TableExport",
                       "The list has %1 rows: an Excel sheet holds at most %2. Export it to CSV, "
                       "which has no limit, or narrow the list."),
                   kMaxXlsxRows);
    if (held && rows > kMaxHeldRows)
        return say(
            QT_TRANSLATE_NOOP(
                "Sportello::TableExport",
                "The list has %1 rows: this list can be exported up to %2. Narrow it first."),
            kMaxHeldRows);
    return QString();
}

void preview(QAbstractItemView *view, const Spreadsheet &sheet, const Exported &onExported)
{
    auto *dialog = new QPrintPreviewDialog(view->window());
    dialog->setObjectName(u"exportPrintPreview"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(
        QCoreApplication::translate("Sportello::TableExport", "Print \"%1\"").arg(sheet.title));
    TablePrint::setUpPrinter(dialog->printer(), sheet);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [sheet](QPrinter *printer) { TablePrint::print(sheet, printer); });
    // The preview accepts once it has sent the pages to the printer.
    const auto rows = int(sheet.rows.size());
    QObject::connect(dialog, &QDialog::accepted, dialog, [onExported, rows] {
        if (onExported)
            onExported(Format::Print, rows);
    });
    dialog->open();
}

// What writing a file came to: an error, or how many rows it holds.
struct Written
{
    QString error;
    int rows = 0;
};

// The property a button holds while its export is being written.
const char *const kExporting = "exporting";

void run(QAbstractItemView *view, QToolButton *button, const QString &title, Format format,
         const Exported &onExported, const Source &source)
{
    const QString heading = QCoreApplication::translate("Sportello::TableExport", "Export");
    if (!view->model() || button->property(kExporting).toBool())
        return;
    // A CSV or Excel file of a list that streams its rows never holds them; any other list is
    // read whole first.
    const bool streamed = source.stream && (format == Format::Csv || format == Format::Xlsx);
    // The model's count first, so a list far too long is refused before anything is read.
    if (const QString problem = tooLong(view->model()->rowCount(), format, !streamed);
        !problem.isEmpty()) {
        Dialogs::warn(view, heading, problem);
        return;
    }
    QString path;
    if (format != Format::Print) {
        path = choosePath(view, title, format);
        if (path.isEmpty())
            return;
    }
    Spreadsheet content;
    if (streamed) {
        const QList<int> columns = visibleColumns(view);
        content.title = title;
        for (int column : columns)
            content.headers << view->model()->headerData(column, Qt::Horizontal).toString();
        if (source.subtitle)
            content.subtitle = source.subtitle();
        content.eachRow = source.stream(columns);
    } else {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        content = sheet(view, title, source);
        QApplication::restoreOverrideCursor();
        if (const QString error = tooLong(int(content.rows.size()), format, true);
            !error.isEmpty()) {
            Dialogs::warn(view, heading, error);
            return;
        }
    }
    if (format == Format::Print) {
        preview(view, content, onExported);
        return;
    }
    // Writing takes seconds for a long list (an Excel file of 100,000 rows, a PDF of
    // 2,000): on a pool thread, while the desk stays usable and the button says so.
    const QString text = button->text();
    button->setProperty(kExporting, true);
    button->setText(QCoreApplication::translate("Sportello::TableExport", "Exporting…"));
    auto *watcher = new QFutureWatcher<Written>(button);
    QObject::connect(watcher, &QFutureWatcher<Written>::finished, button,
                     [watcher, button, view, text, heading, format, onExported, path] {
                         watcher->deleteLater();
                         button->setText(text);
                         button->setProperty(kExporting, false);
                         const Written written = watcher->result();
                         if (!written.error.isEmpty()) {
                             Dialogs::warn(view, heading, written.error);
                             return;
                         }
                         const int rows = written.rows;
                         Dialogs::notify(view,
                                         QCoreApplication::translate("Sportello::TableExport",
                                                                     "%n row(s) exported to %1.",
                                                                     nullptr, rows)
                                             .arg(QDir::toNativeSeparators(path)));
                         if (onExported)
                             onExported(format, rows);
                     });
    watcher->setFuture(QtConcurrent::run([content, format, path]() mutable {
        Written written;
        written.rows = int(content.rows.size());
        if (content.eachRow) { // counted as they go by
            written.rows = 0;
            content.eachRow = [rows = content.eachRow, &written](const Spreadsheet::RowSink &sink) {
                return rows([&](const QVariantList &row) {
                    ++written.rows;
                    return sink(row);
                });
            };
        }
        write(content, format, path, &written.error);
        return written;
    }));
}

} // namespace

QString formatId(Format format)
{
    switch (format) {
    case Format::Csv:
        return u"csv"_s;
    case Format::Xlsx:
        return u"xlsx"_s;
    case Format::Print:
        return u"print"_s;
    case Format::Pdf:
        return u"pdf"_s;
    }
    return QString();
}

Spreadsheet sheet(QAbstractItemView *view, const QString &title, const Source &source)
{
    const QList<int> columns = visibleColumns(view);
    Spreadsheet out;
    if (source.rows) {
        out.title = title;
        for (int column : columns)
            out.headers << view->model()->headerData(column, Qt::Horizontal).toString();
        out.rows = source.rows(columns);
    } else {
        out = Spreadsheet::fromModel(view->model(), columns, title);
    }
    if (source.subtitle)
        out.subtitle = source.subtitle();
    return out;
}

bool write(const Spreadsheet &sheet, Format format, const QString &path, QString *error)
{
    switch (format) {
    case Format::Csv:
        return sheet.writeCsv(path, error);
    case Format::Xlsx:
        return sheet.writeXlsx(path, error);
    case Format::Pdf:
        return writePdf(sheet, path, error);
    case Format::Print:
        break;
    }
    *error = QCoreApplication::translate("Sportello::TableExport", "A printout is not a file.");
    return false;
}

QToolButton *button(QAbstractItemView *view, const QString &title, Exported onExported,
                    Source source)
{
    auto *button = new QToolButton(view->parentWidget());
    button->setText(QCoreApplication::translate("Sportello::TableExport", "E&xport"));
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setAccessibleName(
        QCoreApplication::translate("Sportello::TableExport", "Export the list \"%1\"").arg(title));
    button->setToolTip(QCoreApplication::translate(
        "Sportello::TableExport", "Save the list as CSV, Excel or PDF, or print it"));
    auto *menu = new QMenu(button);
    const std::pair<Format, QString> entries[]
        = {{Format::Csv, QCoreApplication::translate("Sportello::TableExport", "&CSV…")},
           {Format::Xlsx, QCoreApplication::translate("Sportello::TableExport", "&Excel (XLSX)…")},
           {Format::Print, QCoreApplication::translate("Sportello::TableExport", "&Print…")},
           {Format::Pdf, QCoreApplication::translate("Sportello::TableExport", "P&DF…")}};
    for (const auto &[format, text] : entries) {
        QAction *action = menu->addAction(text);
        action->setObjectName(u"export_"_s + formatId(format));
        QObject::connect(action, &QAction::triggered, view,
                         [view, button, title, format, onExported, source] {
                             run(view, button, title, format, onExported, source);
                         });
    }
    button->setMenu(menu);

    // Nothing to export from an empty list.
    const auto update = [view, button] {
        const QAbstractItemModel *model = view->model();
        button->setEnabled(model && (model->rowCount() > 0 || model->canFetchMore({})));
    };
    if (QAbstractItemModel *model = view->model()) {
        QObject::connect(model, &QAbstractItemModel::modelReset, button, update);
        QObject::connect(model, &QAbstractItemModel::layoutChanged, button, update);
        QObject::connect(model, &QAbstractItemModel::rowsInserted, button, update);
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, button, update);
    }
    update();
    return button;
}

Exported audited(const QString &dbPath, const Session &session, const QString &entity,
                 std::function<QVariantMap()> what)
{
    return [dbPath, session, entity, what](Format format, int rows) {
        QVariantMap values = what ? what() : QVariantMap {{u"list"_s, entity}};
        values.insert(u"rows"_s, rows);
        values.insert(u"format"_s, formatId(format));
        const QString detail = AuditLog::detail(u"export"_s, values);
        if (!AuditLog::record(Db::connection(dbPath), session, AuditLog::Action::Export, entity,
                              QString(), detail))
            qWarning("The export of %s could not be recorded in the audit log", qPrintable(entity));
    };
}

void setNextPath(std::optional<QString> path)
{
    g_nextPath = std::move(path);
}

} // namespace Sportello::TableExport
