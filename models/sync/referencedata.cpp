#include "models/sync/referencedata.h"

#include "models/db/database.h"
#include "models/db/transaction.h"
#include "models/sync/localmirror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Sportello::ReferenceData {

namespace {

struct Group
{
    QString name;
    QStringList tables; // parents first
};

const QList<Group> kGroups = {
    {u"competences"_s, {u"competence_framework"_s, u"competence_concept"_s, u"competence_link"_s}},
    {u"courses"_s, {u"course"_s, u"course_competence"_s}},
};

// The columns of a local table, which the regional one has too.
QStringList columnsOf(const QSqlDatabase &local, const QString &table)
{
    QSqlQuery q(local);
    q.exec(u"PRAGMA table_info(%1)"_s.arg(table));
    QStringList out;
    while (q.next())
        out << q.value(1).toString();
    return out;
}

// Copies every row of a table from one database to the other (the regional name has the
// schema), through one prepared insert.
bool copy(const QSqlDatabase &from, const QString &fromTable, const QSqlDatabase &to,
          const QString &table, const QStringList &columns, qint64 *rows, QString *error)
{
    QSqlQuery read(from);
    read.setForwardOnly(true);
    if (!read.exec(u"SELECT %1 FROM %2"_s.arg(columns.join(u", "_s), fromTable))) {
        *error = read.lastError().text();
        return false;
    }
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << u"?"_s;
    QSqlQuery write(to);
    write.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s),
                                                           marks.join(u", "_s)));
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            write.bindValue(i, read.value(i));
        if (!write.exec()) {
            *error = write.lastError().text();
            return false;
        }
        ++*rows;
    }
    return true;
}

} // namespace

qint64 publish(const QSqlDatabase &central, const QString &localPath, QString *error)
{
    const QSqlDatabase local = Db::connection(localPath);
    QSqlDatabase db = central;
    if (!db.transaction()) {
        *error = db.lastError().text();
        return -1;
    }
    qint64 rows = 0;
    bool ok = true;
    for (const Group &group : kGroups) {
        for (auto it = group.tables.crbegin(); ok && it != group.tables.crend(); ++it) {
            QSqlQuery clear(db);
            ok = clear.exec(u"DELETE FROM sportello."_s + *it);
            if (!ok)
                *error = clear.lastError().text();
        }
        for (const QString &table : group.tables) {
            ok = ok
                && copy(local, table, db, u"sportello."_s + table, columnsOf(local, table), &rows,
                        error);
        }
    }
    if (!ok || !db.commit()) {
        if (ok)
            *error = db.lastError().text();
        db.rollback();
        return -1;
    }
    return rows;
}

int pull(const QSqlDatabase &central, const QString &localPath, QString *error)
{
    QSqlQuery versions(u"SELECT name, version FROM sync.reference_version"_s, central);
    if (!versions.isActive()) {
        *error = versions.lastError().text();
        return -1;
    }
    QHash<QString, qint64> regional;
    while (versions.next())
        regional.insert(versions.value(0).toString(), versions.value(1).toLongLong());
    LocalMirror mirror(localPath);
    const QSqlDatabase local = Db::connection(localPath);
    int taken = 0;
    for (const Group &group : kGroups) {
        const qint64 version = regional.value(group.name);
        const QString key = u"reference:"_s + group.name;
        if (version == 0 || mirror.state(key) == QString::number(version))
            continue; // never published, or already taken
        Transaction transaction(local);
        QSqlQuery clear(local);
        bool ok = true;
        for (auto it = group.tables.crbegin(); ok && it != group.tables.crend(); ++it)
            ok = clear.exec(u"DELETE FROM "_s + *it);
        qint64 rows = 0;
        for (const QString &table : group.tables) {
            ok = ok
                && copy(central, u"sportello."_s + table, local, table, columnsOf(local, table),
                        &rows, error);
        }
        // The state is written on the same connection, inside the same transaction.
        if (ok)
            ok = mirror.setState(key, QString::number(version));
        if (!ok || !transaction.commit()) {
            if (error->isEmpty())
                *error = clear.lastError().text();
            return -1;
        }
        ++taken;
    }
    return taken;
}

} // namespace Sportello::ReferenceData
