#include "models/db/localstate.h"

#include "models/db/database.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello::LocalState {

bool isDemo(const QString &dbPath)
{
    QSqlQuery query(u"SELECT value FROM app_meta WHERE key = 'demo'"_s, Db::connection(dbPath));
    return query.next() && query.value(0).toString() == u"1"_s;
}

qint64 pendingChanges(const QString &dbPath)
{
    // Audit events travel too, but a person counts the records they changed.
    QSqlQuery query(u"SELECT count(*) FROM outbox WHERE table_name <> 'audit_event'"_s,
                    Db::connection(dbPath));
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace Sportello::LocalState
