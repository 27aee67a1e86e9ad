#include "app/cli/commandline.h"
#include "app/cli/commandparser.h"
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "models/demo/demodata.h"
#include "models/registry/demogenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace Sportello::Cli {

int runDemo(const Invocation &inv, const QStringList &arguments)
{
    CommandParser command(u"[--db PATH] demo [--citizens N] [--seed S] [--force]"_s,
                          QCoreApplication::translate(
                              "Sportello::Cli",
                              "Creates a demo database (clearly marked as demo) with valid fiscal "
                              "codes, households and ISEE declarations. The same seed gives the "
                              "same data."));
    const QCommandLineOption citizens(
        u"citizens"_s,
        QCoreApplication::translate("Sportello::Cli", "How many citizens (default 1000)."), u"N"_s);
    const QCommandLineOption seed(
        u"seed"_s,
        QCoreApplication::translate("Sportello::Cli", "Seed of the random data (default 1)."),
        u"S"_s);
    const QCommandLineOption force(
        u"force"_s, QCoreApplication::translate("Sportello::Cli", "Replace an existing database."));
    command.parser().addOptions({citizens, seed, force});
    if (const int exit = command.parse(arguments); exit >= 0)
        return exit;
    if (!command.parser().positionalArguments().isEmpty()) {
        Output::error(QCoreApplication::translate("Sportello::Cli", "Unexpected argument: %1")
                          .arg(command.parser().positionalArguments().first()));
        return BadUsage;
    }
    DemoGenerator::Options options;
    qint64 n = options.citizens;
    qint64 s = 1;
    if (!command.intValue(citizens, 0, 10'000'000, &n)
        || !command.intValue(seed, 0, std::numeric_limits<qint64>::max(), &s)) {
        return BadUsage;
    }
    options.citizens = int(n);
    options.seed = quint64(s);
    options.replace = command.parser().isSet(force);
    options.extras = [seed = options.seed](const QString &path, QString *e) {
        return DemoData::addTo(path, seed, e);
    };

    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!DemoGenerator::create(inv.dbPath, options, &error)) {
        Output::error(error);
        return BadUsage;
    }
    Output::line(QCoreApplication::translate(
                     "Sportello::Cli", "Demo database with %1 citizens written to %2 in %3 s.")
                     .arg(options.citizens)
                     .arg(inv.dbPath)
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return Success;
}

} // namespace Sportello::Cli
