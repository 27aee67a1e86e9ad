#include "models/db/bulkload.h"

#include "models/db/database.h"
#include "models/db/derivedschema.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello {

bool BulkLoad::start(const QSqlDatabase &db, QString *error)
{
    QStringList drops;
    m_createIndexes.clear();
    QSqlQuery query(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"_s,
                    db);
    while (query.next()) {
        m_createIndexes << query.value(1).toString();
        drops << u"DROP INDEX "_s + query.value(0).toString();
    }
    return DerivedSchema::dropForBulkLoad(db, error) && Db::execAll(db, drops, error);
}

bool BulkLoad::finish(const QSqlDatabase &db, QString *error)
{
    // The search keys first (into a table without indexes), then every index, sorted once.
    return DerivedSchema::refresh(db, error) && Db::execAll(db, m_createIndexes, error);
}

} // namespace Sportello
