#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

class QAbstractItemView;
class QToolButton;

namespace Sportello {

struct Session;
struct Spreadsheet;

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
};

// The rows a file export may hold, and a printout (a longer one belongs in a spreadsheet).
inline constexpr int kMaxRows = 100000;
inline constexpr int kMaxPrintedRows = 2000;

// A tool button labelled "Export" with a menu of the four formats; its parent is the
// view's parent. Errors are shown with Dialogs::warn.
QToolButton *button(QAbstractItemView *view, const QString &title, Exported onExported = {},
                    Source source = {});

// An onExported that appends an Export event to the audit log: entity as in AuditLog, the
// detail "<what>: <rows> rows, <format>" with what() read at the time of the export.
Exported audited(const QString &dbPath, const Session &session, const QString &entity,
                 std::function<QString()> what);

// What the button does, for a chosen file: the view's visible columns, then the file
// (Csv, Xlsx or Pdf); false with a translated reason, and no file, on failure.
Spreadsheet sheet(QAbstractItemView *view, const QString &title, const Source &source = {});
bool write(const Spreadsheet &sheet, Format format, const QString &path, QString *error);

// Test seam: the next file chooser answers this path at once (empty: cancelled);
// nullopt forgets an answer not used.
void setNextPath(std::optional<QString> path);

} // namespace TableExport
} // namespace Sportello
