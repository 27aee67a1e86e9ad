#include "widgets/common/tables.h"

#include <QHeaderView>
#include <QTableView>

namespace Sportello {

void setUpTable(QTableView *table, bool editable)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    setTableEditable(table, editable);
    table->setAlternatingRowColors(true);
    // Tab always leaves for the next control (a table inside tabs must not trap it, and
    // Ctrl+Tab there changes tab); arrows move between cells.
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
}

void setTableEditable(QTableView *table, bool editable)
{
    // Arriving on a cell with the keyboard must not open an editor, or Tab could never
    // leave the table.
    table->setEditTriggers(
        editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed
                 : QAbstractItemView::NoEditTriggers);
}

} // namespace Sportello
