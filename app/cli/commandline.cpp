#include "app/cli/commandline.h"

#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "models/db/database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Sportello::Cli {

Invocation parse(const QStringList &arguments)
{
    Invocation inv;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        const auto value = [&](const QString &name) -> QString {
            if (arg.startsWith(name + u'='))
                return arg.mid(name.size() + 1);
            if (i + 1 < arguments.size())
                return arguments.at(++i);
            inv.error
                = QCoreApplication::translate("Sportello::Cli", "%1 needs a value.").arg(name);
            return QString();
        };
        if (arg == u"--help"_s || arg == u"-h"_s) {
            inv.help = true;
        } else if (arg == u"--version"_s || arg == u"-v"_s) {
            inv.version = true;
        } else if (arg == u"--db"_s || arg.startsWith(u"--db="_s)) {
            inv.dbPath = value(u"--db"_s);
        } else if (arg == u"--as"_s || arg.startsWith(u"--as="_s)) {
            inv.author = value(u"--as"_s);
        } else if (arg == u"--lang"_s || arg.startsWith(u"--lang="_s)) {
            inv.language = value(u"--lang"_s);
            if (inv.error.isEmpty() && inv.language != u"it"_s && inv.language != u"en"_s)
                inv.error
                    = QCoreApplication::translate("Sportello::Cli", "--lang must be it or en.");
        } else if (arg.startsWith(u'-') && arg.size() > 1) {
            // Qt's own GUI options (-platform, -style ...) belong to QApplication.
            if (inv.command.isEmpty() && (arg == u"-platform"_s || arg == u"-style"_s))
                ++i;
            else if (inv.command.isEmpty())
                inv.error
                    = QCoreApplication::translate("Sportello::Cli", "Unknown option %1.").arg(arg);
        } else {
            inv.command = arguments.mid(i);
            break;
        }
        if (!inv.error.isEmpty())
            break;
    }
    if (inv.dbPath.isEmpty())
        inv.dbPath = Db::defaultPath();
    return inv;
}

QString usage()
{
    return QCoreApplication::translate(
               "Sportello::Cli",
               "Usage: sportello [--db PATH] [--lang it|en] [--as USERNAME] [COMMAND ...]\n"
               "Without a command, opens the desk application.\n\n"
               "Commands (each takes --help):\n"
               "  demo [--citizens N] [--seed S] [--force]   create a demo database\n"
               "  cf check [--json] CODE...                  validate fiscal codes\n"
               "  citizens search [--json] [--limit N] QUERY\n"
               "                                             search the citizen registry\n"
               "  central init --central CONNINFO            create or upgrade the regional "
               "database\n"
               "  central add-user --central CONNINFO --username U --role R --municipality M\n"
               "                   --password-env VAR        add a staff member's login\n"
               "  central deactivate-user --central CONNINFO --username U\n"
               "                                             deactivate a staff member\n"
               "  central figures --central CONNINFO [--municipality M] [--json]\n"
               "                                             the region's figures\n"
               "  central publish-reference --central CONNINFO\n"
               "                                             publish frameworks and courses\n"
               "  sync --central CONNINFO [--json]           one sync cycle with the region\n"
               "  nursery import-rules FILE.json             create a nursery round from its "
               "rules\n"
               "  nursery import-applications --round R FILE.csv\n"
               "                                             add applications to a round\n"
               "  nursery rank --round R [--json]            the ranking (graduatoria)\n"
               "  nursery allocate --round R [--json]        allocate seats, record offers\n"
               "  nursery respond --round R --protocol P (--accept|--refuse)\n"
               "                                             record a family's answer\n"
               "  nursery publish --round R --nursery N --age-group G (--csv F | --pdf F)\n"
               "                                             publish the anonymous list\n"
               "  casework catalogue [--json]                the catalogue of interventions\n"
               "  casework import-catalogue FILE.csv         load the catalogue\n"
               "  casework extract --key-file KEY --from D --to D --output FILE.csv\n"
               "                                             the statistical extract\n"
               "  competences import-esco DIR [--lang L]     import the ESCO classification\n"
               "  competences import-repertory (FILE.json | --sample)\n"
               "                                             import a regional repertory\n"
               "  competences search [--json] [--limit N] [--type T] QUERY\n"
               "                                             search occupations and skills\n"
               "  libretto export --citizen CF (--pdf F | --html F)\n"
               "                                             the citizen's Libretto formativo\n"
               "  courses import-catalogue (FILE.csv | --sample)\n"
               "                                             load the e-learning catalogue\n"
               "  courses list [--json]                      the e-learning catalogue\n"
               "  courses import-completions FILE.csv        the platform's completions\n\n"
               "Options:\n"
               "  --db PATH      the local database (default: %1, or $SPORTELLO_DB)\n"
               "  --lang it|en   the language of messages\n"
               "  --as USERNAME  the staff member whose changes a command makes (required\n"
               "                 on a desk that syncs with the region)\n"
               "  -h, --help     show this help\n"
               "  -v, --version  show the version\n\n"
               "Exit codes: 0 success, 1 the answer is no, 2 bad usage or bad input.")
        .arg(Db::defaultPath());
}

int run(const Invocation &inv)
{
    const QString name = inv.command.value(0);
    const QString sub = inv.command.value(1);
    const QStringList args = inv.command.mid(1);
    if (name == u"demo"_s)
        return runDemo(inv, args);
    if (name == u"cf"_s && sub == u"check"_s)
        return runCfCheck(inv, inv.command.mid(2));
    if (name == u"citizens"_s && sub == u"search"_s)
        return runCitizensSearch(inv, inv.command.mid(2));
    if (name == u"central"_s)
        return runCentral(inv, args);
    if (name == u"sync"_s)
        return runSync(inv, args);
    if (name == u"nursery"_s)
        return runNursery(inv, args);
    if (name == u"casework"_s)
        return runCasework(inv, args);
    if (name == u"competences"_s)
        return runCompetences(inv, args);
    if (name == u"libretto"_s)
        return runLibretto(inv, args);
    if (name == u"courses"_s)
        return runCourses(inv, args);
    Output::error(
        QCoreApplication::translate("Sportello::Cli", "Unknown command: %1. See sportello --help.")
            .arg(inv.command.join(u' ')));
    return BadUsage;
}

bool needsGraphics(const Invocation &inv)
{
    const QString command = inv.command.value(0) + u' ' + inv.command.value(1);
    return (command == u"nursery publish"_s || command == u"libretto export"_s)
        && std::any_of(inv.command.cbegin(), inv.command.cend(),
                       [](const QString &arg) { return arg.startsWith(u"--pdf"_s); });
}

} // namespace Sportello::Cli
