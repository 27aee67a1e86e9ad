#pragma once

#include <QString>

class QSqlDatabase;

namespace Sportello::Central {

// Where the regional database is, as a desk is configured (no user, no password: the
// signed-in person's own login is used).
struct Endpoint
{
    QString host;
    int port = 5432;
    QString database = QStringLiteral("sportello");
    QString sslMode = QStringLiteral("verify-full"); // disable ... verify-full
    QString sslRootCert; // CA file for verify-ca/verify-full

    bool isConfigured() const { return !host.isEmpty(); }
    QString conninfo(const QString &user) const; // a libpq connection string
};

// Why the central database could not be used.
enum class Failure {
    None,
    Unreachable, // network, server down, timeout: nothing lost, retry later
    Refused, // wrong password, unknown user, no access: a person must act
    Incompatible, // schema versions differ, or the account is not enabled
    Insecure, // over the network without TLS: refused before any connection attempt
    Failed, // anything else
};

// The connection string libpq is given: over TCP (whatever the CONNINFO, PGHOST or
// PGHOSTADDR say) TLS is required (sslmode require, verify-ca or verify-full; verify-full when
// neither the CONNINFO nor PGSSLMODE names one) with channel_binding=require, so a password
// never reaches a server that is not the region; a Unix socket on the database host is
// allowed as it is. Empty, with the reason in *error, when it must be refused.
QString secured(const QString &conninfo, QString *error);

// Opens a QPSQL connection named `name` on the calling thread from a libpq connection
// string ("host=... port=... dbname=... user=... sslmode=..."), secured() first. The
// connection carries statement, lock and idle-in-transaction timeouts, so no step waits
// for ever. An empty password leaves libpq to its usual sources (PGPASSWORD, ~/.pgpass).
bool open(const QString &name, const QString &conninfo, const QString &password, Failure *failure,
          QString *error);
void close(const QString &name);

// The failure kind of a driver message (libpq's wording).
Failure classify(const QString &driverMessage);
// Whether the region said the password is wrong (not merely that access is refused).
bool isWrongPassword(const QString &driverMessage);

} // namespace Sportello::Central
