#pragma once

#include "models/access/role.h"
#include "models/access/session.h"

#include <optional>

namespace Sportello::Cli {

struct Invocation;

// Who a headless command writes as. With --as USERNAME, that active staff member of the
// desk, whose role must allow the command. Without it, on a desk that syncs with the region
// the command refuses (every change there is sent under its author's own login); on a desk
// that works on its own, the system user who ran it, in `role`. Prints the reason and
// returns nothing when the command must stop (exit 2).
std::optional<Session> commandAuthor(const Invocation &invocation, Permission permission,
                                     Role role, const QString &municipality);

} // namespace Sportello::Cli
