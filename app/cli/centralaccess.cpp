#include "app/cli/centralaccess.h"

#include "app/cli/commandline.h"
#include "app/cli/output.h"
#include "models/sync/credentialstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <termios.h>
#include <unistd.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Sportello::Cli {

namespace {

// A password typed on the controlling terminal without echo; empty without a terminal.
QString promptPassword(const QString &conninfo)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return QString();
    const QByteArray prompt
        = QCoreApplication::translate("Sportello::Cli", "Password for %1: ").arg(conninfo).toUtf8();
    std::fputs(prompt.constData(), tty);
    std::fflush(tty);
    termios saved {};
    const bool terminal = tcgetattr(fileno(tty), &saved) == 0;
    if (terminal) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(tty), TCSAFLUSH, &silent);
    }
    char line[512] = {};
    const bool read = std::fgets(line, sizeof line, tty) != nullptr;
    if (terminal)
        tcsetattr(fileno(tty), TCSAFLUSH, &saved);
    std::fputc('\n', tty);
    std::fclose(tty);
    return read ? QString::fromUtf8(line).chopped(1) : QString();
}

} // namespace

int openCentral(const QString &connection, const QString &conninfo)
{
    Central::Failure failure = Central::Failure::None;
    QString error;
    if (Central::open(connection, conninfo, QString(), &failure, &error))
        return -1;
    if (failure == Central::Failure::Refused && qEnvironmentVariableIsEmpty("PGPASSWORD")) {
        Central::close(connection);
        QString password = CredentialStore::password(conninfo);
        if (password.isEmpty())
            password = promptPassword(conninfo);
        if (!password.isEmpty() && Central::open(connection, conninfo, password, &failure, &error))
            return -1;
    }
    Central::close(connection);
    Output::error(error);
    return failure == Central::Failure::Unreachable ? No : BadUsage;
}

QCommandLineOption centralOption()
{
    return QCommandLineOption(
        u"central"_s, QCoreApplication::translate("Sportello::Cli", "libpq connection string."),
        u"CONNINFO"_s);
}

QString centralConninfo(const QCommandLineParser &parser)
{
    const QString conninfo = parser.value(u"central"_s);
    if (conninfo.isEmpty())
        Output::error(
            QCoreApplication::translate("Sportello::Cli", "--central CONNINFO is required."));
    return conninfo;
}

} // namespace Sportello::Cli
