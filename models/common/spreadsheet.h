#pragma once

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <functional>

class QAbstractItemModel;

namespace Sportello {

// A list as the desk shows it, ready to leave the program: a title, the column headers and
// the rows, each cell a QString, a number, a QDate or a QDateTime. Written as CSV, as an
// Excel workbook, or rendered as HTML for printing.
struct Spreadsheet
{
    QString title;
    QString subtitle; // what the list shows, e.g. its filter; printed under the title
    QStringList headers;
    QList<QVariantList> rows;
    // Or the rows read one by one while the file is written, for a list too long to hold
    // (the whole registry): it gives each row to `sink`, and stops early when sink returns
    // false; it returns false only if the rows could not be read.
    using RowSink = std::function<bool(const QVariantList &row)>;
    std::function<bool(const RowSink &sink)> eachRow;

    // The given columns of every row of model (DisplayRole), children after their parent;
    // a model that fetches lazily is fetched to the end first. The desk's models show dates
    // as dd/MM/yyyy text: such a text becomes a QDate (with HH:mm, a QDateTime), so a
    // spreadsheet gets real dates.
    static Spreadsheet fromModel(QAbstractItemModel *model, const QList<int> &columns,
                                 const QString &title);

    // A cell as the desk shows it: dates dd/MM/yyyy, numbers as they are.
    static QString text(const QVariant &value);
    // The title as an Excel sheet name: no []:*?/\ and at most 31 characters.
    static QString sheetName(const QString &title);

    // RFC 4180 in UTF-8 (models/common/csv), header first (of `rows`).
    QByteArray csv() const;
    // Excel's rows, the header's among them.
    static constexpr int kMaxXlsxRows = 1048576;
    // The table with its title and the time it was printed, for a QTextDocument.
    QString html(const QDateTime &printedAt) const;

    // Each replaces path whole or leaves it untouched, and on failure returns false with
    // a translated reason in *error.
    bool writeCsv(const QString &path, QString *error) const;
    bool writeXlsx(const QString &path, QString *error) const;
    // Any bytes, through a temporary file next to path renamed over it (QSaveFile).
    static bool writeFile(const QString &path, const QByteArray &data, QString *error);
};

} // namespace Sportello
