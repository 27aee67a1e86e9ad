#include "models/nursery/application.h"

#include "models/common/enumids.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Sportello::Nursery {

namespace {

constexpr EnumIds<ConditionStatus, 3> kConditionStatus({{
    {ConditionStatus::Declared, u"declared"},
    {ConditionStatus::Validated, u"validated"},
    {ConditionStatus::Rejected, u"rejected"},
}});

constexpr EnumIds<OfferStatus, 4> kOfferStatus({{
    {OfferStatus::Offered, u"offered"},
    {OfferStatus::Accepted, u"accepted"},
    {OfferStatus::Refused, u"refused"},
    {OfferStatus::Revoked, u"revoked"},
}});

} // namespace

QString Condition::text() const
{
    QString out = code;
    if (count != 1)
        out += u'*' + QString::number(count);
    if (!nursery.isEmpty())
        out += u'@' + nursery;
    return out;
}

QString Application::childName() const
{
    return QString(childSurname + u' ' + childGivenNames).trimmed();
}

QString conditionStatusId(ConditionStatus status)
{
    return kConditionStatus.id(status);
}

bool conditionStatusFromId(const QString &id, ConditionStatus *status)
{
    return kConditionStatus.fromId(id, status);
}

QString conditionStatusLabel(ConditionStatus status)
{
    switch (status) {
    case ConditionStatus::Declared:
        return QCoreApplication::translate("Sportello::Nursery", "Declared");
    case ConditionStatus::Validated:
        return QCoreApplication::translate("Sportello::Nursery", "Validated");
    case ConditionStatus::Rejected:
        return QCoreApplication::translate("Sportello::Nursery", "Rejected");
    }
    return QString();
}

QString offerStatusId(OfferStatus status)
{
    return kOfferStatus.id(status);
}

bool offerStatusFromId(const QString &id, OfferStatus *status)
{
    return kOfferStatus.fromId(id, status);
}

QString offerStatusLabel(OfferStatus status)
{
    switch (status) {
    case OfferStatus::Offered:
        return QCoreApplication::translate("Sportello::Nursery", "Offered, awaiting answer");
    case OfferStatus::Accepted:
        return QCoreApplication::translate("Sportello::Nursery", "Accepted");
    case OfferStatus::Refused:
        return QCoreApplication::translate("Sportello::Nursery", "Refused");
    case OfferStatus::Revoked:
        return QCoreApplication::translate("Sportello::Nursery", "Superseded");
    }
    return QString();
}

} // namespace Sportello::Nursery
