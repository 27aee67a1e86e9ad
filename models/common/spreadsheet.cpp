#include "models/common/spreadsheet.h"

#include "models/common/csv.h"
#include "models/common/format.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Sportello {

namespace {

constexpr int kMaxCellLength = 32767; // Excel's limit for the text of a cell
constexpr double kMaxColumnWidth = 60; // in characters; longer texts wrap to the eye
constexpr double kMinColumnWidth = 6;

// Excel counts days from 1900: an earlier date stays text.
bool isExcelDate(const QDate &date)
{
    return date.isValid() && date.year() >= 1900;
}

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Double:
    case QMetaType::Float:
        return std::isfinite(value.toDouble());
    default:
        return false;
    }
}

// dd/MM/yyyy, optionally followed by HH:mm or HH:mm:ss, as Format and the views write them.
QVariant typed(const QVariant &display)
{
    if (display.typeId() != QMetaType::QString)
        return display;
    const QString text = display.toString();
    if (text.size() < 10 || text.size() > 19 || !text.at(0).isDigit())
        return display;
    static const QRegularExpression when(
        u"^(\\d{2}/\\d{2}/\\d{4})(?: (\\d{2}:\\d{2}(?::\\d{2})?))?$"_s);
    const QRegularExpressionMatch match = when.match(text);
    if (!match.hasMatch())
        return display;
    const QDate date = QDate::fromString(match.captured(1), u"dd/MM/yyyy"_s);
    if (!date.isValid())
        return display;
    if (match.captured(2).isEmpty())
        return date;
    const QString clock = match.captured(2);
    const QTime time = QTime::fromString(clock, clock.size() == 5 ? u"HH:mm"_s : u"HH:mm:ss"_s);
    return time.isValid() ? QVariant(QDateTime(date, time)) : display;
}

void appendRows(QAbstractItemModel *model, const QModelIndex &parent, const QList<int> &columns,
                QList<QVariantList> *rows)
{
    // A model that never stops offering more would loop forever: stop when nothing came.
    for (int before = -1; model->canFetchMore(parent) && model->rowCount(parent) != before;) {
        before = model->rowCount(parent);
        model->fetchMore(parent);
    }
    const int count = model->rowCount(parent);
    for (int row = 0; row < count; ++row) {
        QVariantList cells;
        cells.reserve(columns.size());
        for (int column : columns)
            cells << typed(model->index(row, column, parent).data(Qt::DisplayRole));
        rows->append(cells);
        const QModelIndex first = model->index(row, 0, parent);
        if (model->hasChildren(first))
            appendRows(model, first, columns, rows);
    }
}

QString cannotWrite(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("Sportello::Spreadsheet", "%1 could not be written: %2")
        .arg(path, reason);
}

lxw_datetime excelDate(const QDate &date, const QTime &time)
{
    lxw_datetime out {};
    out.year = date.year();
    out.month = date.month();
    out.day = date.day();
    out.hour = time.hour();
    out.min = time.minute();
    out.sec = time.second();
    return out;
}

} // namespace

Spreadsheet Spreadsheet::fromModel(QAbstractItemModel *model, const QList<int> &columns,
                                   const QString &title)
{
    Spreadsheet sheet;
    sheet.title = title;
    for (int column : columns)
        sheet.headers << model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    appendRows(model, QModelIndex(), columns, &sheet.rows);
    return sheet;
}

QString Spreadsheet::text(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return Format::date(value.toDate());
    case QMetaType::QDateTime: {
        const QDateTime at = value.toDateTime();
        return at.time().second() == 0 ? Format::dateTime(at)
                                       : at.toString(u"dd/MM/yyyy HH:mm:ss"_s);
    }
    default:
        return value.toString();
    }
}

QString Spreadsheet::sheetName(const QString &title)
{
    static const QRegularExpression forbidden(u"[\\[\\]:*?/\\\\]"_s);
    QString name = QString(title).remove(forbidden).simplified().left(31);
    // Excel also refuses a name that starts or ends with an apostrophe.
    while (name.startsWith(u'\'') || name.endsWith(u'\''))
        name = name.startsWith(u'\'') ? name.mid(1) : name.chopped(1);
    return name.trimmed();
}

namespace {

QByteArray csvLine(const QVariantList &row)
{
    QStringList fields;
    fields.reserve(row.size());
    for (const QVariant &cell : row) {
        QString field = Spreadsheet::text(cell);
        // A text a spreadsheet would run as a formula (a summary typed as "=..." by
        // anyone) gets a leading apostrophe, as OWASP advises for CSV; numbers stay.
        if (cell.typeId() == QMetaType::QString && !field.isEmpty()
            && QStringView(u"=+-@\t\r").contains(field.front()))
            field.prepend(u'\'');
        fields << field;
    }
    return Csv::line(fields);
}

} // namespace

QByteArray Spreadsheet::csv() const
{
    QByteArray out = Csv::line(headers);
    for (const QVariantList &row : rows)
        out += csvLine(row);
    return out;
}

QString Spreadsheet::html(const QDateTime &printedAt) const
{
    const auto escaped = [](const QString &s) {
        return s.toHtmlEscaped().replace(u'\n', u"<br>"_s);
    };
    QString out = u"<html><head><meta charset=\"utf-8\"></head><body style=\"font-size: 9pt\">"
                  "<h2>%1</h2>"_s.arg(escaped(title));
    if (!subtitle.isEmpty())
        out += u"<p>%1</p>"_s.arg(escaped(subtitle));
    out += u"<p><small>%1</small></p>"_s.arg(
        escaped(QCoreApplication::translate("Sportello::Spreadsheet", "Printed on %1, %n row(s)",
                                            nullptr, int(rows.size()))
                    .arg(Format::dateTime(printedAt))));
    // A header row in <thead> is repeated at the top of every printed page.
    out += u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
           "style=\"border-collapse: collapse; border-color: #888\"><thead><tr>"_s;
    for (const QString &header : headers)
        out += u"<th align=\"left\" bgcolor=\"#e6e6e6\">%1</th>"_s.arg(escaped(header));
    out += u"</tr></thead><tbody>"_s;
    for (const QVariantList &row : rows) {
        out += u"<tr>"_s;
        for (const QVariant &cell : row) {
            out += isNumber(cell) ? u"<td align=\"right\">"_s : u"<td>"_s;
            out += escaped(text(cell)) + u"</td>"_s;
        }
        out += u"</tr>"_s;
    }
    out += u"</tbody></table></body></html>"_s;
    return out;
}

bool Spreadsheet::writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    *error = cannotWrite(path, file.errorString());
    return false;
}

bool Spreadsheet::writeCsv(const QString &path, QString *error) const
{
    if (!eachRow)
        return writeFile(path, csv(), error);
    // Line by line into the temporary file that then replaces path: any length, little memory.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    bool ok = file.write(Csv::line(headers)) >= 0;
    ok = ok && eachRow([&file](const QVariantList &row) { return file.write(csvLine(row)) >= 0; });
    if (!ok || !file.commit()) {
        *error = cannotWrite(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

bool Spreadsheet::writeXlsx(const QString &path, QString *error) const
{
    // libxlsxwriter writes to a file name: a private temporary file, whose bytes then
    // replace the target in one go, so a failed export never leaves half a workbook.
    QTemporaryFile temp;
    if (!temp.open()) {
        *error = cannotWrite(path, temp.errorString());
        return false;
    }
    temp.close();
    const QByteArray tempName = QFile::encodeName(temp.fileName());
    // A streamed list is written row by row in constant memory, whatever its length.
    lxw_workbook_options options {};
    options.constant_memory = eachRow ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *workbook = workbook_new_opt(tempName.constData(), &options);
    if (!workbook) {
        *error = cannotWrite(path, QString::fromUtf8(lxw_strerror(LXW_ERROR_CREATING_XLSX_FILE)));
        return false;
    }
    const QByteArray name = sheetName(title).toUtf8();
    lxw_worksheet *sheet
        = workbook_add_worksheet(workbook, name.isEmpty() ? nullptr : name.constData());
    if (!sheet) // a name Excel reserves: the default "Sheet1" then
        sheet = workbook_add_worksheet(workbook, nullptr);
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "dd/mm/yyyy");
    lxw_format *dateTimeFormat = workbook_add_format(workbook);
    format_set_num_format(dateTimeFormat, "dd/mm/yyyy hh:mm");

    QList<double> widths(headers.size(), kMinColumnWidth);
    const auto fit = [&widths](int column, double characters) {
        if (column < widths.size())
            widths[column] = qBound(widths.at(column), characters + 2, kMaxColumnWidth);
    };
    for (int column = 0; column < headers.size(); ++column) {
        worksheet_write_string(sheet, 0, lxw_col_t(column), headers.at(column).toUtf8().constData(),
                               bold);
        fit(column, headers.at(column).size() * 1.1); // bold is wider
    }
    lxw_row_t excelRow = 1;
    const auto writeRow = [&](const QVariantList &row) {
        if (excelRow >= LXW_ROW_MAX)
            return false;
        for (int column = 0; column < row.size(); ++column) {
            const QVariant &cell = row.at(column);
            const auto col = lxw_col_t(column);
            if (isNumber(cell)) {
                worksheet_write_number(sheet, excelRow, col, cell.toDouble(), nullptr);
                fit(column, text(cell).size());
            } else if (cell.typeId() == QMetaType::QDate && isExcelDate(cell.toDate())) {
                lxw_datetime when = excelDate(cell.toDate(), QTime(0, 0));
                worksheet_write_datetime(sheet, excelRow, col, &when, dateFormat);
                fit(column, 10);
            } else if (cell.typeId() == QMetaType::QDateTime
                       && isExcelDate(cell.toDateTime().date())) {
                const QDateTime at = cell.toDateTime();
                lxw_datetime when = excelDate(at.date(), at.time());
                worksheet_write_datetime(sheet, excelRow, col, &when, dateTimeFormat);
                fit(column, 16);
            } else if (const QString value = text(cell); !value.isEmpty()) {
                const QString cut = value.left(kMaxCellLength);
                worksheet_write_string(sheet, excelRow, col, cut.toUtf8().constData(), nullptr);
                qsizetype longest = 0;
                for (const auto line : QStringView(cut).split(u'\n'))
                    longest = qMax(longest, line.size());
                fit(column, double(longest));
            }
        }
        ++excelRow;
        return true;
    };
    bool complete = true;
    if (eachRow) {
        complete = eachRow(writeRow);
    } else {
        for (const QVariantList &row : rows) {
            if (!writeRow(row))
                break;
        }
    }
    if (!complete) {
        workbook_close(workbook);
        *error = cannotWrite(
            path,
            QCoreApplication::translate("Sportello::Spreadsheet", "the rows could not be read"));
        return false;
    }
    for (int column = 0; column < widths.size(); ++column)
        worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), widths.at(column),
                             nullptr);
    worksheet_freeze_panes(sheet, 1, 0);

    if (const lxw_error closed = workbook_close(workbook); closed != LXW_NO_ERROR) {
        *error = cannotWrite(path, QString::fromUtf8(lxw_strerror(closed)));
        return false;
    }
    QFile written(temp.fileName());
    if (!written.open(QIODevice::ReadOnly)) {
        *error = cannotWrite(path, written.errorString());
        return false;
    }
    return writeFile(path, written.readAll(), error);
}

} // namespace Sportello
