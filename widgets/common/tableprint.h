#pragma once

class QPagedPaintDevice;
class QPrinter;

namespace Sportello {

struct Spreadsheet;

// A list on paper: its HTML rendering laid out on A4 pages, the header row repeated on each
// page and "Page n of N" at the foot.
namespace TablePrint {

// A4, portrait up to five columns and landscape past them.
void setUpPage(QPagedPaintDevice *device, const Spreadsheet &sheet);
// The same, with the title as the document's name.
void setUpPrinter(QPrinter *printer, const Spreadsheet &sheet);
// Prints pages first to last (0: from the first, to the last); false if the device could
// not start, e.g. its output file cannot be written. A QPdfWriter may print on any thread.
bool print(const Spreadsheet &sheet, QPagedPaintDevice *device, int first = 0, int last = 0);
// The pages the printer asks for: all, or its from-to range.
bool print(const Spreadsheet &sheet, QPrinter *printer);

} // namespace TablePrint
} // namespace Sportello
