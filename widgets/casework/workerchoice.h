#pragma once

#include <QString>

class QComboBox;

namespace Sportello {

// The social workers of the desk, shown by name (the login as the item's tooltip and data).
void fillWorkerChoice(QComboBox *combo, const QString &dbPath, const QString &select = QString());

} // namespace Sportello
