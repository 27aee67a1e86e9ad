#include "models/registry/citizen.h"

#include "models/common/format.h"
#include "models/registry/birthplaces.h"
#include "models/registry/fiscalcode.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sportello::CitizenRules {

namespace {

QString simplified(const QString &text)
{
    return text.simplified();
}

bool isNameCharacter(QChar c)
{
    return c.isLetter() || c.isMark() || c == u' ' || c == u'\'' || c == u'\u2019' || c == u'-'
        || c == u'.';
}

void checkName(const QString &value, FieldIssue::Field field, QList<FieldIssue> *issues)
{
    if (value.isEmpty()) {
        issues->append({field,
                        field == FieldIssue::Field::Surname
                            ? QCoreApplication::translate("Sportello::CitizenRules",
                                                          "The surname is required.")
                            : QCoreApplication::translate("Sportello::CitizenRules",
                                                          "The given names are required.")});
    } else if (value.size() > kMaxNameLength) {
        issues->append(
            {field,
             QCoreApplication::translate("Sportello::CitizenRules", "At most %1 characters.")
                 .arg(kMaxNameLength)});
    } else if (!std::all_of(value.cbegin(), value.cend(), isNameCharacter)) {
        issues->append(
            {field,
             QCoreApplication::translate("Sportello::CitizenRules",
                                         "Only letters, spaces, apostrophes, hyphens and dots.")});
    }
}

} // namespace

Citizen normalized(Citizen c)
{
    c.fiscalCode = FiscalCode::normalized(c.fiscalCode);
    c.surname = simplified(c.surname);
    c.givenNames = simplified(c.givenNames);
    c.birthPlaceCode = c.birthPlaceCode.trimmed().toUpper();
    c.address = simplified(c.address);
    c.phone = simplified(c.phone);
    c.email = c.email.trimmed();
    return c;
}

QList<FieldIssue> errors(const Citizen &c, const QDate &today)
{
    using Field = FieldIssue::Field;
    QList<FieldIssue> issues;
    const FiscalCode::Decoded decoded = FiscalCode::decode(c.fiscalCode, today);
    if (!decoded.valid())
        issues.append({Field::FiscalCode, FiscalCode::errorMessage(decoded.error)});
    checkName(c.surname, Field::Surname, &issues);
    checkName(c.givenNames, Field::GivenNames, &issues);
    if (c.sex != u'M' && c.sex != u'F')
        issues.append({Field::Sex,
                       QCoreApplication::translate("Sportello::CitizenRules", "Choose the sex.")});
    if (!c.birthDate.isValid())
        issues.append({Field::BirthDate,
                       QCoreApplication::translate("Sportello::CitizenRules",
                                                   "The date of birth is required.")});
    else if (c.birthDate > today)
        issues.append({Field::BirthDate,
                       QCoreApplication::translate("Sportello::CitizenRules",
                                                   "The date of birth is in the future.")});
    else if (c.birthDate.year() < 1880)
        issues.append({Field::BirthDate,
                       QCoreApplication::translate("Sportello::CitizenRules",
                                                   "The date of birth is too far in the past.")});
    if (c.birthPlaceCode.isEmpty())
        issues.append({Field::BirthPlace,
                       QCoreApplication::translate("Sportello::CitizenRules",
                                                   "The place of birth is required.")});
    else if (!BirthPlaces::instance().find(c.birthPlaceCode))
        issues.append({Field::BirthPlace,
                       QCoreApplication::translate("Sportello::CitizenRules",
                                                   "Unknown place of birth code.")});
    if (c.address.size() > kMaxAddressLength)
        issues.append(
            {Field::Address,
             QCoreApplication::translate("Sportello::CitizenRules", "At most %1 characters.")
                 .arg(kMaxAddressLength)});
    static const QRegularExpression phone(u"^\\+?[0-9 ./-]{5,20}$"_s);
    if (!c.phone.isEmpty() && !phone.match(c.phone).hasMatch())
        issues.append({Field::Phone,
                       QCoreApplication::translate("Sportello::CitizenRules",
                                                   "5-20 characters: digits, spaces or + - . /")});
    static const QRegularExpression email(u"^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$"_s);
    if (!c.email.isEmpty()
        && (c.email.size() > kMaxEmailLength || !email.match(c.email).hasMatch()))
        issues.append({Field::Email,
                       QCoreApplication::translate("Sportello::CitizenRules",
                                                   "The e-mail address is not valid.")});
    return issues;
}

QList<FieldIssue> warnings(const Citizen &c)
{
    using Field = FieldIssue::Field;
    QList<FieldIssue> issues;
    const FiscalCode::Decoded decoded = FiscalCode::decode(c.fiscalCode);
    if (!decoded.valid())
        return issues;
    const QString expected
        = FiscalCode::compute({c.surname, c.givenNames, c.sex, c.birthDate, c.birthPlaceCode});
    if (!expected.isEmpty() && expected.left(6) != decoded.code.left(6))
        issues.append({Field::FiscalCode,
                       QCoreApplication::translate(
                           "Sportello::CitizenRules",
                           "The letters of the fiscal code do not match the surname and given "
                           "names.")});
    if (decoded.sex != c.sex)
        issues.append(
            {Field::Sex,
             QCoreApplication::translate("Sportello::CitizenRules",
                                         "The fiscal code is of a person of the other sex.")});
    const QDate coded = decoded.birthDate; // the fiscal code holds only two year digits
    if (coded.day() != c.birthDate.day() || coded.month() != c.birthDate.month()
        || coded.year() % 100 != c.birthDate.year() % 100)
        issues.append({Field::BirthDate,
                       QCoreApplication::translate("Sportello::CitizenRules",
                                                   "The fiscal code gives the date of birth %1.")
                           .arg(Format::date(coded))});
    if (decoded.birthPlaceCode != c.birthPlaceCode)
        issues.append({Field::BirthPlace,
                       QCoreApplication::translate("Sportello::CitizenRules",
                                                   "The fiscal code gives the place of birth %1.")
                           .arg(decoded.birthPlaceName)});
    if (decoded.placeOutOfDate)
        issues.append({Field::BirthPlace,
                       QCoreApplication::translate(
                           "Sportello::CitizenRules",
                           "The place of birth code was not in force on the date of birth.")});
    return issues;
}

} // namespace Sportello::CitizenRules
