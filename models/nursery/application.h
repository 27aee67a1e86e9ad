#pragma once

#include "models/common/textlimits.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sportello::Nursery {

// A declared condition is scored until staff reject it; validation is recorded for appeals.
enum class ConditionStatus { Declared, Validated, Rejected };

struct Condition
{
    QString id;
    QString code; // criterion code
    int count = 1;
    QString nursery; // the nursery a named_nursery criterion applies to
    ConditionStatus status = ConditionStatus::Declared;
    QString reviewedBy;
    QString reviewedAt;

    bool counts() const { return status != ConditionStatus::Rejected; }
    QString text() const; // as in the CSV: RES, FIG*2, SIB@A
};

// One family's application for one child in one round.
struct Application
{
    QString id;
    QString protocol;
    QDate childBirthDate;
    QDateTime submittedAt; // wall-clock, UTC spec (see parseDateTime)
    qint64 iseeCents = -1; // -1 = not presented
    QStringList preferences; // nursery codes, first choice first
    QList<Condition> conditions;
    bool withdrawn = false;

    // The people, linked to the citizen registry when known; never published.
    QString childCitizenId;
    QString applicantCitizenId;
    QString childFiscalCode;
    QString childSurname;
    QString childGivenNames;
    QString applicantFiscalCode;

    bool hasIsee() const { return iseeCents >= 0; }
    QString childName() const;
};

enum class OfferStatus { Offered, Accepted, Refused, Revoked };

// A seat offered to an application, and the family's answer.
struct Offer
{
    QString id;
    QString applicationId;
    QString nursery;
    int preference = 1; // 1 = first choice
    OfferStatus status = OfferStatus::Offered;
    QString offeredAt;
    QString answeredAt;
    QString answeredBy;
};

// How long the texts of an application may be: the dialog's fields and the model's checks
// (applicationProblem) use the same numbers.
namespace ApplicationLimits {
constexpr int kProtocol = TextLimits::kCode;
constexpr int kName = TextLimits::kName; // the child's surname and given names, as the registry's
} // namespace ApplicationLimits

// The protocol to propose for a new application of a round: the round's counter one past the
// highest used (2025-007 after 2025-006, 00012/2025 after 00011/2025), never one in `used`;
// "<year>-0001" for the first.
QString nextProtocol(const QStringList &used, int year);

QString conditionStatusId(ConditionStatus status);
bool conditionStatusFromId(const QString &id, ConditionStatus *status);
QString conditionStatusLabel(ConditionStatus status); // translated
QString offerStatusId(OfferStatus status);
bool offerStatusFromId(const QString &id, OfferStatus *status);
QString offerStatusLabel(OfferStatus status); // translated

} // namespace Sportello::Nursery
