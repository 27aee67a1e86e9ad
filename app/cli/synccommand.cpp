#include "app/cli/centralaccess.h"
#include "app/cli/commandline.h"
#include "app/cli/commandparser.h"
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "models/db/database.h"
#include "models/sync/syncengine.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Sportello::Cli {

int runSync(const Invocation &inv, const QStringList &arguments)
{
    CommandParser command(
        u"[--db PATH] sync --central CONNINFO [--json]"_s,
        QCoreApplication::translate(
            "Sportello::Cli",
            "Runs one full sync cycle with the regional database: sends the "
            "local changes, then receives the region's. Exit code 1 when the "
            "regional database cannot be reached (nothing is lost: retry later)."));
    const QCommandLineOption central = centralOption();
    const QCommandLineOption json = CommandParser::jsonOption();
    command.parser().addOptions({central, json});
    if (const int exit = command.parse(arguments); exit >= 0)
        return exit;
    const QString conninfo = centralConninfo(command.parser());
    if (conninfo.isEmpty())
        return BadUsage;
    QString error;
    if (!Db::open(inv.dbPath, &error)) {
        Output::error(error);
        return BadUsage;
    }
    const QString connection = u"sportello-sync-cli"_s;
    if (const int exit = openCentral(connection, conninfo); exit >= 0)
        return exit;
    const SyncReport report = SyncEngine(inv.dbPath, connection).run();
    Central::close(connection);

    if (command.parser().isSet(json)) {
        QJsonObject waiting;
        for (auto it = report.waiting.cbegin(); it != report.waiting.cend(); ++it)
            waiting.insert(it.key(), it.value());
        Output::json(QJsonDocument(QJsonObject {{u"pushed"_s, report.pushed},
                                                {u"pulled"_s, report.pulled},
                                                {u"conflicts"_s, report.conflicts},
                                                {u"pending"_s, report.pending},
                                                {u"waiting"_s, waiting},
                                                {u"set_aside"_s, report.setAside}}));
    } else {
        Output::line(QCoreApplication::translate(
                         "Sportello::Cli", "Sent %1, received %2, conflicts %3, still to send %4.")
                         .arg(report.pushed)
                         .arg(report.pulled)
                         .arg(report.conflicts)
                         .arg(report.pending));
        // Each person's changes go out under their own login, at their own next sync.
        for (auto it = report.waiting.cbegin(); it != report.waiting.cend(); ++it) {
            Output::line(
                it.key().isEmpty()
                    ? QCoreApplication::translate("Sportello::Cli",
                                                  "%n change(s) name no author: an administrator "
                                                  "hands them to a colleague.",
                                                  nullptr, int(it.value()))
                    : QCoreApplication::translate("Sportello::Cli",
                                                  "%n change(s) by %1 wait for their own sync.",
                                                  nullptr, int(it.value()))
                          .arg(it.key()));
        }
        if (report.setAside > 0)
            Output::line(QCoreApplication::translate("Sportello::Cli",
                                                     "%n row(s) of the region set aside on this "
                                                     "desk: see the administrator's sync view.",
                                                     nullptr, report.setAside));
    }
    if (report.completed)
        return Success;
    Output::error(report.error);
    return report.failure == Central::Failure::Unreachable ? No : BadUsage;
}

} // namespace Sportello::Cli
