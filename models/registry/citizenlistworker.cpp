#include "models/registry/citizenlistworker.h"

#include "models/db/database.h"

#include <QSqlDatabase>

namespace Sportello {

CitizenListWorker::CitizenListWorker(const QString &dbPath,
                                     const std::atomic<int> &latestGeneration)
    : m_path(dbPath)
    , m_latest(latestGeneration)
{ }

void CitizenListWorker::count(int generation, const CitizenQuery &query)
{
    if (generation != m_latest.load())
        return;
    const QSqlDatabase db = Db::connection(m_path);
    QList<qint64> counts;
    for (int tier = 0; tier < query.tiers().size(); ++tier)
        counts << query.count(db, tier);
    emit counted(generation, counts);
}

void CitizenListWorker::load(int generation, const CitizenQuery &query,
                             const QList<qint64> &tierCounts, int page, int pageSize)
{
    if (generation != m_latest.load())
        return;
    const QSqlDatabase db = Db::connection(m_path);
    // The page's global rows, walked across the tiers they fall in.
    qint64 start = qint64(page) * pageSize;
    int wanted = pageSize;
    QList<CitizenBrief> rows;
    for (int tier = 0; tier < tierCounts.size() && wanted > 0; ++tier) {
        const qint64 inTier = tierCounts.at(tier);
        if (start >= inTier) {
            start -= inTier;
            continue;
        }
        const QList<CitizenBrief> part = query.page(db, tier, start, wanted);
        rows << part;
        wanted -= int(part.size());
        start = 0;
    }
    emit loaded(generation, page, rows);
}

void CitizenListWorker::closeConnection()
{
    Db::closeConnection(m_path);
}

} // namespace Sportello
