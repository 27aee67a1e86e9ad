#include "widgets/registry/citizentable.h"

#include "widgets/common/tables.h"

#include <QHeaderView>

namespace Sportello {

CitizenTable::CitizenTable(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setTabKeyNavigation(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->hide();
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultSectionSize(150);
    keepColumnsReadable(this, false); // a million rows: headers only, contents never measured
    setAccessibleName(tr("Citizens"));
}

} // namespace Sportello
