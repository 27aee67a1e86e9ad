#pragma once

#include <QString>

namespace Sportello::Desk {

// The GUI's start: create or open the local database (a first start offers demo data),
// make sure an administrator exists, sign in, show the main window. Returns the exit code.
int run(const QString &dbPath);

} // namespace Sportello::Desk
