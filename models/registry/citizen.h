#pragma once

#include "models/common/textlimits.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Sportello {

struct Citizen
{
    QString id;
    QString municipality;
    QString fiscalCode;
    QString surname;
    QString givenNames;
    QChar sex; // 'M' or 'F'
    QDate birthDate;
    QString birthPlaceCode;
    QString address;
    QString phone;
    QString email;
    qint64 rowVersion = 0;
    QString updatedAt;
    QString updatedBy;
    bool deleted = false;

    bool operator==(const Citizen &other) const = default;
};

// One problem with one field of the form, in words for the person typing.
struct FieldIssue
{
    enum class Field {
        FiscalCode,
        Surname,
        GivenNames,
        Sex,
        BirthDate,
        BirthPlace,
        Address,
        Phone,
        Email
    };
    Field field;
    QString message;
};

namespace CitizenRules {

constexpr int kMaxNameLength = TextLimits::kName;
constexpr int kMaxAddressLength = TextLimits::kLine;
constexpr int kMaxPhoneLength = 20;
constexpr int kMaxEmailLength = 254;

// Errors that block saving (required fields, impossible values, an invalid fiscal code).
QList<FieldIssue> errors(const Citizen &citizen, const QDate &today = QDate::currentDate());
// Things a clerk should confirm: the fiscal code disagrees with the personal data.
QList<FieldIssue> warnings(const Citizen &citizen);

// Trims and normalises the free-text fields the way they are stored.
Citizen normalized(Citizen citizen);

} // namespace CitizenRules
} // namespace Sportello

Q_DECLARE_METATYPE(Sportello::Citizen)
