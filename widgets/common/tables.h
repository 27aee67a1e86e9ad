#pragma once

class QTableView;

namespace Sportello {

// How the desk's tables look and behave: whole rows selected one at a time, compact rows
// of one text line, alternating colours, the last column filling the width, no row
// numbers; read-only unless editable. Their columns stay readable (keepColumnsReadable,
// contents fitted).
void setUpTable(QTableView *table, bool editable = false);
// Columns are never narrower than their headers, empty table or not; with fitContents, a
// small table (a few hundred rows, all fetched) also widens a column whose contents are cut
// while there is room to spare, after every reload and resize. Widths set by a screen are
// the starting point; the last column fills what is left, or gets its header's width and a
// scroll bar when nothing is left. Big lazy tables pass false (their contents are never
// measured).
void keepColumnsReadable(QTableView *table, bool fitContents);
// Typing or F2 edits a cell, as in a spreadsheet; arriving on a cell does not.
void setTableEditable(QTableView *table, bool editable);

} // namespace Sportello
