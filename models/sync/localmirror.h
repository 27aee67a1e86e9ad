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
    // columns(table) order. A row the local schema refuses (a CHECK, NOT NULL or UNIQUE
    // constraint) returns false with refusedByConstraint() true, and the transaction goes on.
    bool upsert(const QString &table, const QVariantList &values, bool *applied);
    // The region's version of a row in conflict: it replaces the local one even at the same
    // version (the local content is the refused change, kept in the conflict).
    bool takeRegional(const QString &table, const QVariantMap &row, bool *applied);
    bool refusedByConstraint() const { return m_refused; }

    // The table's references to other tables.
    struct Reference
    {
        QString column;
        QString parent;
        QString parentColumn;
    };
    QList<Reference> references(const QString &table);
    // Of these rows of the table, those whose references point to no row (the local
    // foreign keys are checked only at commit).
    QStringList missingReferences(const QString &table, const QStringList &ids);

    QString state(const QString &key) const;
    bool setState(const QString &key, const QString &value);

    QSqlDatabase database() const;
    QString lastError() const { return m_error; }

private:
    QString m_path;
    QHash<QString, QStringList> m_columns;
    bool write(const QString &table, const QVariantList &values, bool sameVersion, bool *applied);

    std::map<QString, QSqlQuery> m_upserts; // prepared once: the triggers make compiling costly
    QHash<QString, QList<Reference>> m_references;
    QSet<QString> m_unsent; // "table/id" with outbox entries, read at begin()
    QString m_error;
    bool m_refused = false;
};

} // namespace Sportello
