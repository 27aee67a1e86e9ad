#include "app/cli/commandauthor.h"
#include "app/cli/commandline.h"
#include "app/cli/commandparser.h"
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "models/access/session.h"
#include "models/casework/casefile.h"
#include "models/casework/casereports.h"
#include "models/casework/catalogue.h"
#include "models/common/format.h"
#include "models/db/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace Sportello::Casework;

namespace Sportello::Cli {

namespace {

int listCatalogue(const Invocation &inv, const QStringList &arguments)
{
    CommandParser command(u"casework catalogue [--json]"_s,
                          QCoreApplication::translate(
                              "Sportello::Cli", "Lists the catalogue of interventions in use."));
    const QCommandLineOption json = CommandParser::jsonOption();
    command.parser().addOption(json);
    if (const int exit = command.parseAndOpen(arguments, 0, inv.dbPath); exit >= 0)
        return exit;
    QJsonArray rows;
    for (const InterventionType &t : Catalogue::active(inv.dbPath)) {
        if (command.parser().isSet(json))
            rows.append(QJsonObject {{u"code"_s, t.code},
                                     {u"label"_s, t.label},
                                     {u"area"_s, needAreaId(t.area)},
                                     {u"has_amount"_s, t.hasAmount}});
        else
            Output::line(u"%1\t%2\t%3%4"_s.arg(t.code, t.label, needAreaLabel(t.area),
                                               t.hasAmount ? u"\t€"_s : QString()));
    }
    if (command.parser().isSet(json))
        Output::json(QJsonDocument(rows));
    return Success;
}

int importCatalogue(const Invocation &inv, const QStringList &arguments)
{
    CommandParser command(
        u"casework import-catalogue FILE.csv"_s,
        QCoreApplication::translate(
            "Sportello::Cli",
            "Loads the municipality's catalogue of interventions (code,label,area,has_amount). "
            "Types left out are retired, kept for the interventions that use them."));
    command.parser().addPositionalArgument(
        u"FILE.csv"_s, QCoreApplication::translate("Sportello::Cli", "The catalogue."));
    if (const int exit = command.parseAndOpen(arguments, 1, inv.dbPath); exit >= 0)
        return exit;
    QByteArray csv;
    QString error;
    if (!Output::readFile(command.parser().positionalArguments().first(), &csv, &error)) {
        Output::error(error);
        return BadUsage;
    }
    const int count = Catalogue::importCsv(inv.dbPath, csv, &error);
    if (count < 0) {
        Output::error(error);
        return BadUsage;
    }
    Output::line(QCoreApplication::translate(
        "Sportello::Cli", "%n intervention(s) in the catalogue.", nullptr, count));
    return Success;
}

int extract(const Invocation &inv, const QStringList &arguments)
{
    CommandParser command(
        u"casework extract --key-file KEY --from DATE --to DATE --output FILE.csv"_s,
        QCoreApplication::translate(
            "Sportello::Cli",
            "Writes the pseudonymised statistical extract of the cases open in the period: no "
            "names nor fiscal codes, persons told apart by a keyed hash, counts under 5 "
            "suppressed. The key file (at least 16 bytes) is kept apart from the database."));
    const QCommandLineOption key(
        u"key-file"_s, QCoreApplication::translate("Sportello::Cli", "The key."), u"KEY"_s);
    const QCommandLineOption from(
        u"from"_s, QCoreApplication::translate("Sportello::Cli", "First day (dd/mm/yyyy)."),
        u"DATE"_s);
    const QCommandLineOption to(
        u"to"_s, QCoreApplication::translate("Sportello::Cli", "Last day (dd/mm/yyyy)."),
        u"DATE"_s);
    const QCommandLineOption output(
        u"output"_s, QCoreApplication::translate("Sportello::Cli", "Where to write the CSV."),
        u"FILE.csv"_s);
    command.parser().addOptions({key, from, to, output});
    if (const int exit = command.parseAndOpen(arguments, 0, inv.dbPath); exit >= 0)
        return exit;
    for (const QCommandLineOption &option : {key, from, to, output}) {
        if (!command.parser().isSet(option)) {
            Output::error(QCoreApplication::translate("Sportello::Cli", "--%1 is needed.")
                              .arg(option.names().first()));
            return BadUsage;
        }
    }
    QString firstProblem;
    QString lastProblem;
    const QDate first = Format::parseDate(command.parser().value(from), &firstProblem);
    const QDate last = Format::parseDate(command.parser().value(to), &lastProblem);
    if (!first.isValid() || !last.isValid()) {
        // "31/02/2025 is not a date." as at the desk; how to write one when it is no date at all.
        const QString problem = !firstProblem.isEmpty() ? firstProblem : lastProblem;
        Output::error(problem.isEmpty() ? QCoreApplication::translate(
                          "Sportello::Cli", "The dates are written dd/mm/yyyy.")
                                        : problem);
        return BadUsage;
    }
    QByteArray secret;
    QString error;
    if (!Output::readFile(command.parser().value(key), &secret, &error)) {
        Output::error(error);
        return BadUsage;
    }
    const auto session = commandAuthor(inv, Permission::ViewCaseReports, Role::Admin, QString());
    if (!session)
        return BadUsage;
    QByteArray csv;
    if (!statisticalExtract(inv.dbPath, *session, secret, first, last, &csv, &error)
        || !Output::writeFile(command.parser().value(output), csv, &error)) {
        Output::error(error);
        return BadUsage;
    }
    Output::line(QCoreApplication::translate("Sportello::Cli", "Extract written to %1.")
                     .arg(command.parser().value(output)));
    return Success;
}

} // namespace

int runCasework(const Invocation &inv, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == u"catalogue"_s)
        return listCatalogue(inv, rest);
    if (sub == u"import-catalogue"_s)
        return importCatalogue(inv, rest);
    if (sub == u"extract"_s)
        return extract(inv, rest);
    Output::error(QCoreApplication::translate(
                      "Sportello::Cli",
                      "Unknown casework command \"%1\": catalogue, import-catalogue or extract.")
                      .arg(sub));
    return BadUsage;
}

} // namespace Sportello::Cli
