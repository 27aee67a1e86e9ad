#include "models/casework/socialcase.h"

#include "models/common/enumids.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Sportello::Casework {

namespace {

constexpr EnumIds<Channel, 4> kChannels({{
    {Channel::Desk, u"desk"},
    {Channel::Phone, u"phone"},
    {Channel::Email, u"email"},
    {Channel::Referral, u"referral"},
}});

constexpr EnumIds<NeedArea, 8> kAreas({{
    {NeedArea::Income, u"income"},
    {NeedArea::Housing, u"housing"},
    {NeedArea::Work, u"work"},
    {NeedArea::Family, u"family"},
    {NeedArea::Disability, u"disability"},
    {NeedArea::Elderly, u"elderly"},
    {NeedArea::Health, u"health"},
    {NeedArea::Other, u"other"},
}});

constexpr EnumIds<CaseStatus, 6> kStatuses({{
    {CaseStatus::Intake, u"intake"},
    {CaseStatus::Assessment, u"assessment"},
    {CaseStatus::ActivePlan, u"active_plan"},
    {CaseStatus::Monitoring, u"monitoring"},
    {CaseStatus::Suspended, u"suspended"},
    {CaseStatus::Closed, u"closed"},
}});

} // namespace

QList<Channel> channels()
{
    return kChannels.values();
}

QString channelId(Channel channel)
{
    return kChannels.id(channel);
}

bool channelFromId(const QString &id, Channel *channel)
{
    return kChannels.fromId(id, channel);
}

QString channelLabel(Channel channel)
{
    switch (channel) {
    case Channel::Desk:
        return QCoreApplication::translate("Sportello::Casework", "At the desk");
    case Channel::Phone:
        return QCoreApplication::translate("Sportello::Casework", "By phone");
    case Channel::Email:
        return QCoreApplication::translate("Sportello::Casework", "By e-mail");
    case Channel::Referral:
        return QCoreApplication::translate("Sportello::Casework", "Referred by another service");
    }
    return QString();
}

QList<NeedArea> needAreas()
{
    return kAreas.values();
}

QString needAreaId(NeedArea area)
{
    return kAreas.id(area);
}

bool needAreaFromId(const QString &id, NeedArea *area)
{
    return kAreas.fromId(id, area);
}

QString needAreaLabel(NeedArea area)
{
    switch (area) {
    case NeedArea::Income:
        return QCoreApplication::translate("Sportello::Casework", "Income");
    case NeedArea::Housing:
        return QCoreApplication::translate("Sportello::Casework", "Housing");
    case NeedArea::Work:
        return QCoreApplication::translate("Sportello::Casework", "Work");
    case NeedArea::Family:
        return QCoreApplication::translate("Sportello::Casework", "Family and children");
    case NeedArea::Disability:
        return QCoreApplication::translate("Sportello::Casework", "Disability");
    case NeedArea::Elderly:
        return QCoreApplication::translate("Sportello::Casework", "Elderly");
    case NeedArea::Health:
        return QCoreApplication::translate("Sportello::Casework", "Health");
    case NeedArea::Other:
        return QCoreApplication::translate("Sportello::Casework", "Other");
    }
    return QString();
}

QList<CaseStatus> caseStatuses()
{
    return kStatuses.values();
}

QString caseStatusId(CaseStatus status)
{
    return kStatuses.id(status);
}

bool caseStatusFromId(const QString &id, CaseStatus *status)
{
    return kStatuses.fromId(id, status);
}

QString caseStatusLabel(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Intake:
        return QCoreApplication::translate("Sportello::Casework", "Intake");
    case CaseStatus::Assessment:
        return QCoreApplication::translate("Sportello::Casework", "Assessment");
    case CaseStatus::ActivePlan:
        return QCoreApplication::translate("Sportello::Casework", "Active plan");
    case CaseStatus::Monitoring:
        return QCoreApplication::translate("Sportello::Casework", "Monitoring");
    case CaseStatus::Suspended:
        return QCoreApplication::translate("Sportello::Casework", "Suspended");
    case CaseStatus::Closed:
        return QCoreApplication::translate("Sportello::Casework", "Closed");
    }
    return QString();
}

} // namespace Sportello::Casework
