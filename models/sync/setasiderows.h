#pragma once

#include <QList>
#include <QString>

namespace Sportello {

// Rows of the region this desk could not apply (sync_setaside): the rest of the region's
// changes flowed on without them; each is read again and tried at every sync of the login
// that pulled it. Shown to the administrator with the reason, never with the content; a
// citizen that collides with one of this desk's keeps who it is (detail), to be compared.
struct SetAsideRow
{
    QString table;
    QString rowId;
    QString login;
    QString reason; // "reference", or "constraint: <the local database's message>"
    QString recordedAt; // UTC ISO-8601
    QString detail; // JSON: a colliding citizen's identity (see ChangeLogPull); else empty

    QString explanation() const; // translated; the reason itself is the detail
};

namespace SetAsideRows {

QList<SetAsideRow> all(const QString &dbPath);

} // namespace SetAsideRows
} // namespace Sportello
