#pragma once

#include "models/common/spreadsheet.h"

#include <QList>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include <functional>
#include <optional>

class QAbstractItemView;
class QToolButton;

namespace Sportello {

struct Session;

// "Export" beside a list: CSV, Excel, print with a preview, PDF, of the columns the view
// shows, in the order shown.
namespace TableExport {

enum class Format { Csv, Xlsx, Print, Pdf };
QString formatId(Format format); // csv, xlsx, print, pdf: for the audit log

// Called after an export reached its file or the printer, with the number of rows.
using Exported = std::function<void(Format format, int rows)>;

struct Source
{
    // What the list shows right now (its filter, period...), printed under the title.
    std::function<QString()> subtitle;
    // Every row for the given model columns, for a model that holds only a window of them
    // (the citizen list); by default the view's model is read, fetched to the end.
    std::function<QList<QVariantList>(const QList<int> &columns)> rows;
    // The same rows read one by one while a CSV or Excel file is written (any length, little
    // memory; on the export's own thread), for such a model. The view's model then counts
    // them (rowCount()).
    std::function<std::function<bool(const Spreadsheet::RowSink &)>(const QList<int> &columns)>
        stream;
};

// The data rows an Excel file holds (its sheet's rows, less the header); a printout's (a
// longer one belongs in a spreadsheet). A CSV file has no limit. Without a stream, the
// rows of a list are held while it is written: kMaxHeldRows at most.
inline constexpr int kMaxXlsxRows = Spreadsheet::kMaxXlsxRows - 1;
inline constexpr int kMaxPrintedRows = 2000;
inline constexpr int kMaxHeldRows = 200000;

// A tool button labelled "Export" with a menu of the four formats; its parent is the
// view's parent. Errors are shown with Dialogs::warn.
QToolButton *button(QAbstractItemView *view, const QString &title, Exported onExported = {},
                    Source source = {});

// An onExported that appends an Export event to the audit log: entity as in AuditLog, the
// detail which list (what(), read at the time of the export: {"list": kind, parameters},
// see AuditLog::describe), how many rows and in which format.
Exported audited(const QString &dbPath, const Session &session, const QString &entity,
                 std::function<QVariantMap()> what);

// What the button does, for a chosen file: the view's visible columns, then the file
// (Csv, Xlsx or Pdf); false with a translated reason, and no file, on failure.
Spreadsheet sheet(QAbstractItemView *view, const QString &title, const Source &source = {});
bool write(const Spreadsheet &sheet, Format format, const QString &path, QString *error);

// Test seam: the next file chooser answers this path at once (empty: cancelled);
// nullopt forgets an answer not used.
void setNextPath(std::optional<QString> path);

} // namespace TableExport
} // namespace Sportello
