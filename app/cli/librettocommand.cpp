#include "app/cli/commandline.h"
#include "app/cli/commandparser.h"
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "models/competences/librettodocument.h"
#include "models/db/database.h"
#include "models/registry/citizenrepository.h"
#include "models/registry/fiscalcode.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Sportello::Cli {

namespace {

int exportLibretto(const Invocation &inv, const QStringList &arguments)
{
    CommandParser command(
        u"libretto export --citizen CF (--pdf FILE | --html FILE)"_s,
        QCoreApplication::translate("Sportello::Cli",
                                    "Writes a citizen's Libretto formativo with the sections of "
                                    "the national model, as a PDF to take away or as HTML."));
    const QCommandLineOption citizen(
        u"citizen"_s, QCoreApplication::translate("Sportello::Cli", "The citizen's fiscal code."),
        u"CF"_s);
    const QCommandLineOption pdf(
        u"pdf"_s, QCoreApplication::translate("Sportello::Cli", "A4 PDF file."), u"FILE"_s);
    const QCommandLineOption html(
        u"html"_s, QCoreApplication::translate("Sportello::Cli", "HTML file."), u"FILE"_s);
    command.parser().addOptions({citizen, pdf, html});
    if (const int exit = command.parse(arguments); exit >= 0)
        return exit;
    if (!command.parser().isSet(citizen)
        || command.parser().isSet(pdf) == command.parser().isSet(html)) {
        Output::error(QCoreApplication::translate(
            "Sportello::Cli", "Give --citizen and one of --pdf or --html. See --help."));
        return BadUsage;
    }
    QString error;
    if (!Db::open(inv.dbPath, &error)) {
        Output::error(error);
        return BadUsage;
    }
    const QString code = FiscalCode::normalized(command.parser().value(citizen));
    const QStringList ids = CitizenRepository(inv.dbPath).idsWithFiscalCode(code);
    if (ids.isEmpty()) {
        Output::error(
            QCoreApplication::translate("Sportello::Cli", "No citizen with the fiscal code %1.")
                .arg(code));
        return BadUsage;
    }
    const bool ok = command.parser().isSet(pdf)
        ? Competences::writeLibrettoPdf(inv.dbPath, ids.first(), command.parser().value(pdf),
                                        &error)
        : Output::writeFile(command.parser().value(html),
                            Competences::librettoHtml(inv.dbPath, ids.first()).toUtf8(), &error);
    if (!ok) {
        Output::error(error);
        return BadUsage;
    }
    return Success;
}

} // namespace

int runLibretto(const Invocation &inv, const QStringList &arguments)
{
    if (arguments.value(0) == u"export"_s)
        return exportLibretto(inv, arguments.mid(1));
    Output::error(
        QCoreApplication::translate("Sportello::Cli", "Unknown libretto command \"%1\": export.")
            .arg(arguments.value(0)));
    return BadUsage;
}

} // namespace Sportello::Cli
