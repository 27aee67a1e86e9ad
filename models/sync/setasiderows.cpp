#include "models/sync/setasiderows.h"

#include "models/db/database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello {

QString SetAsideRow::explanation() const
{
    if (reason == u"reference"_s)
        return QCoreApplication::translate(
            "Sportello::SetAsideRows",
            "It refers to a record this desk does not have (yet): it is tried again at every "
            "sync.");
    if (reason.contains(u"UNIQUE"_s))
        return QCoreApplication::translate(
            "Sportello::SetAsideRows",
            "It duplicates a record this desk already has: the two must be merged.");
    return QCoreApplication::translate(
        "Sportello::SetAsideRows",
        "The region holds a value this desk does not accept: the region must correct the "
        "record.");
}

namespace SetAsideRows {

QList<SetAsideRow> all(const QString &dbPath)
{
    QSqlQuery query(u"SELECT table_name, row_id, login, reason, recorded_at, detail "
                    "FROM sync_setaside ORDER BY recorded_at"_s,
                    Db::connection(dbPath));
    QList<SetAsideRow> rows;
    while (query.next()) {
        rows.append({query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(),
                     query.value(4).toString(), query.value(5).toString()});
    }
    return rows;
}

} // namespace SetAsideRows
} // namespace Sportello
