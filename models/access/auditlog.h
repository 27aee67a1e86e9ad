#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace Sportello {

struct Session;

// The append-only record of who signed in, created, changed or opened what, and when
// (table audit_event; triggers refuse UPDATE and DELETE).
namespace AuditLog {

enum class Action {
    Login,
    LoginFailed,
    Logout,
    Create,
    Update,
    Delete,
    Restore,
    OpenRecord,
    Export
};

struct Event
{
    QString at; // UTC ISO-8601
    QString username;
    Action action = Action::Login;
    QString entity;
    QString entityId;
    QString detail;
    QString subject; // who the record is about, e.g. "Rossi Mario (RSSMRA85T10A562S)"
};

QString actionId(Action action);
QString actionLabel(Action action); // translated
QString entityLabel(const QString &entity); // translated: citizen -> "Citizen"

// Appends one event on the given connection, inside the caller's transaction if any.
bool record(const QSqlDatabase &db, const Session &session, Action action,
            const QString &entity = QString(), const QString &entityId = QString(),
            const QString &detail = QString());
// For events without a signed-in user (a failed sign-in).
bool recordAnonymous(const QSqlDatabase &db, const QString &username, const QString &municipality,
                     Action action, const QString &detail = QString());

// Newest first. entity/entityId empty = every event; limit caps the rows.
QList<Event> events(const QSqlDatabase &db, const QString &entity, const QString &entityId,
                    int limit);
// A citizen's access request: every event on their record, their social requests and
// cases (openings, confidential readings, changes), newest first.
QList<Event> aboutCitizen(const QSqlDatabase &db, const QString &citizenId, int limit);

} // namespace AuditLog
} // namespace Sportello
