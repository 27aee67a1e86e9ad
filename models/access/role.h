#pragma once

#include <QList>
#include <QString>

namespace Sportello {

enum class Role { Clerk, SocialWorker, Coordinator, Admin };

// What a person may do; the role decides which panels and actions are available.
enum class Permission {
    ViewCitizens,
    EditCitizens,
    DeleteCitizens,
    ManageStaff,
    ViewAudit,
    ViewNursery, // rounds, rankings, published lists
    EditNurseryApplications, // register applications and their declared conditions
    ManageNursery, // rules, condition review, allocation, answers, publication
    RecordRequests, // the desk's intake of social requests, appointments
    ManageCases, // take charge, assess, plan, intervene, write notes
    ViewCaseReports, // the service's figures and the pseudonymised statistical extract
};

namespace Roles {

QList<Role> all();
QString id(Role role); // stored form: clerk, social_worker, ...
bool fromId(const QString &id, Role *role);
QString label(Role role); // translated
bool allows(Role role, Permission permission);

} // namespace Roles
} // namespace Sportello
