#pragma once

#include "models/sync/centralconnection.h"

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
    bool completed = false;
    Central::Failure failure = Central::Failure::None;
    QString error;
};

// One push + pull cycle between the local database and the regional one (DESIGN.md §3),
// generic over the tables listed in synced_table. Every step is one transaction on each
// side, so a cycle cut anywhere is simply run again:
// 1. handshake: schema versions, the account's municipality, never demo data;
// 2. push the outbox in batches, one sync.push() call each (idempotent by mutation id);
// 3. acknowledge in one local transaction: drop sent entries, take the new row versions,
//    record conflicts with both versions (and take the regional version of the row);
// 4. pull the change log by (txid, seq) below the snapshot xmin, page by page, each page and
//    the new position in one local transaction, leaving rows with unsent changes alone;
// then staff accounts, the region's reference data when it moved, and conflict
// resolutions. Runs on the calling thread, on the local
// database's connection for that thread and on the named, open central connection.
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
    bool pullStaff(SyncReport *report);
    bool pullReference(SyncReport *report);
    bool sendResolutions(SyncReport *report);
    bool fail(SyncReport *report, const QString &message);
    bool cancelled(SyncReport *report) const;

    QString m_localPath;
    QString m_central;
    int m_batchSize = 500;
    int m_pageSize = 5000;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace Sportello
