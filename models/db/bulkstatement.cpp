#include "models/db/bulkstatement.h"

#include "models/db/database.h"

#include <QSqlDatabase>

#include <sqlite3.h>

namespace Sportello {

BulkStatement::BulkStatement(const QSqlDatabase &db, const QString &sql)
{
    sqlite3 *connection = Db::nativeHandle(db);
    if (!connection) {
        m_error = QStringLiteral("not an SQLite connection");
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(connection, utf8.constData(), int(utf8.size()), &m_statement, nullptr)
        != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(connection));
        m_statement = nullptr;
    }
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_statement);
}

bool BulkStatement::run(std::initializer_list<QVariant> values)
{
    return run(values.begin(), qsizetype(values.size()));
}

bool BulkStatement::run(const QVariantList &values)
{
    return run(values.constData(), values.size());
}

bool BulkStatement::run(const QVariant *values, qsizetype count)
{
    if (!m_statement)
        return false;
    int index = 1;
    for (const QVariant *value = values; value != values + count; ++value) {
        if (!value->isValid() || value->isNull()) {
            sqlite3_bind_null(m_statement, index);
        } else if (value->typeId() == QMetaType::LongLong || value->typeId() == QMetaType::Int) {
            sqlite3_bind_int64(m_statement, index, value->toLongLong());
        } else {
            const QByteArray text = value->toString().toUtf8();
            sqlite3_bind_text(m_statement, index, text.constData(), int(text.size()),
                              SQLITE_TRANSIENT);
        }
        ++index;
    }
    const int result = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (result != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
        return false;
    }
    return true;
}

} // namespace Sportello
