#include "app/cli/commandauthor.h"
#include "app/cli/commandline.h"
#include "app/cli/commandparser.h"
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "models/competences/courses.h"
#include "models/db/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace Sportello::Competences;

namespace Sportello::Cli {

namespace {

int importCatalogue(const Invocation &inv, const QStringList &arguments)
{
    CommandParser command(
        u"courses import-catalogue (FILE.csv | --sample)"_s,
        QCoreApplication::translate(
            "Sportello::Cli",
            "Loads the catalogue of e-learning courses "
            "(code,title,hours,provider,mode,url,competences), or the sample one."));
    const QCommandLineOption sample(
        u"sample"_s,
        QCoreApplication::translate("Sportello::Cli", "The shipped sample catalogue."));
    command.parser().addOption(sample);
    const bool useSample = arguments.contains(u"--sample"_s);
    if (const int exit = command.parseAndOpen(arguments, useSample ? 0 : 1, inv.dbPath); exit >= 0)
        return exit;
    QByteArray csv;
    QString error;
    if (!Output::readFile(useSample ? sampleCoursesPath()
                                    : command.parser().positionalArguments().first(),
                          &csv, &error)) {
        Output::error(error);
        return BadUsage;
    }
    const int count = CourseCatalogue(inv.dbPath).importCsv(csv, &error);
    if (count < 0) {
        Output::error(error);
        return BadUsage;
    }
    Output::line(QCoreApplication::translate("Sportello::Cli", "%n course(s) in the catalogue.",
                                             nullptr, count));
    return Success;
}

int list(const Invocation &inv, const QStringList &arguments)
{
    CommandParser command(
        u"courses list [--json]"_s,
        QCoreApplication::translate("Sportello::Cli", "Lists the catalogue of courses."));
    const QCommandLineOption json = CommandParser::jsonOption();
    command.parser().addOption(json);
    if (const int exit = command.parseAndOpen(arguments, 0, inv.dbPath); exit >= 0)
        return exit;
    QJsonArray rows;
    for (const Course &c : CourseCatalogue(inv.dbPath).courses()) {
        if (command.parser().isSet(json))
            rows.append(
                QJsonObject {{u"code"_s, c.code},
                             {u"title"_s, c.title},
                             {u"hours"_s, c.hours},
                             {u"provider"_s, c.provider},
                             {u"url"_s, c.url},
                             {u"competences"_s, QJsonArray::fromStringList(c.competences)}});
        else
            Output::line(
                u"%1\t%2\t%3 h\t%4"_s.arg(c.code, c.title).arg(c.hours).arg(modeLabel(c.mode)));
    }
    if (command.parser().isSet(json))
        Output::json(QJsonDocument(rows));
    return Success;
}

int importCompletions(const Invocation &inv, const QStringList &arguments)
{
    CommandParser command(
        u"courses import-completions FILE.csv"_s,
        QCoreApplication::translate(
            "Sportello::Cli",
            "Records the completions exported by the e-learning platform "
            "(fiscal_code,course_code,completion_date,outcome) into the citizens' libretti, and "
            "reports the lines that match no citizen or course."));
    if (const int exit = command.parseAndOpen(arguments, 1, inv.dbPath); exit >= 0)
        return exit;
    QByteArray csv;
    QString error;
    if (!Output::readFile(command.parser().positionalArguments().first(), &csv, &error)) {
        Output::error(error);
        return BadUsage;
    }
    const auto author = commandAuthor(inv, Permission::EditCitizens, Role::Clerk, QString());
    if (!author)
        return BadUsage;
    CompletionReport report;
    if (!CourseCatalogue(inv.dbPath).importCompletions(*author, csv, &report, &error)) {
        Output::error(error);
        return BadUsage;
    }
    Output::line(QCoreApplication::translate(
                     "Sportello::Cli",
                     "%1 completion(s) recorded in the libretti, %2 not passed, %3 already known, "
                     "%4 line(s) not matched.")
                     .arg(report.recorded)
                     .arg(report.failed)
                     .arg(report.alreadyKnown)
                     .arg(report.unmatched.size()));
    for (const QString &line : std::as_const(report.unmatched))
        Output::line(line);
    return report.unmatched.isEmpty() ? Success : No;
}

} // namespace

int runCourses(const Invocation &inv, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"import-catalogue"_s)
        return importCatalogue(inv, arguments.mid(1));
    if (sub == u"list"_s)
        return list(inv, arguments.mid(1));
    if (sub == u"import-completions"_s)
        return importCompletions(inv, arguments.mid(1));
    Output::error(
        QCoreApplication::translate(
            "Sportello::Cli",
            "Unknown courses command \"%1\": import-catalogue, list or import-completions.")
            .arg(sub));
    return BadUsage;
}

} // namespace Sportello::Cli
