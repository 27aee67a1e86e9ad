#include "app/cli/commandline.h"
#include "app/cli/commandparser.h"
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "models/common/format.h"
#include "models/db/database.h"
#include "models/registry/citizensearch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace Sportello::Cli {

namespace { } // namespace

int runCitizensSearch(const Invocation &inv, const QStringList &arguments)
{
    CommandParser command(u"citizens search [--json] [--limit N] QUERY"_s,
                          QCoreApplication::translate(
                              "Sportello::Cli",
                              "Searches the citizen registry by fiscal code, surname prefix or "
                              "\"surname given name\", best match first."));
    const QCommandLineOption json = CommandParser::jsonOption();
    const QCommandLineOption limitOption(
        u"limit"_s,
        QCoreApplication::translate("Sportello::Cli", "At most N results (default 20)."), u"N"_s);
    command.parser().addOptions({json, limitOption});
    command.parser().addPositionalArgument(
        u"QUERY"_s, QCoreApplication::translate("Sportello::Cli", "What to look for."));
    if (const int exit = command.parse(arguments); exit >= 0)
        return exit;
    qint64 limit = 20;
    if (!command.intValue(limitOption, 1, 10000, &limit))
        return BadUsage;
    const QString text = command.parser().positionalArguments().join(u' ').simplified();
    if (text.isEmpty()) {
        Output::error(
            QCoreApplication::translate("Sportello::Cli", "Give something to search for."));
        return BadUsage;
    }
    QString error;
    if (!Db::open(inv.dbPath, &error)) {
        Output::error(error);
        return BadUsage;
    }

    const QList<CitizenBrief> rows
        = CitizenQuery::parse(text).first(Db::connection(inv.dbPath), int(limit));
    if (command.parser().isSet(json)) {
        QJsonArray array;
        for (const CitizenBrief &c : rows) {
            array.append(QJsonObject {{u"id"_s, c.id},
                                      {u"fiscal_code"_s, c.fiscalCode},
                                      {u"surname"_s, c.surname},
                                      {u"given_names"_s, c.givenNames},
                                      {u"birth_date"_s, c.birthDate.toString(Qt::ISODate)}});
        }
        Output::json(QJsonDocument(array));
    } else {
        for (const CitizenBrief &c : rows) {
            Output::line(u"%1  %2 %3  %4"_s.arg(c.fiscalCode, c.surname, c.givenNames,
                                                Format::date(c.birthDate)));
        }
    }
    return Success;
}

} // namespace Sportello::Cli
