#pragma once

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantMap>

#include <map>

namespace Sportello {

// The local database as the sync engine writes it: inside write() transactions that set
// sync_control.applying, so rows arriving from the region are not captured again; upserts
// keep the newer row_version; rows with unsent local changes are left alone.
class LocalMirror final
{
public:
    explicit LocalMirror(const QString &dbPath);

    QStringList syncedTables() const;
    QStringList columns(const QString &table); // in table order, cached

    // One local transaction in which the engine's writes are not captured.
    bool begin();
    bool commit();
    void rollback();

    bool hasUnsentChanges(const QString &table, const QString &id) const;
    // Inserts or updates the row if it is newer than the local one (or new); returns
    // false on a database error. *applied says whether it was written. values are in
    // columns(table) order.
    bool upsert(const QString &table, const QVariantList &values, bool *applied);
    bool upsert(const QString &table, const QVariantMap &row, bool *applied);

    QString state(const QString &key) const;
    bool setState(const QString &key, const QString &value);

    QSqlDatabase database() const;
    QString lastError() const { return m_error; }

private:
    QString m_path;
    QHash<QString, QStringList> m_columns;
    std::map<QString, QSqlQuery> m_upserts; // prepared once: the triggers make compiling costly
    QSet<QString> m_unsent; // "table/id" with outbox entries, read at begin()
    QString m_error;
};

} // namespace Sportello
