#pragma once

#include <QString>

namespace Sportello {
class Settings;
}

namespace Sportello::Desk {

struct Options
{
    Settings *settings = nullptr; // null: the user's settings
    int idleLockMs = -1; // -1: Settings::idleLockMinutes(); 0: never (tests inject a few ms)
};

// The GUI's start: create or open the local database (a first start offers demo data),
// make sure an administrator exists, then the desk changing hands: sign in, the person's
// main window until they quit, sign out or switch user (or someone else takes over at the
// lock screen), sign in again. Returns the exit code.
int run(const QString &dbPath, const Options &options = {});

} // namespace Sportello::Desk
