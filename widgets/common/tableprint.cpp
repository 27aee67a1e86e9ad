#include "widgets/common/tableprint.h"

#include "models/common/spreadsheet.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPrinter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Sportello::TablePrint {

namespace {

// The layout is done once at 96 dots per inch and scaled to the printer: QTextDocument::print
// lays a copy out again, and takes twice as long on a long table.
constexpr int kLayoutDpi = 96;

} // namespace

void setUpPage(QPagedPaintDevice *device, const Spreadsheet &sheet)
{
    device->setPageSize(QPageSize(QPageSize::A4));
    // Past five columns a portrait page squeezes the text into tall, narrow cells.
    device->setPageOrientation(sheet.headers.size() > 5 ? QPageLayout::Landscape
                                                        : QPageLayout::Portrait);
    device->setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
}

void setUpPrinter(QPrinter *printer, const Spreadsheet &sheet)
{
    setUpPage(printer, sheet);
    printer->setDocName(sheet.title);
    printer->setCreator(u"Sportello"_s);
}

bool print(const Spreadsheet &sheet, QPrinter *printer)
{
    return print(sheet, static_cast<QPagedPaintDevice *>(printer), printer->fromPage(),
                 printer->toPage());
}

bool print(const Spreadsheet &sheet, QPagedPaintDevice *printer, int firstPage, int lastPage)
{
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    QImage layoutDevice(1, 1, QImage::Format_Mono);
    const int dotsPerMeter = qRound(kLayoutDpi / 0.0254);
    layoutDevice.setDotsPerMeterX(dotsPerMeter);
    layoutDevice.setDotsPerMeterY(dotsPerMeter);
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&layoutDevice);
    document.setHtml(sheet.html(QDateTime::currentDateTime()));

    const int dpi = printer->logicalDpiY();
    const qreal scale = dpi / qreal(kLayoutDpi);
    const QSizeF area = QSizeF(printer->pageLayout().paintRectPixels(dpi).size()) / scale;
    // The foot is drawn in the printer's own units, its font sized by the printer.
    QFont footerFont = document.defaultFont();
    footerFont.setPointSizeF(8);
    const QFontMetricsF footerMetrics(footerFont, printer);
    const qreal pageHeight = area.height() - 2 * footerMetrics.height() / scale;
    document.setPageSize(QSizeF(area.width(), pageHeight));
    const int pages = document.pageCount();
    const int first = firstPage > 0 ? qMin(firstPage, pages) : 1;
    const int last = lastPage > 0 ? qMin(lastPage, pages) : pages;

    painter.setFont(footerFont);
    const QRectF foot(0, area.height() * scale - footerMetrics.height(), area.width() * scale,
                      footerMetrics.height());
    for (int page = first; page <= last; ++page) {
        if (page > first)
            printer->newPage();
        const QRectF shown(0, (page - 1) * pageHeight, area.width(), pageHeight);
        painter.save();
        painter.scale(scale, scale);
        painter.translate(0, -shown.top());
        document.drawContents(&painter, shown);
        painter.restore();
        painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom,
                         QCoreApplication::translate("Sportello::TablePrint", "Page %1 of %2")
                             .arg(page)
                             .arg(pages));
    }
    return painter.end();
}

} // namespace Sportello::TablePrint
