#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <initializer_list>

class QSqlDatabase;
struct sqlite3_stmt;

namespace Sportello {

// A prepared INSERT run straight through SQLite's C API on a Qt connection's handle, for
// bulk loads of millions of rows where QSqlQuery's per-value bookkeeping dominates.
// Values are bound as UTF-8 text, 64-bit integers or NULL (an invalid or null QVariant).
class BulkStatement final
{
public:
    BulkStatement(const QSqlDatabase &db, const QString &sql);
    ~BulkStatement();
    Q_DISABLE_COPY_MOVE(BulkStatement)

    bool run(std::initializer_list<QVariant> values);
    bool run(const QVariantList &values);
    QString errorText() const { return m_error; }

private:
    bool run(const QVariant *values, qsizetype count);

    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace Sportello
