#pragma once

#include <QString>
#include <QStringList>

namespace Sportello::Cli {

// What the global part of the command line asks for (DESIGN.md §4): options before the
// command, then the command and its own arguments.
struct Invocation
{
    QString dbPath; // --db, else SPORTELLO_DB, else the default location
    QString language; // --lang
    QString author; // --as: the staff member a writing command writes as
    QStringList command; // e.g. {"cf", "check", "--json", "X"}; empty = open the GUI
    bool help = false;
    bool version = false;
    QString error; // bad usage, one line
};

// Parses argv without needing an application object.
Invocation parse(const QStringList &arguments);

QString usage();

// Exit codes of every command.
enum Exit { Success = 0, No = 1, BadUsage = 2 };

// Runs a headless command and returns its exit code.
int run(const Invocation &invocation);

// True for the commands that draw (PDF output): they need a QGuiApplication, which the
// offscreen platform provides without a display.
bool needsGraphics(const Invocation &invocation);

} // namespace Sportello::Cli
