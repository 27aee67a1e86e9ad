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
// numbered file in one transaction. Idempotent. Refuses a newer database.
bool init(const QSqlDatabase &db, QString *error);

// Creates (or updates) the login role of a staff member with a SCRAM-SHA-256 verifier
// computed here, so the password itself never travels or reaches a log; grants the group
// role of `role` and maps the login to the municipality in sportello.staff.
bool addUser(const QSqlDatabase &db, const QString &username, const QString &displayName, Role role,
             const QString &municipality, const QString &password, QString *error);

// Creates (or updates) the login of a regional officer, member of sportello_region only:
// the region's aggregate figures, no municipality's rows, no desk account.
bool addRegionUser(const QSqlDatabase &db, const QString &username, const QString &password,
                   QString *error);

QString groupRole(Role role); // sportello_clerk, ...
QString regionRole(); // sportello_region

} // namespace Sportello::CentralSchema
