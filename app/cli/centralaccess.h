#pragma once

#include "models/sync/centralconnection.h"

#include <QCommandLineOption>
#include <QString>

class QCommandLineParser;

namespace Sportello::Cli {

// Opens the central database for a command: the password comes from PGPASSWORD (or
// ~/.pgpass) through libpq, else from the system keychain, else a prompt on the terminal.
// Returns the exit code to give up with (Unreachable -> 1, otherwise 2), or -1 when open.
int openCentral(const QString &connection, const QString &conninfo);

// --central CONNINFO, the option of every command on the regional database.
QCommandLineOption centralOption();
// Its value; empty, with the reason printed, when it was not given.
QString centralConninfo(const QCommandLineParser &parser);

} // namespace Sportello::Cli
