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

QMap<QString, qint64> pendingByAuthor(const QString &dbPath)
{
    QSqlQuery query(u"SELECT coalesce(author, ''), count(*) FROM outbox "
                    "WHERE table_name <> 'audit_event' GROUP BY 1"_s,
                    Db::connection(dbPath));
    QMap<QString, qint64> waiting;
    while (query.next())
        waiting.insert(query.value(0).toString(), query.value(1).toLongLong());
    return waiting;
}

bool syncsWithRegion(const QString &dbPath)
{
    QSqlQuery query(u"SELECT EXISTS (SELECT 1 FROM sync_position) OR EXISTS (SELECT 1 FROM "
                    "staff_account WHERE region_contact_at IS NOT NULL)"_s,
                    Db::connection(dbPath));
    return query.next() && query.value(0).toBool();
}

QString deskId(const QString &dbPath)
{
    QSqlQuery query(u"SELECT value FROM app_meta WHERE key = 'desk_id'"_s, Db::connection(dbPath));
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace Sportello::LocalState
