#pragma once

#include <QTableView>

namespace Sportello {

// A table view set up for the big citizen list: fixed row height, no word wrap, whole-row
// single selection, no sorting by header (the order is the search's best match first).
class CitizenTable final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CitizenTable)

public:
    explicit CitizenTable(QWidget *parent = nullptr);
};

} // namespace Sportello
