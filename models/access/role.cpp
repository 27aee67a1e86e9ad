#include "models/access/role.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Sportello::Roles {

QList<Role> all()
{
    return {Role::Clerk, Role::SocialWorker, Role::Coordinator, Role::Admin};
}

QString id(Role role)
{
    switch (role) {
    case Role::Clerk:
        return u"clerk"_s;
    case Role::SocialWorker:
        return u"social_worker"_s;
    case Role::Coordinator:
        return u"coordinator"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return QString();
}

bool fromId(const QString &text, Role *role)
{
    for (Role r : all()) {
        if (id(r) == text) {
            *role = r;
            return true;
        }
    }
    return false;
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
    }
    return false;
}

} // namespace Sportello::Roles
