#include "app/cli/commandline.h"
#include "app/cli/commandparser.h"
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "models/competences/competenceindex.h"
#include "models/competences/escoimport.h"
#include "models/competences/repertoryimport.h"
#include "models/db/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace Sportello::Competences;

namespace Sportello::Cli {

namespace {

int importEscoFiles(const Invocation &inv, const QStringList &arguments)
{
    CommandParser command(
        u"competences import-esco DIR [--lang L]"_s,
        QCoreApplication::translate(
            "Sportello::Cli",
            "Imports the official ESCO CSV files (occupations, skills, ISCO groups, skill "
            "groups, hierarchy, occupation-skill relations) of one language from DIR. A new "
            "version updates the concepts in place."));
    const QCommandLineOption language(
        u"lang"_s,
        QCoreApplication::translate("Sportello::Cli",
                                    "The files' language, as in their names (it, en-us, ...)."),
        u"L"_s);
    command.parser().addOption(language);
    command.parser().addPositionalArgument(
        u"DIR"_s, QCoreApplication::translate("Sportello::Cli", "The folder of the ESCO files."));
    if (const int exit = command.parse(arguments); exit >= 0)
        return exit;
    if (command.parser().positionalArguments().size() != 1) {
        Output::error(
            QCoreApplication::translate("Sportello::Cli", "Give the folder of the ESCO files."));
        return BadUsage;
    }
    QString error;
    if (!Db::open(inv.dbPath, &error)) {
        Output::error(error);
        return BadUsage;
    }
    EscoImportReport report;
    if (!importEsco(inv.dbPath, command.parser().positionalArguments().first(),
                    command.parser().value(language), &report, &error)) {
        Output::error(error);
        return BadUsage;
    }
    Output::line(QCoreApplication::translate(
                     "Sportello::Cli",
                     "ESCO (%1): %2 occupations, %3 skills and knowledge, %4 ISCO groups, %5 "
                     "skill groups, %6 links; %7 concepts without a label in this language left "
                     "out.")
                     .arg(report.language)
                     .arg(report.occupations)
                     .arg(report.skills)
                     .arg(report.iscoGroups)
                     .arg(report.skillGroups)
                     .arg(report.links)
                     .arg(report.unlabelled));
    Output::line(escoAttribution());
    return Success;
}

int importRepertoryFile(const Invocation &inv, const QStringList &arguments)
{
    CommandParser command(
        u"competences import-repertory (FILE.json | --sample)"_s,
        QCoreApplication::translate(
            "Sportello::Cli",
            "Imports a regional repertory of professional figures and competence units (JSON, "
            "see the README), or with --sample the sample repertory shipped with Sportello."));
    const QCommandLineOption sample(
        u"sample"_s,
        QCoreApplication::translate("Sportello::Cli", "The shipped sample repertory."));
    command.parser().addOption(sample);
    command.parser().addPositionalArgument(
        u"FILE.json"_s, QCoreApplication::translate("Sportello::Cli", "The repertory."));
    if (const int exit = command.parse(arguments); exit >= 0)
        return exit;
    const QStringList files = command.parser().positionalArguments();
    if (files.size() != (command.parser().isSet(sample) ? 0 : 1)) {
        Output::error(
            QCoreApplication::translate("Sportello::Cli", "Give one repertory file, or --sample."));
        return BadUsage;
    }
    QByteArray json;
    QString error;
    if (!Output::readFile(files.isEmpty() ? sampleRepertoryPath() : files.first(), &json, &error)
        || !Db::open(inv.dbPath, &error)) {
        Output::error(error);
        return BadUsage;
    }
    RepertoryImportReport report;
    if (!importRepertory(inv.dbPath, json, &report, &error)) {
        Output::error(error);
        return BadUsage;
    }
    Output::line(QCoreApplication::translate("Sportello::Cli",
                                             "%1: %2 professional figures, %3 competence units, "
                                             "%4 links%5.")
                     .arg(report.framework)
                     .arg(report.figures)
                     .arg(report.units)
                     .arg(report.links)
                     .arg(report.sample ? QCoreApplication::translate("Sportello::Cli",
                                                                      " (a SAMPLE repertory)")
                                        : QString()));
    return Success;
}

int search(const Invocation &inv, const QStringList &arguments)
{
    CommandParser command(
        u"competences search [--json] [--limit N] [--type T] QUERY"_s,
        QCoreApplication::translate("Sportello::Cli",
                                    "Searches occupations, skills, knowledge, professional "
                                    "figures, competence units and groups, best match first."));
    const QCommandLineOption json = CommandParser::jsonOption();
    const QCommandLineOption limit(
        u"limit"_s, QCoreApplication::translate("Sportello::Cli", "At most N results (20)."),
        u"N"_s);
    const QCommandLineOption type(
        u"type"_s,
        QCoreApplication::translate("Sportello::Cli",
                                    "Only occupation, skill, knowledge, qualification, unit, "
                                    "isco_group or skill_group."),
        u"T"_s);
    command.parser().addOptions({json, limit, type});
    command.parser().addPositionalArgument(
        u"QUERY"_s, QCoreApplication::translate("Sportello::Cli", "Words to look for."));
    if (const int exit = command.parse(arguments); exit >= 0)
        return exit;
    qint64 n = 20;
    if (command.parser().isSet(limit) && !command.intValue(limit, 1, 1000, &n))
        return BadUsage;
    std::optional<ConceptType> only;
    if (command.parser().isSet(type)) {
        ConceptType t;
        if (!typeFromId(command.parser().value(type), &t)) {
            Output::error(QCoreApplication::translate("Sportello::Cli", "Unknown type \"%1\".")
                              .arg(command.parser().value(type)));
            return BadUsage;
        }
        only = t;
    }
    const QString query = command.parser().positionalArguments().join(u' ').trimmed();
    if (query.isEmpty()) {
        Output::error(QCoreApplication::translate("Sportello::Cli", "Give something to look for."));
        return BadUsage;
    }
    QString error;
    if (!Db::open(inv.dbPath, &error)) {
        Output::error(error);
        return BadUsage;
    }
    const auto index = CompetenceIndex::load(inv.dbPath);
    const QList<SearchHit> hits = index->search(query, int(n), only);
    if (command.parser().isSet(json)) {
        QJsonArray rows;
        for (const SearchHit &h : hits) {
            QJsonObject row {{u"id"_s, h.id},           {u"type"_s, typeId(h.type)},
                             {u"code"_s, h.code},       {u"label"_s, h.label},
                             {u"matched"_s, h.matched}, {u"score"_s, h.score}};
            if (!h.matchedText.isEmpty())
                row.insert(u"matched_text"_s, h.matchedText);
            rows.append(row);
        }
        Output::json(QJsonDocument(rows));
    } else {
        for (const SearchHit &h : hits)
            Output::line(u"%1\t%2\t%3%4"_s.arg(
                typeLabel(h.type), h.code, h.label,
                h.matchedText.isEmpty() ? QString() : u" (%1)"_s.arg(h.matchedText)));
    }
    return hits.isEmpty() ? No : Success;
}

} // namespace

int runCompetences(const Invocation &inv, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"import-esco"_s)
        return importEscoFiles(inv, arguments.mid(1));
    if (sub == u"import-repertory"_s)
        return importRepertoryFile(inv, arguments.mid(1));
    if (sub == u"search"_s)
        return search(inv, arguments.mid(1));
    Output::error(
        QCoreApplication::translate(
            "Sportello::Cli",
            "Unknown competences command \"%1\": import-esco, import-repertory or search.")
            .arg(sub));
    return BadUsage;
}

} // namespace Sportello::Cli
