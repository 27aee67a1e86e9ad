#include "app/cli/commandline.h"
#include "app/cli/commandparser.h"
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "models/common/format.h"
#include "models/registry/fiscalcode.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Sportello::Cli {

namespace {

QJsonObject toJson(const FiscalCode::Decoded &d)
{
    const bool decoded = d.birthDate.isValid();
    return {
        {u"code"_s, d.code},
        {u"valid"_s, d.valid()},
        {u"error"_s, d.valid() ? QJsonValue() : QJsonValue(FiscalCode::errorName(d.error))},
        {u"sex"_s, d.sex.isNull() ? QJsonValue() : QJsonValue(QString(d.sex))},
        {u"birth_date"_s, decoded ? QJsonValue(d.birthDate.toString(Qt::ISODate)) : QJsonValue()},
        {u"birth_place_code"_s, decoded ? QJsonValue(d.birthPlaceCode) : QJsonValue()},
        {u"birth_place_name"_s,
         d.birthPlaceName.isEmpty() ? QJsonValue() : QJsonValue(d.birthPlaceName)},
    };
}

QString toText(const FiscalCode::Decoded &d)
{
    if (!d.valid())
        return u"%1: %2 — %3"_s.arg(d.code,
                                    QCoreApplication::translate("Sportello::Cli", "invalid"),
                                    FiscalCode::errorMessage(d.error));
    return u"%1: %2 — %3, %4, %5 (%6)"_s.arg(
        d.code, QCoreApplication::translate("Sportello::Cli", "valid"),
        d.sex == u'F' ? QCoreApplication::translate("Sportello::Cli", "female")
                      : QCoreApplication::translate("Sportello::Cli", "male"),
        Format::date(d.birthDate), d.birthPlaceName, d.birthPlaceCode);
}

} // namespace

int runCfCheck(const Invocation &, const QStringList &arguments)
{
    CommandParser command(u"cf check [--json] CODE..."_s,
                          QCoreApplication::translate(
                              "Sportello::Cli",
                              "Validates and decodes fiscal codes (codice fiscale). Exit code 0 "
                              "if all are valid, 1 if any is invalid."));
    const QCommandLineOption json = CommandParser::jsonOption();
    command.parser().addOption(json);
    command.parser().addPositionalArgument(
        u"CODE"_s, QCoreApplication::translate("Sportello::Cli", "The fiscal codes to check."),
        u"CODE..."_s);
    if (const int exit = command.parse(arguments); exit >= 0)
        return exit;
    const QStringList codes = command.parser().positionalArguments();
    if (codes.isEmpty()) {
        Output::error(QCoreApplication::translate("Sportello::Cli",
                                                  "Give at least one fiscal code to check."));
        return BadUsage;
    }

    bool allValid = true;
    QJsonArray array;
    for (const QString &code : codes) {
        const FiscalCode::Decoded decoded = FiscalCode::decode(code);
        allValid = allValid && decoded.valid();
        if (command.parser().isSet(json))
            array.append(toJson(decoded));
        else
            Output::line(toText(decoded));
    }
    if (command.parser().isSet(json))
        Output::json(QJsonDocument(array));
    return allValid ? Success : No;
}

} // namespace Sportello::Cli
