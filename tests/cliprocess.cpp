#include "cliprocess.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace Sportello::Test {

QString cliProgram()
{
    const QString program = qEnvironmentVariable("SPORTELLO_CLI");
    return QFile::exists(program) ? program : QString();
}

CliRun runCli(const QStringList &arguments, const QByteArray &language)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    env.insert(u"LANG"_s, QString::fromLatin1(language));
    env.insert(u"LC_ALL"_s, QString::fromLatin1(language));
    process.setProcessEnvironment(env);
    process.start(cliProgram(), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace Sportello::Test
