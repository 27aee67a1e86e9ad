#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <initializer_list>

class QSqlDatabase;
struct sqlite3_stmt;

namespace Sportello {

// A prepared INSERT run straight through SQLite's C API on a Qt connection's handle, for
// bulk loads of millions of rows where QSqlQuery's per-value bookkeeping dominates.
// Values are bound as UTF-8 text, 64-bit integers or NULL (an invalid QVariant).
class BulkStatement final
{
public:
    BulkStatement(const QSqlDatabase &db, const QString &sql);
    ~BulkStatement();
    Q_DISABLE_COPY_MOVE(BulkStatement)

    bool run(std::initializer_list<QVariant> values);
    QString errorText() const { return m_error; }

private:
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace Sportello
