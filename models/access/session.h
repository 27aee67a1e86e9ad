#pragma once

#include "models/access/role.h"

#include <QString>

namespace Sportello {

// Who is signed in at this desk, passed to every write so rows and audit events say who.
struct Session
{
    QString username;
    QString displayName;
    Role role = Role::Clerk;
    QString municipality; // ISTAT code, e.g. 102047

    bool can(Permission permission) const { return Roles::allows(role, permission); }
};

} // namespace Sportello
