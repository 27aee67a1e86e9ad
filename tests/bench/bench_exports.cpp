// Exports of a long list: 100,000 rows (the limit of a file) to CSV and Excel, 2,000 rows
// (the limit of a printout) to PDF. One JSON line per figure.
#include "benchreport.h"
#include "models/common/spreadsheet.h"
#include "widgets/common/tableexport.h"

#include <QApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Sportello;

namespace {

Spreadsheet list(int rows)
{
    Spreadsheet sheet;
    sheet.title = u"Anagrafe"_s;
    sheet.headers = {u"Codice fiscale"_s, u"Cognome"_s,          u"Nome"_s,
                     u"Nato il"_s,        u"Luogo di nascita"_s, u"ISEE"_s};
    const QDate born(1950, 1, 1);
    for (int i = 0; i < rows; ++i) {
        const QString code = u"RSSMRA%1T10A562S"_s.arg(i % 100, 2, 10, QChar(u'0'));
        sheet.rows.append(QVariantList {code, u"Rossi-%1"_s.arg(i), u"Mario Nicolò"_s,
                                        born.addDays(i % 20000), u"Vibo Valentia (VV)"_s,
                                        12345.67 + i});
    }
    return sheet;
}

template<typename Work> void measure(const QString &name, qint64 n, int runs, Work work)
{
    QList<double> ms;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms << double(timer.nsecsElapsed()) / 1e6;
    }
    Bench::report(name, n, ms, {{u"thread"_s, u"background"_s}});
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const Spreadsheet big = list(100000);
    const Spreadsheet printed = list(TableExport::kMaxPrintedRows);
    QString error;
    measure(u"export_csv"_s, big.rows.size(), 5, [&] {
        TableExport::write(big, TableExport::Format::Csv, dir.filePath(u"a.csv"_s), &error);
    });
    measure(u"export_xlsx"_s, big.rows.size(), 5, [&] {
        TableExport::write(big, TableExport::Format::Xlsx, dir.filePath(u"a.xlsx"_s), &error);
    });
    measure(u"export_pdf"_s, printed.rows.size(), 3, [&] {
        TableExport::write(printed, TableExport::Format::Pdf, dir.filePath(u"a.pdf"_s), &error);
    });
    return error.isEmpty() ? 0 : 1;
}
