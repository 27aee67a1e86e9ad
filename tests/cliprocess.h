#pragma once

#include <QByteArray>
#include <QStringList>

namespace Sportello::Test {

// One run of the real sportello program (SPORTELLO_CLI), with no display at all: headless
// commands must not need one.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString cliProgram(); // empty when SPORTELLO_CLI does not name the program
CliRun runCli(const QStringList &arguments, const QByteArray &language = "C.UTF-8");

} // namespace Sportello::Test
