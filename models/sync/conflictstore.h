#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Sportello {

struct Session;

// A change the regional database kept aside: the desk's version (mine) and the regional
// one (theirs), as whole rows.
struct SyncConflict
{
    QString id;
    QString table;
    QString rowId;
    QString reason; // version, exists, refused: ...
    qint64 baseVersion = 0;
    qint64 serverVersion = 0;
    QJsonObject mine;
    QJsonObject theirs;
    QString recordedAt;
};

// The desk's open conflicts and their resolution. Resolving writes the row the person put
// together (field by field from mine and theirs) as a new local change based on the
// regional version, so the next sync sends it like any other edit.
class ConflictStore final
{
public:
    explicit ConflictStore(const QString &dbPath);

    // A conflict is its author's alone: the change was theirs, and its content may be a
    // confidential note that nobody else at the desk may read.
    QList<SyncConflict> open(const QString &author) const;
    int openCount(const QString &author) const;

    // Fields compared side by side: the row's own data in the table's column order, without
    // the sync columns.
    QStringList comparedFields(const SyncConflict &conflict) const;

    bool resolve(const Session &session, const SyncConflict &conflict, const QJsonObject &chosen,
                 QString *error);

private:
    QString m_path;
};

} // namespace Sportello
