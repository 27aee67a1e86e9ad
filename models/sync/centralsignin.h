#pragma once

#include "models/access/session.h"
#include "models/sync/centralconnection.h"

#include <optional>

namespace Sportello {

// "One identity": with a regional database configured, a person signs in with their own
// PostgreSQL login. The region decides (its password, its staff table); when it cannot be
// reached, the desk falls back to the Argon2id hash kept from the last regional sign-in.
struct CentralSignIn
{
    enum class Outcome {
        Online, // the region accepted the password
        Offline, // the region is unreachable; the local hash accepted it
        Refused, // wrong username or password (as the region, or the desk, says)
        NotEnabled, // the login works but has no active Sportello account
        Failed,
    };

    Outcome outcome = Outcome::Failed;
    std::optional<Session> session;
    QString message; // for the person, translated

    // Blocking (network): call it off the GUI thread. Offline, the desk's copy is accepted
    // only within offlineDays of the last time the desk reached the region with this login;
    // a password the region refuses stops working on the desk too.
    static CentralSignIn run(const QString &dbPath, const Central::Endpoint &endpoint,
                             const QString &username, const QString &password, int offlineDays);
};

} // namespace Sportello
