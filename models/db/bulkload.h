#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace Sportello {

// A large load into the local database (demo data, a desk's first pull from the region):
// inside the caller's transaction, start() drops the secondary indexes and the derived
// triggers, finish() rebuilds them in one sorted, set-based pass each. Much faster than
// maintaining them row by row; nothing loaded meanwhile is captured for sync.
class BulkLoad final
{
public:
    bool start(const QSqlDatabase &db, QString *error);
    bool finish(const QSqlDatabase &db, QString *error);

private:
    QStringList m_createIndexes;
};

} // namespace Sportello
