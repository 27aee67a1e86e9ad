#include "models/access/role.h"

#include "models/common/enumids.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Sportello::Roles {

namespace {

constexpr EnumIds<Role, 4> kIds({{
    {Role::Clerk, u"clerk"},
    {Role::SocialWorker, u"social_worker"},
    {Role::Coordinator, u"coordinator"},
    {Role::Admin, u"admin"},
}});

} // namespace

QList<Role> all()
{
    return kIds.values();
}

QString id(Role role)
{
    return kIds.id(role);
}

bool fromId(const QString &text, Role *role)
{
    return kIds.fromId(text, role);
}

QString label(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QCoreApplication::translate("Sportello::Roles", "Desk clerk");
    case Role::SocialWorker:
        return QCoreApplication::translate("Sportello::Roles", "Social worker");
    case Role::Coordinator:
        return QCoreApplication::translate("Sportello::Roles", "Childcare coordinator");
    case Role::Admin:
        return QCoreApplication::translate("Sportello::Roles", "Administrator");
    }
    return QString();
}

bool allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ViewCitizens:
    case Permission::EditCitizens:
        return true;
    case Permission::DeleteCitizens:
        return role == Role::Clerk || role == Role::Admin;
    case Permission::ManageStaff:
    case Permission::ViewAudit:
        return role == Role::Admin;
    case Permission::ViewNursery:
        return true;
    case Permission::EditNurseryApplications:
        return role != Role::SocialWorker;
    case Permission::ManageNursery:
        return role == Role::Coordinator || role == Role::Admin;
    case Permission::RecordRequests:
        return role == Role::Clerk || role == Role::SocialWorker;
    case Permission::ManageCases:
        return role == Role::SocialWorker;
    case Permission::ViewCaseReports:
        return role == Role::SocialWorker || role == Role::Admin;
    }
    return false;
}

} // namespace Sportello::Roles
