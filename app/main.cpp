// Sportello: the composition root. With a command it runs headless (no display needed);
// without one it opens the desk application.
#include "app/cli/commandline.h"
#include "app/cli/output.h"
#include "models/common/language.h"
#include "models/common/settings.h"
#include "widgets/shell/desk.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Sportello;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"sportello"_s);
    QCoreApplication::setApplicationName(u"sportello"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SPORTELLO_VERSION));
}

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

int runHeadless(int argc, char *argv[], const QStringList &arguments)
{
    std::unique_ptr<QCoreApplication> app;
    if (Cli::needsGraphics(Cli::parse(arguments))) {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // draws into files, never on a screen
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    Language::install(Cli::parse(arguments).language);
    const Cli::Invocation inv = Cli::parse(arguments); // again, for translated messages
    if (!inv.error.isEmpty()) {
        Cli::Output::error(inv.error);
        return Cli::BadUsage;
    }
    if (inv.version) {
        Cli::Output::line(u"sportello "_s + QCoreApplication::applicationVersion());
        return Cli::Success;
    }
    if (inv.command.isEmpty()) {
        Cli::Output::line(Cli::usage());
        return Cli::Success;
    }
    return Cli::run(inv);
}

} // namespace

int main(int argc, char *argv[])
{
    setIdentity();
    const QStringList arguments = argumentsOf(argc, argv);
    const Cli::Invocation inv = Cli::parse(arguments);
    if (!inv.command.isEmpty() || inv.help || inv.version || !inv.error.isEmpty())
        return runHeadless(argc, argv, arguments);

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"Sportello"_s);
    QGuiApplication::setDesktopFileName(u"it.comune.sportello"_s); // installer/*.desktop
    const QString language = inv.language.isEmpty() ? Settings().language() : inv.language;
    Language::install(language);
    return Desk::run(inv.dbPath);
}
