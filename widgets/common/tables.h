#pragma once

class QTableView;

namespace Sportello {

// How the desk's tables look and behave: whole rows selected one at a time, compact rows
// of one text line, alternating colours, the last column filling the width, no row
// numbers; read-only unless editable.
void setUpTable(QTableView *table, bool editable = false);
// Typing or F2 edits a cell, as in a spreadsheet; arriving on a cell does not.
void setTableEditable(QTableView *table, bool editable);

} // namespace Sportello
