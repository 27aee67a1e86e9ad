#pragma once

#include <QCommandLineParser>

namespace Sportello::Cli {

// QCommandLineParser with the contract's exit codes: --help prints and ends with 0,
// a parse error prints one line and ends with 2 (QCommandLineParser::process would use 1).
class CommandParser final
{
public:
    CommandParser(const QString &synopsis, const QString &description);

    QCommandLineParser &parser() { return m_parser; }

    // Returns -1 to go on, or the exit code to return now.
    int parse(const QStringList &arguments);
    // The same, then exactly `positional` arguments and the local database opened (for the
    // commands that work on it).
    int parseAndOpen(const QStringList &arguments, qsizetype positional, const QString &dbPath);

    // --json, the option of every command that can print JSON.
    static QCommandLineOption jsonOption();

    // An integer option within [min, max]; on failure prints the reason and returns false.
    bool intValue(const QCommandLineOption &option, qint64 min, qint64 max, qint64 *value);

private:
    QCommandLineParser m_parser;
    QString m_synopsis;
};

} // namespace Sportello::Cli
