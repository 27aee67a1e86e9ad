#pragma once

#include "models/sync/centralconnection.h"

#include <QMap>
#include <QString>

#include <atomic>
#include <functional>

namespace Sportello {

// What one sync cycle did.
struct SyncReport
{
    int pushed = 0; // local changes the regional database accepted
    int pulled = 0; // regional rows written into the local database
    int conflicts = 0; // changes kept aside for a person to resolve (this cycle)
    int referenceGroups = 0; // groups of the region's reference data taken (this cycle)
    qint64 pending = 0; // local changes still waiting to be sent
    QMap<QString, qint64> waiting; // of those, by author ("" = none known); each sends their own
    int setAside = 0; // rows of the region this desk could not apply, set aside (in all)
    bool completed = false;
    Central::Failure failure = Central::Failure::None;
    QString error;
};

// One push + pull cycle between the local database and the regional one (DESIGN.md §3),
// generic over the tables listed in synced_table, as the login of the named connection.
// Every step is one transaction on each side, so a cycle cut anywhere is simply run again:
// 1. handshake: schema versions, the login's staff account, never demo data;
// 2. push the login's own changes (OutboxPush); others' changes wait for their sign-in;
// 3. pull the change log from the login's own position (ChangeLogPull), and retry the rows
//    set aside;
// then staff accounts, the region's reference data when it moved, and conflict
// resolutions. Runs on the calling thread, on the local database's connection for that
// thread and on the named, open central connection.
class SyncEngine final
{
public:
    struct Progress
    {
        enum class Stage { Push, Pull } stage;
        qint64 done;
        qint64 total;
    };

    SyncEngine(const QString &localPath, const QString &centralConnection);

    void setBatchSize(int mutations) { m_batchSize = mutations; }
    void setPageSize(int changes) { m_pageSize = changes; }
    // Checked between batches and pages: a cycle asked to stop ends at the next step.
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    SyncReport run(const std::function<void(const Progress &)> &progress = {});

private:
    bool handshake(SyncReport *report);
    bool push(SyncReport *report, const std::function<void(const Progress &)> &progress);
    bool pull(SyncReport *report, const std::function<void(const Progress &)> &progress);
    void finish(SyncReport *report);
    bool pullStaff(SyncReport *report);
    bool pullReference(SyncReport *report);
    bool sendResolutions(SyncReport *report);
    bool fail(SyncReport *report, const QString &message);
    bool cancelled(SyncReport *report) const;

    QString m_localPath;
    QString m_central;
    QString m_login; // session_user
    QString m_role;
    QString m_municipality;
    QString m_deskId;
    int m_batchSize = 500;
    int m_pageSize = 5000;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace Sportello
