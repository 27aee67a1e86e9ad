#include "app/cli/commandparser.h"

#include "app/cli/commandline.h"
#include "app/cli/output.h"
#include "models/db/database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Sportello::Cli {

CommandParser::CommandParser(const QString &synopsis, const QString &description)
    : m_synopsis(synopsis)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

int CommandParser::parse(const QStringList &arguments)
{
    if (!m_parser.parse(QStringList {u"sportello"_s} + arguments)) {
        Output::error(m_parser.errorText());
        return BadUsage;
    }
    if (m_parser.isSet(u"help"_s)) {
        QString help = m_parser.helpText();
        const qsizetype firstLineEnd = help.indexOf(u'\n');
        Output::line(u"Usage: sportello "_s + m_synopsis + help.mid(firstLineEnd));
        return Success;
    }
    return -1;
}

int CommandParser::parseAndOpen(const QStringList &arguments, qsizetype positional,
                                const QString &dbPath)
{
    if (const int exit = parse(arguments); exit >= 0)
        return exit;
    if (m_parser.positionalArguments().size() != positional) {
        Output::error(QCoreApplication::translate("Sportello::Cli",
                                                  "Wrong number of arguments. See --help."));
        return BadUsage;
    }
    QString error;
    if (!Db::open(dbPath, &error)) {
        Output::error(error);
        return BadUsage;
    }
    return -1;
}

bool CommandParser::intValue(const QCommandLineOption &option, qint64 min, qint64 max,
                             qint64 *value)
{
    if (!m_parser.isSet(option))
        return true;
    bool ok = false;
    const qint64 parsed = m_parser.value(option).toLongLong(&ok);
    if (!ok || parsed < min || parsed > max) {
        Output::error(QCoreApplication::translate("Sportello::Cli",
                                                  "--%1 must be a whole number from %2 to %3.")
                          .arg(option.names().constFirst())
                          .arg(min)
                          .arg(max));
        return false;
    }
    *value = parsed;
    return true;
}

QCommandLineOption CommandParser::jsonOption()
{
    return QCommandLineOption(
        u"json"_s, QCoreApplication::translate("Sportello::Cli", "Print the result as JSON."));
}

} // namespace Sportello::Cli
