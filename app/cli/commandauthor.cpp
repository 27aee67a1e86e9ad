#include "app/cli/commandauthor.h"

#include "app/cli/commandline.h"
#include "app/cli/output.h"
#include "models/access/staffrepository.h"
#include "models/common/settings.h"
#include "models/db/localstate.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Sportello::Cli {

std::optional<Session> commandAuthor(const Invocation &inv, Permission permission, Role role,
                                     const QString &municipality)
{
    if (!inv.author.isEmpty()) {
        const auto account = StaffRepository(inv.dbPath).find(inv.author);
        if (!account || !account->active) {
            Output::error(QCoreApplication::translate(
                              "Sportello::Cli", "%1 is not an active staff member of this desk.")
                              .arg(inv.author));
            return std::nullopt;
        }
        const Session session {account->username, account->displayName, account->role,
                               account->municipality};
        if (!session.can(permission)) {
            Output::error(QCoreApplication::translate("Sportello::Cli",
                                                      "%1 (%2) may not do this.")
                              .arg(account->username, Roles::label(account->role)));
            return std::nullopt;
        }
        return session;
    }
    if (LocalState::syncsWithRegion(inv.dbPath) || Settings().centralEndpoint().isConfigured()) {
        Output::error(QCoreApplication::translate(
            "Sportello::Cli",
            "This desk syncs with the regional database: say whose changes these are with "
            "--as USERNAME (a staff member of this desk)."));
        return std::nullopt;
    }
    const QString user = qEnvironmentVariable("USER", u"sportello"_s);
    return Session {u"cli:"_s + user, user, role, municipality};
}

} // namespace Sportello::Cli
