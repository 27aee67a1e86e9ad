#include "app/cli/commandauthor.h"
#include "app/cli/commandline.h"
#include "app/cli/commandparser.h"
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "models/access/session.h"
#include "models/db/database.h"
#include "models/nursery/applicationcsv.h"
#include "models/nursery/nurseryrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace Sportello::Nursery;

namespace Sportello::Cli {

namespace {

// The parts every subcommand shares: its options, the database, the round.
class NurseryCommand
{
public:
    NurseryCommand(const Invocation &inv, const QString &synopsis, const QString &description)
        : m_inv(inv)
        , m_command(u"nursery "_s + synopsis, description)
        , m_round(
              u"round"_s,
              QCoreApplication::translate("Sportello::Cli", "The round's code, as in its rules."),
              u"R"_s)
    { }

    QCommandLineParser &parser() { return m_command.parser(); }
    void needRound() { parser().addOption(m_round); }

    // -1 to go on, else the exit code. positional = how many arguments are expected.
    int parse(const QStringList &arguments, int positional)
    {
        if (const int exit = m_command.parse(arguments); exit >= 0)
            return exit;
        if (parser().positionalArguments().size() != positional) {
            Output::error(
                positional == 0
                    ? QCoreApplication::translate("Sportello::Cli", "Unexpected argument: %1")
                          .arg(parser().positionalArguments().value(0))
                    : QCoreApplication::translate("Sportello::Cli", "Give one file. See --help."));
            return BadUsage;
        }
        QString error;
        if (!Db::open(m_inv.dbPath, &error)) {
            Output::error(error);
            return BadUsage;
        }
        return -1;
    }

    NurseryRepository repository() const { return NurseryRepository(m_inv.dbPath); }

    // Who the command writes as (--as); prints the reason and returns nullopt if nobody may.
    std::optional<Session> author(const QString &municipality, Permission permission) const
    {
        return commandAuthor(m_inv, permission, Role::Coordinator, municipality);
    }

    // The round named by --round, loaded; prints the reason and returns nullopt if none.
    std::optional<RoundData> round()
    {
        const QString code = m_command.parser().value(m_round);
        if (code.isEmpty()) {
            Output::error(
                QCoreApplication::translate("Sportello::Cli", "Say which round with --round."));
            return std::nullopt;
        }
        const QString id = repository().roundIdByCode(code);
        auto data = id.isEmpty() ? std::nullopt : repository().load(id);
        if (!data)
            Output::error(
                QCoreApplication::translate(
                    "Sportello::Cli",
                    "There is no round %1: import its rules with sportello nursery import-rules.")
                    .arg(code));
        return data;
    }

private:
    const Invocation &m_inv;
    CommandParser m_command;
    QCommandLineOption m_round;
};

int importRules(const Invocation &inv, const QStringList &arguments)
{
    NurseryCommand command(inv, u"import-rules FILE.json"_s,
                           QCoreApplication::translate(
                               "Sportello::Cli",
                               "Creates a round from its rules (JSON), or replaces the rules of a "
                               "round that has not yet published its ranking."));
    command.parser().addPositionalArgument(
        u"FILE.json"_s, QCoreApplication::translate("Sportello::Cli", "The rules of the round."));
    if (const int exit = command.parse(arguments, 1); exit >= 0)
        return exit;
    const QString path = command.parser().positionalArguments().first();
    QString error;
    QByteArray json;
    if (!Output::readFile(path, &json, &error)) {
        Output::error(error);
        return BadUsage;
    }
    const auto rules = RuleSet::fromJson(json, &error);
    if (!rules) {
        Output::error(QCoreApplication::translate("Sportello::Cli", "%1: %2").arg(path, error));
        return BadUsage;
    }
    const auto author = command.author(rules->municipality, Permission::ManageNursery);
    if (!author)
        return BadUsage;
    QString roundId;
    if (!command.repository().importRules(*author, *rules, RoundState::Open, &roundId, &error)) {
        Output::error(QCoreApplication::translate("Sportello::Cli", "%1: %2").arg(path, error));
        return BadUsage;
    }
    int seats = 0;
    for (const NurseryPlace &n : rules->nurseries) {
        for (const int s : n.seats)
            seats += s;
    }
    Output::line(
        QCoreApplication::translate(
            "Sportello::Cli", "Round %1 (%2): %3 age groups, %4 criteria, %5 nurseries, %6 seats.")
            .arg(rules->round, rules->schoolYear)
            .arg(rules->ageGroups.size())
            .arg(rules->criteria.size())
            .arg(rules->nurseries.size())
            .arg(seats));
    return Success;
}

int importApplications(const Invocation &inv, const QStringList &arguments)
{
    NurseryCommand command(inv, u"import-applications --round R FILE.csv"_s,
                           QCoreApplication::translate(
                               "Sportello::Cli",
                               "Adds the applications of a CSV file to a round. The whole file is "
                               "checked first: one bad line and nothing is imported."));
    command.needRound();
    command.parser().addPositionalArgument(
        u"FILE.csv"_s, QCoreApplication::translate("Sportello::Cli", "The applications."));
    if (const int exit = command.parse(arguments, 1); exit >= 0)
        return exit;
    const auto data = command.round();
    if (!data)
        return BadUsage;
    const QString path = command.parser().positionalArguments().first();
    QString error;
    QByteArray csv;
    if (!Output::readFile(path, &csv, &error)) {
        Output::error(error);
        return BadUsage;
    }
    const RuleSet &rules = data->round.rules;
    const auto author = command.author(rules.municipality, Permission::EditNurseryApplications);
    if (!author)
        return BadUsage;
    auto applications
        = readApplicationsCsv(csv, rules, command.repository().protocols(data->round.id), &error);
    if (!applications
        || !command.repository().importApplications(*author, data->round.id, &*applications,
                                                    &error)) {
        Output::error(QCoreApplication::translate("Sportello::Cli", "%1: %2").arg(path, error));
        return BadUsage;
    }
    const auto late
        = std::count_if(applications->cbegin(), applications->cend(),
                        [&](const Application &a) { return rules.isLate(a.submittedAt); });
    const auto outside
        = std::count_if(applications->cbegin(), applications->cend(), [&](const Application &a) {
              return rules.ageGroupOf(a.childBirthDate) < 0;
          });
    Output::line(
        QCoreApplication::translate(
            "Sportello::Cli",
            "%1 applications imported into round %2 (%3 late, %4 outside every age group).")
            .arg(applications->size())
            .arg(rules.round)
            .arg(late)
            .arg(outside));
    return Success;
}

int rankRound(const Invocation &inv, const QStringList &arguments)
{
    NurseryCommand command(inv, u"rank --round R [--json]"_s,
                           QCoreApplication::translate(
                               "Sportello::Cli",
                               "Prints the ranking of a round: one row per preference, positions "
                               "counted within each age group."));
    command.needRound();
    const QCommandLineOption json = CommandParser::jsonOption();
    command.parser().addOption(json);
    if (const int exit = command.parse(arguments, 0); exit >= 0)
        return exit;
    const auto data = command.round();
    if (!data)
        return BadUsage;
    const RuleSet &rules = data->round.rules;
    const Ranking ranking = rank(rules, data->applications);
    if (command.parser().isSet(json)) {
        QJsonArray rows;
        for (const RankRow &row : ranking.rows) {
            rows.append(QJsonObject {
                {u"position"_s, row.position},
                {u"age_group"_s, rules.ageGroups.at(row.ageGroup).code},
                {u"protocol"_s, data->applications.at(row.application).protocol},
                {u"nursery"_s, rules.nurseries.at(row.nursery).code},
                {u"preference"_s, row.preference + 1},
                {u"score"_s, double(row.score) / 100.0},
                {u"late"_s, row.late},
            });
        }
        Output::json(QJsonDocument(QJsonObject {{u"round"_s, rules.round}, {u"rows"_s, rows}}));
        return Success;
    }
    for (qsizetype g = 0; g < rules.ageGroups.size(); ++g) {
        Output::line(u"%1 (%2)"_s.arg(rules.ageGroups.at(g).label, rules.ageGroups.at(g).code));
        for (qsizetype i = ranking.groupStart.at(g); i < ranking.groupStart.at(g + 1); ++i) {
            const RankRow &row = ranking.rows.at(i);
            Output::line(
                u"%1  %2  %3  %4  %5%6"_s.arg(row.position, 5)
                    .arg(data->applications.at(row.application).protocol, -14)
                    .arg(rules.nurseries.at(row.nursery).code, -6)
                    .arg(row.preference + 1)
                    .arg(pointsText(row.score), 10)
                    .arg(row.late ? u"  "_s + QCoreApplication::translate("Sportello::Cli", "late")
                                  : QString()));
        }
    }
    for (qsizetype a = 0; a < data->applications.size(); ++a) {
        if (!ranking.exclusion.at(a).isEmpty())
            Output::line(QCoreApplication::translate("Sportello::Cli", "Not ranked: %1: %2")
                             .arg(data->applications.at(a).protocol, ranking.exclusion.at(a)));
    }
    return Success;
}

int allocateSeats(const Invocation &inv, const QStringList &arguments)
{
    NurseryCommand command(inv, u"allocate --round R [--json]"_s,
                           QCoreApplication::translate(
                               "Sportello::Cli",
                               "Allocates the seats in ranking order and records the offers: "
                               "accepted places and first-choice offers stand, other unanswered "
                               "offers are recomputed (scorrimento)."));
    command.needRound();
    const QCommandLineOption json = CommandParser::jsonOption();
    command.parser().addOption(json);
    if (const int exit = command.parse(arguments, 0); exit >= 0)
        return exit;
    auto data = command.round();
    if (!data)
        return BadUsage;
    const RuleSet &rules = data->round.rules;
    QString error;
    const auto author = command.author(rules.municipality, Permission::ManageNursery);
    if (!author)
        return BadUsage;
    const RoundResult result = evaluate(*data);
    if (!command.repository().recordAllocation(*author, *data, result, &error)) {
        Output::error(error);
        return BadUsage;
    }
    const auto protocol = [&](int a) {
        return data->applications.at(a).protocol;
    };
    if (command.parser().isSet(json)) {
        QJsonArray admitted;
        for (const Admission &a : result.allocation.admitted) {
            admitted.append(QJsonObject {
                {u"protocol"_s, protocol(a.application)},
                {u"nursery"_s, rules.nurseries.at(a.nursery).code},
                {u"preference"_s, a.preference + 1},
                {u"status"_s, a.hold == Hold::Accepted ? u"accepted"_s : u"offered"_s},
            });
        }
        QJsonArray waiting;
        for (const WaitingEntry &w : result.allocation.waiting) {
            waiting.append(QJsonObject {{u"protocol"_s, protocol(w.application)},
                                        {u"age_group"_s, rules.ageGroups.at(w.ageGroup).code},
                                        {u"position"_s, w.position}});
        }
        Output::json(
            QJsonDocument(QJsonObject {{u"admitted"_s, admitted}, {u"waiting"_s, waiting}}));
        return Success;
    }
    for (const Admission &a : result.allocation.admitted) {
        Output::line(u"%1  %2  %3  %4"_s.arg(protocol(a.application), -14)
                         .arg(rules.nurseries.at(a.nursery).code, -6)
                         .arg(a.preference + 1)
                         .arg(a.hold == Hold::Accepted
                                  ? QCoreApplication::translate("Sportello::Cli", "accepted")
                                  : QCoreApplication::translate("Sportello::Cli", "offered")));
    }
    Output::line(QCoreApplication::translate("Sportello::Cli", "%1 admitted, %2 waiting.")
                     .arg(result.allocation.admitted.size())
                     .arg(result.allocation.waiting.size()));
    return Success;
}

int respond(const Invocation &inv, const QStringList &arguments)
{
    NurseryCommand command(
        inv, u"respond --round R --protocol P (--accept|--refuse)"_s,
        QCoreApplication::translate("Sportello::Cli",
                                    "Records the family's answer to the seat offered to an "
                                    "application."));
    command.needRound();
    const QCommandLineOption protocolOption(
        u"protocol"_s, QCoreApplication::translate("Sportello::Cli", "The application's protocol."),
        u"P"_s);
    const QCommandLineOption accept(
        u"accept"_s, QCoreApplication::translate("Sportello::Cli", "The family accepts the seat."));
    const QCommandLineOption refuse(
        u"refuse"_s, QCoreApplication::translate("Sportello::Cli", "The family refuses the seat."));
    command.parser().addOptions({protocolOption, accept, refuse});
    if (const int exit = command.parse(arguments, 0); exit >= 0)
        return exit;
    if (command.parser().isSet(accept) == command.parser().isSet(refuse)) {
        Output::error(
            QCoreApplication::translate("Sportello::Cli", "Give either --accept or --refuse."));
        return BadUsage;
    }
    const QString protocol = command.parser().value(protocolOption);
    if (protocol.isEmpty()) {
        Output::error(QCoreApplication::translate("Sportello::Cli",
                                                  "Say which application with --protocol."));
        return BadUsage;
    }
    const auto data = command.round();
    if (!data)
        return BadUsage;
    const RuleSet &rules = data->round.rules;
    QString error;
    const bool accepted = command.parser().isSet(accept);
    const auto author = command.author(rules.municipality, Permission::ManageNursery);
    if (!author)
        return BadUsage;
    if (!command.repository().recordAnswer(*author, *data, protocol, accepted, &error)) {
        Output::error(error);
        return BadUsage;
    }
    const auto after = command.repository().load(data->round.id);
    const int a = after->applicationIndex(protocol);
    const Standing standing = standingOf(rules.refusal, after->applications.at(a),
                                         after->offersOf(after->applications.at(a).id));
    if (accepted)
        Output::line(
            QCoreApplication::translate("Sportello::Cli", "%1: seat accepted.").arg(protocol));
    else if (standing.removed)
        Output::line(QCoreApplication::translate(
                         "Sportello::Cli", "%1: seat refused; the application leaves the ranking.")
                         .arg(protocol));
    else
        Output::line(QCoreApplication::translate(
                         "Sportello::Cli",
                         "%1: seat refused; the application stays in the ranking (%2 of %3 "
                         "refusals allowed).")
                         .arg(protocol)
                         .arg(standing.refused.size())
                         .arg(rules.refusal.maxRefusals));
    return Success;
}

int publish(const Invocation &inv, const QStringList &arguments)
{
    NurseryCommand command(
        inv, u"publish --round R --nursery N --age-group G (--csv F | --pdf F)"_s,
        QCoreApplication::translate(
            "Sportello::Cli",
            "Publishes the anonymous ranking of one nursery and age group: position, protocol "
            "and score (the final list adds the preferences). The ranking is recorded as an "
            "immutable snapshot."));
    command.needRound();
    const QCommandLineOption nurseryOption(
        u"nursery"_s, QCoreApplication::translate("Sportello::Cli", "The nursery's code."), u"N"_s);
    const QCommandLineOption groupOption(
        u"age-group"_s, QCoreApplication::translate("Sportello::Cli", "The age group's code."),
        u"G"_s);
    const QCommandLineOption csv(
        u"csv"_s, QCoreApplication::translate("Sportello::Cli", "Write CSV to F."), u"F"_s);
    const QCommandLineOption pdf(
        u"pdf"_s, QCoreApplication::translate("Sportello::Cli", "Write PDF to F."), u"F"_s);
    const QCommandLineOption listOption(
        u"list"_s,
        QCoreApplication::translate(
            "Sportello::Cli", "provisional or final (default: final from the final ranking on)."),
        u"L"_s);
    command.parser().addOptions({nurseryOption, groupOption, csv, pdf, listOption});
    if (const int exit = command.parse(arguments, 0); exit >= 0)
        return exit;
    if (command.parser().isSet(csv) == command.parser().isSet(pdf)) {
        Output::error(
            QCoreApplication::translate("Sportello::Cli", "Give either --csv F or --pdf F."));
        return BadUsage;
    }
    const auto data = command.round();
    if (!data)
        return BadUsage;
    const RuleSet &rules = data->round.rules;
    const QString nursery = command.parser().value(nurseryOption);
    const QString group = command.parser().value(groupOption);
    if (rules.nurseryIndex(nursery) < 0) {
        Output::error(
            QCoreApplication::translate("Sportello::Cli", "The round %1 has no nursery \"%2\".")
                .arg(rules.round, nursery));
        return BadUsage;
    }
    if (rules.ageGroupIndex(group) < 0) {
        Output::error(
            QCoreApplication::translate("Sportello::Cli", "The round %1 has no age group \"%2\".")
                .arg(rules.round, group));
        return BadUsage;
    }
    ListKind list = isFinal(data->round.state) ? ListKind::Final : ListKind::Provisional;
    if (command.parser().isSet(listOption)
        && !listKindFromId(command.parser().value(listOption), &list)) {
        Output::error(
            QCoreApplication::translate("Sportello::Cli", "--list is provisional or final."));
        return BadUsage;
    }
    const auto author = command.author(rules.municipality, Permission::ManageNursery);
    if (!author)
        return BadUsage;
    Snapshot snapshot = Snapshot::of(*data, rank(rules, data->applications), list);
    QString error;
    if (!command.repository().publish(*author, &snapshot, &error)) {
        Output::error(error);
        return BadUsage;
    }
    const PublishedList published = publishedList(snapshot, nursery, group);
    if (command.parser().isSet(csv)) {
        const QString path = command.parser().value(csv);
        if (!Output::writeFile(path, publicationCsv(published), &error)) {
            Output::error(error);
            return BadUsage;
        }
    } else if (!writePublicationPdf(published, command.parser().value(pdf), &error)) {
        Output::error(error);
        return BadUsage;
    }
    Output::line(QCoreApplication::translate("Sportello::Cli", "%1, %2, %3: %4 rows published.")
                     .arg(listKindLabel(list), published.nurseryName, published.ageGroupLabel)
                     .arg(published.rows.size()));
    return Success;
}

} // namespace

int runNursery(const Invocation &inv, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == u"import-rules"_s)
        return importRules(inv, rest);
    if (sub == u"import-applications"_s)
        return importApplications(inv, rest);
    if (sub == u"rank"_s)
        return rankRound(inv, rest);
    if (sub == u"allocate"_s)
        return allocateSeats(inv, rest);
    if (sub == u"respond"_s)
        return respond(inv, rest);
    if (sub == u"publish"_s)
        return publish(inv, rest);
    Output::error(
        QCoreApplication::translate("Sportello::Cli",
                                    "Unknown nursery command: %1. The commands are import-rules, "
                                    "import-applications, rank, allocate, respond and publish.")
            .arg(sub));
    return BadUsage;
}

} // namespace Sportello::Cli
