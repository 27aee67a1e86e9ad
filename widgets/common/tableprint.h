#pragma once

class QPrinter;

namespace Sportello {

struct Spreadsheet;

// A list on paper: its HTML rendering laid out on A4 pages, the header row repeated on each
// page and "Page n of N" at the foot.
namespace TablePrint {

// A4, portrait up to five columns and landscape past them, the title as document name.
void setUpPrinter(QPrinter *printer, const Spreadsheet &sheet);
// Prints the pages the printer asks for (all, or its from-to range); false if the printer
// could not start, e.g. its output file cannot be written.
bool print(const Spreadsheet &sheet, QPrinter *printer);

} // namespace TablePrint
} // namespace Sportello
