#pragma once

#include <QString>

class QSqlDatabase;

namespace Sportello {

// A write transaction that rolls back unless committed: every multi-row write is one.
class Transaction final
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool isActive() const { return m_active; }
    bool commit();
    QString errorText() const { return m_error; }

private:
    QString m_connection;
    QString m_error;
    bool m_active = false;
};

} // namespace Sportello
