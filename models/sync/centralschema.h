#pragma once

#include "models/access/role.h"

#include <QString>

class QSqlDatabase;

namespace Sportello::CentralSchema {

// The central schema this program speaks (the numbered files in :/sql/central).
int latestVersion();

// The schema version of a central database (0 = not initialised), or -1 on error.
int version(const QSqlDatabase &db, QString *error);

// Creates or upgrades the central schema, roles, grants and policies: each missing
// numbered file in one transaction. Idempotent. Refuses a newer database. Sets the
// statement, lock and idle-in-transaction timeouts on every staff login already there.
bool init(const QSqlDatabase &db, QString *error);

// Creates (or updates) the login role of a staff member with a SCRAM-SHA-256 verifier
// computed here, so the password itself never travels or reaches a log; grants the group
// role of `role` and maps the login to the municipality in sportello.staff.
bool addUser(const QSqlDatabase &db, const QString &username, const QString &displayName, Role role,
             const QString &municipality, const QString &password, QString *error);

// The region's own staff: its officers (the aggregate figures, no municipality's rows) and
// its administrators (who alone publish the reference data).
enum class RegionRole { Officer, Administrator };

// Creates (or updates) the login of a member of the region's staff, in sync.region_staff
// and member of that role's group only: no municipality, no desk account.
bool addRegionUser(const QSqlDatabase &db, const QString &username, const QString &password,
                   RegionRole role, QString *error);

// Deactivates a staff member (municipal or regional): their login keeps existing, but the
// region's rules give it nothing from now on. False if there is no such staff member.
bool deactivate(const QSqlDatabase &db, const QString &username, QString *error);

QString groupRole(Role role); // sportello_clerk, ...
QString groupRole(RegionRole role); // sportello_region, sportello_region_admin

} // namespace Sportello::CentralSchema
