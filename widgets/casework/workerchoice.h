#pragma once

#include <QString>

class QComboBox;

namespace Sportello {

// The social workers of the desk, shown by name with the username as the item's data.
void fillWorkerChoice(QComboBox *combo, const QString &dbPath, const QString &select = QString());
QString workerName(const QString &dbPath, const QString &username); // the username if unknown

} // namespace Sportello
