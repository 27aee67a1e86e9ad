#pragma once

#include "models/access/role.h"
#include "models/sync/centralconnection.h"
#include "models/sync/centralschema.h"
#include "models/sync/syncengine.h"

#include <QString>

// A fresh central database on the throwaway server pg_virtualenv provides (PGHOST, PGPORT,
// PGUSER, PGPASSWORD), initialised with the real schema; dropped with the object.
class CentralFixture final
{
public:
    CentralFixture();
    ~CentralFixture();
    Q_DISABLE_COPY_MOVE(CentralFixture)

    static bool serverAvailable();
    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }

    QString conninfo(const QString &user) const; // for a staff login
    Sportello::Central::Endpoint endpoint() const; // as a desk is configured for this database
    static QString password() { return QStringLiteral("segreta-2026"); }
    bool addUser(const QString &username, Sportello::Role role, const QString &municipality);
    bool addRegionUser(const QString &username, Sportello::CentralSchema::RegionRole role);

    // SQL as a staff login, as anyone could type it into psql: whether it ran, and the
    // first value it returned.
    bool execAs(const QString &user, const QString &sql, QString *error = nullptr) const;
    QVariant scalarAs(const QString &user, const QString &sql, QString *error = nullptr) const;

    // Superuser access to the central database for checks and faults.
    QString adminConnection() const { return m_admin; }
    QVariant scalar(const QString &sql) const;
    bool exec(const QString &sql) const;
    // Terminates every connection of a login to this database (a network fault).
    void killConnections(const QString &user) const;

    // One sync cycle of a desk database as `user`.
    Sportello::SyncReport
    sync(const QString &deskPath, const QString &user, int batchSize = 500, int pageSize = 5000,
         const std::function<void(const Sportello::SyncEngine::Progress &)> &progress = {}) const;

private:
    QString m_database;
    QString m_admin;
    QString m_error;
    bool m_valid = false;
};
