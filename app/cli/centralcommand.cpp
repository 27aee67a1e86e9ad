#include "app/cli/centralaccess.h"
#include "app/cli/commandline.h"
#include "app/cli/commandparser.h"
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "models/dashboard/regionalfigures.h"
#include "models/db/database.h"
#include "models/registry/municipalities.h"
#include "models/sync/centralschema.h"
#include "models/sync/referencedata.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace Sportello::Cli {

namespace {

const QString kConnection = u"sportello-central-cli"_s;

int init(const QStringList &arguments)
{
    CommandParser command(u"central init --central CONNINFO"_s,
                          QCoreApplication::translate(
                              "Sportello::Cli",
                              "Creates or upgrades the regional database: schema, roles, grants "
                              "and row-level security. Safe to run again."));
    const QCommandLineOption central = centralOption();
    command.parser().addOption(central);
    if (const int exit = command.parse(arguments); exit >= 0)
        return exit;
    const QString conninfo = centralConninfo(command.parser());
    if (conninfo.isEmpty())
        return BadUsage;
    if (const int exit = openCentral(kConnection, conninfo); exit >= 0)
        return exit;
    QString error;
    const bool ok = CentralSchema::init(QSqlDatabase::database(kConnection), &error);
    Central::close(kConnection);
    if (!ok) {
        Output::error(error);
        return BadUsage;
    }
    Output::line(
        QCoreApplication::translate("Sportello::Cli", "The regional database is at schema %1.")
            .arg(CentralSchema::latestVersion()));
    return Success;
}

int addUser(const QStringList &arguments)
{
    CommandParser command(u"central add-user --central CONNINFO --username U --role R "
                          "--municipality M --password-env VAR [--name NAME]"_s,
                          QCoreApplication::translate(
                              "Sportello::Cli",
                              "Creates a staff member's login role with a SCRAM password, grants "
                              "the role's group and maps the login to its municipality."));
    const QCommandLineOption central = centralOption();
    const QCommandLineOption username(
        u"username"_s, QCoreApplication::translate("Sportello::Cli", "Login name."), u"U"_s);
    const QCommandLineOption role(
        u"role"_s,
        QCoreApplication::translate("Sportello::Cli",
                                    "clerk, social_worker, coordinator, admin; or, without a "
                                    "municipality, region (the region's figures) or "
                                    "region_admin (publishes the reference data)."),
        u"R"_s);
    const QCommandLineOption municipality(
        u"municipality"_s,
        QCoreApplication::translate("Sportello::Cli", "ISTAT code, e.g. 102047."), u"M"_s);
    const QCommandLineOption passwordEnv(
        u"password-env"_s,
        QCoreApplication::translate("Sportello::Cli", "Environment variable holding the password."),
        u"VAR"_s);
    const QCommandLineOption name(
        u"name"_s,
        QCoreApplication::translate("Sportello::Cli", "Full name (default: the login name)."),
        u"NAME"_s);
    command.parser().addOptions({central, username, role, municipality, passwordEnv, name});
    if (const int exit = command.parse(arguments); exit >= 0)
        return exit;
    const QString roleName = command.parser().value(role);
    const bool regional = roleName == u"region"_s || roleName == u"region_admin"_s;
    const auto regionRole = roleName == u"region"_s ? CentralSchema::RegionRole::Officer
                                                    : CentralSchema::RegionRole::Administrator;
    QList<QCommandLineOption> requiredOptions {central, username, role, passwordEnv};
    if (!regional)
        requiredOptions << municipality;
    for (const QCommandLineOption &required : std::as_const(requiredOptions)) {
        if (!command.parser().isSet(required)) {
            Output::error(QCoreApplication::translate("Sportello::Cli", "--%1 is required.")
                              .arg(required.names().constFirst()));
            return BadUsage;
        }
    }
    Role staffRole = Role::Clerk;
    if (!regional && !Roles::fromId(command.parser().value(role), &staffRole)) {
        Output::error(QCoreApplication::translate(
            "Sportello::Cli",
            "--role must be clerk, social_worker, coordinator, admin, region or region_admin."));
        return BadUsage;
    }
    const QByteArray variable = command.parser().value(passwordEnv).toLocal8Bit();
    const QString password = qEnvironmentVariable(variable.constData());
    if (password.isEmpty()) {
        Output::error(QCoreApplication::translate("Sportello::Cli",
                                                  "The environment variable %1 holds no password.")
                          .arg(QString::fromLocal8Bit(variable)));
        return BadUsage;
    }
    const QString conninfo = command.parser().value(central);
    if (const int exit = openCentral(kConnection, conninfo); exit >= 0)
        return exit;
    QString error;
    const QString login = command.parser().value(username);
    const bool ok = [&] {
        const QSqlDatabase db = QSqlDatabase::database(kConnection);
        return regional
            ? CentralSchema::addRegionUser(db, login, password, regionRole, &error)
            : CentralSchema::addUser(db, login, command.parser().value(name), staffRole,
                                     command.parser().value(municipality), password, &error);
    }();
    Central::close(kConnection);
    if (!ok) {
        Output::error(error);
        return BadUsage;
    }
    if (regional) {
        Output::line(regionRole == CentralSchema::RegionRole::Officer
                         ? QCoreApplication::translate("Sportello::Cli",
                                                       "%1 can now read the region's figures.")
                               .arg(login)
                         : QCoreApplication::translate(
                               "Sportello::Cli", "%1 can now publish the region's reference data.")
                               .arg(login));
        return Success;
    }
    Output::line(QCoreApplication::translate("Sportello::Cli",
                                             "%1 can now sign in as %2 for municipality %3.")
                     .arg(login, Roles::label(staffRole), command.parser().value(municipality)));
    return Success;
}

int deactivateUser(const QStringList &arguments)
{
    CommandParser command(u"central deactivate-user --central CONNINFO --username U"_s,
                          QCoreApplication::translate(
                              "Sportello::Cli",
                              "Deactivates a staff member, of a municipality or of the region: "
                              "from now on the region's rules give their login nothing, and "
                              "their desk accounts stop at the next sync."));
    const QCommandLineOption central = centralOption();
    const QCommandLineOption username(
        u"username"_s, QCoreApplication::translate("Sportello::Cli", "Login name."), u"U"_s);
    command.parser().addOptions({central, username});
    if (const int exit = command.parse(arguments); exit >= 0)
        return exit;
    const QString conninfo = centralConninfo(command.parser());
    if (conninfo.isEmpty())
        return BadUsage;
    if (!command.parser().isSet(username)) {
        Output::error(QCoreApplication::translate("Sportello::Cli", "--%1 is required.")
                          .arg(u"username"_s));
        return BadUsage;
    }
    if (const int exit = openCentral(kConnection, conninfo); exit >= 0)
        return exit;
    QString error;
    const bool ok = CentralSchema::deactivate(QSqlDatabase::database(kConnection),
                                              command.parser().value(username), &error);
    Central::close(kConnection);
    if (!ok) {
        Output::error(error);
        return BadUsage;
    }
    Output::line(QCoreApplication::translate("Sportello::Cli", "%1 is deactivated.")
                     .arg(command.parser().value(username)));
    return Success;
}

int publishReference(const Invocation &inv, const QStringList &arguments)
{
    CommandParser command(
        u"central publish-reference --central CONNINFO"_s,
        QCoreApplication::translate(
            "Sportello::Cli",
            "Publishes this database's competence frameworks (ESCO, the regional repertories) "
            "and e-learning catalogue as the region's: every desk takes them at its next sync. "
            "For the region's administrators (role region_admin)."));
    const QCommandLineOption central = centralOption();
    command.parser().addOption(central);
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
    if (const int exit = openCentral(kConnection, conninfo); exit >= 0)
        return exit;
    const qint64 rows
        = ReferenceData::publish(QSqlDatabase::database(kConnection), inv.dbPath, &error);
    Central::close(kConnection);
    if (rows < 0) {
        Output::error(error);
        return BadUsage;
    }
    Output::line(
        QCoreApplication::translate("Sportello::Cli", "%1 rows of reference data published.")
            .arg(rows));
    return Success;
}

// Names are in the chosen language; the order of categories and sets is the contract.
QJsonObject figureJson(const Dashboard::Figure &figure)
{
    QJsonArray sets;
    for (qsizetype set = 0; set < figure.sets.size(); ++set) {
        QJsonArray values;
        for (const auto &value : figure.values.at(set))
            values.append(value ? QJsonValue(*value) : QJsonValue());
        sets.append(QJsonObject {{u"name"_s, figure.sets.at(set)}, {u"values"_s, values}});
    }
    return {{u"categories"_s, QJsonArray::fromStringList(figure.categories)}, {u"sets"_s, sets}};
}

int figures(const QStringList &arguments)
{
    CommandParser command(
        u"central figures --central CONNINFO [--municipality M] [--json]"_s,
        QCoreApplication::translate(
            "Sportello::Cli",
            "Prints the region's figures (cases, nursery demand and waiting lists, libretti and "
            "courses, sync health) for the whole region or one municipality, from the central "
            "database's aggregate views. Counts from 1 to 4 are suppressed. For the "
            "sportello_region role."));
    const QCommandLineOption central = centralOption();
    const QCommandLineOption municipality(
        u"municipality"_s,
        QCoreApplication::translate("Sportello::Cli", "ISTAT code; the whole region if absent."),
        u"M"_s);
    const QCommandLineOption json = CommandParser::jsonOption();
    command.parser().addOptions({central, municipality, json});
    if (const int exit = command.parse(arguments); exit >= 0)
        return exit;
    const QString conninfo = centralConninfo(command.parser());
    if (conninfo.isEmpty())
        return BadUsage;
    const QString code = command.parser().value(municipality);
    if (!code.isEmpty() && !Municipalities::isIstatCode(code)) {
        Output::error(QCoreApplication::translate("Sportello::Cli",
                                                  "--municipality is a six-digit ISTAT code."));
        return BadUsage;
    }
    if (const int exit = openCentral(kConnection, conninfo); exit >= 0)
        return exit;
    Dashboard::Figures figures;
    QString error;
    const bool ok = Dashboard::regionalFigures(QSqlDatabase::database(kConnection), code,
                                               QDate::currentDate(), &figures, &error);
    Central::close(kConnection);
    if (!ok) {
        Output::error(error);
        return BadUsage;
    }
    const QList<std::pair<QString, const Dashboard::Figure *>> named {
        {u"open_cases_by_status"_s, &figures.openCasesByStatus},
        {u"open_cases_by_area"_s, &figures.openCasesByArea},
        {u"cases_per_month"_s, &figures.casesPerMonth},
        {u"nursery_demand"_s, &figures.nurseryDemand.constFirst().second},
        {u"waiting_list"_s, &figures.waitingList},
        {u"learning_per_month"_s, &figures.learningPerMonth},
        {u"sync_health"_s, &figures.syncHealth}};
    if (command.parser().isSet(json)) {
        QJsonObject all;
        for (const auto &[key, figure] : named)
            all.insert(key, figureJson(*figure));
        Output::json(QJsonDocument(
            QJsonObject {{u"municipality"_s, code.isEmpty() ? QJsonValue() : QJsonValue(code)},
                         {u"figures"_s, all}}));
        return Success;
    }
    for (const auto &[key, figure] : named) {
        Output::line(key);
        for (qsizetype c = 0; c < figure->categories.size(); ++c) {
            QStringList cells;
            for (qsizetype set = 0; set < figure->sets.size(); ++set) {
                const auto &value = figure->values.at(set).at(c);
                cells << u"%1 %2"_s.arg(figure->sets.at(set),
                                        value ? QString::number(*value) : u"<5"_s);
            }
            Output::line(u"  %1: %2"_s.arg(figure->categories.at(c), cells.join(u", "_s)));
        }
    }
    return Success;
}

} // namespace

int runCentral(const Invocation &inv, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"init"_s)
        return init(arguments.mid(1));
    if (sub == u"publish-reference"_s)
        return publishReference(inv, arguments.mid(1));
    if (sub == u"add-user"_s)
        return addUser(arguments.mid(1));
    if (sub == u"deactivate-user"_s)
        return deactivateUser(arguments.mid(1));
    if (sub == u"figures"_s)
        return figures(arguments.mid(1));
    Output::error(QCoreApplication::translate(
                      "Sportello::Cli",
                      "Unknown command: central %1. Use central init, central add-user, central "
                      "deactivate-user, central figures or central publish-reference.")
                      .arg(sub));
    return BadUsage;
}

} // namespace Sportello::Cli
