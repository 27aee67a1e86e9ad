#include "models/db/transaction.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace Sportello {

Transaction::Transaction(const QSqlDatabase &db)
    : m_connection(db.connectionName())
{
    QSqlDatabase handle = QSqlDatabase::database(m_connection, false);
    m_active = handle.transaction();
    if (!m_active)
        m_error = handle.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        QSqlDatabase::database(m_connection, false).rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlDatabase handle = QSqlDatabase::database(m_connection, false);
    m_active = false;
    if (handle.commit())
        return true;
    m_error = handle.lastError().text();
    handle.rollback();
    return false;
}

} // namespace Sportello
