#include "models/access/auditlog.h"

#include "models/access/session.h"
#include "models/common/enumids.h"
#include "models/db/rowstamp.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello::AuditLog {

namespace {

constexpr EnumIds<Action, 9> kActionIds({{
    {Action::Login, u"login"},
    {Action::LoginFailed, u"login_failed"},
    {Action::Logout, u"logout"},
    {Action::Create, u"create"},
    {Action::Update, u"update"},
    {Action::Delete, u"delete"},
    {Action::Restore, u"restore"},
    {Action::OpenRecord, u"open_record"},
    {Action::Export, u"export"},
}});

// author: who the event is sent by (updated_by); empty for an event of the desk itself,
// which any of its logins sends.
bool insert(const QSqlDatabase &db, const QString &username, const QString &author,
            const QString &municipality, Action action, const QString &entity,
            const QString &entityId, const QString &detail)
{
    const QString now = RowStamp::now();
    QSqlQuery query(db);
    query.prepare(
        u"INSERT INTO audit_event (id, municipality, at, username, action, entity, "
        "entity_id, detail, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &value :
         {QVariant(RowStamp::newId()), QVariant(municipality.isNull() ? u""_s : municipality),
          QVariant(now), QVariant(username), QVariant(actionId(action)),
          entity.isEmpty() ? QVariant() : QVariant(entity),
          entityId.isEmpty() ? QVariant() : QVariant(entityId),
          detail.isEmpty() ? QVariant() : QVariant(detail), QVariant(now),
          author.isEmpty() ? QVariant() : QVariant(author)}) {
        query.addBindValue(value);
    }
    return query.exec();
}

Action actionFrom(const QString &id)
{
    Action action = Action::Update;
    kActionIds.fromId(id, &action);
    return action;
}

} // namespace

QString actionId(Action action)
{
    return kActionIds.id(action);
}

QString actionLabel(Action action)
{
    switch (action) {
    case Action::Login:
        return QCoreApplication::translate("Sportello::AuditLog", "Signed in");
    case Action::LoginFailed:
        return QCoreApplication::translate("Sportello::AuditLog", "Failed sign-in");
    case Action::Logout:
        return QCoreApplication::translate("Sportello::AuditLog", "Signed out");
    case Action::Create:
        return QCoreApplication::translate("Sportello::AuditLog", "Created");
    case Action::Update:
        return QCoreApplication::translate("Sportello::AuditLog", "Changed");
    case Action::Delete:
        return QCoreApplication::translate("Sportello::AuditLog", "Deleted");
    case Action::Restore:
        return QCoreApplication::translate("Sportello::AuditLog", "Restored");
    case Action::OpenRecord:
        return QCoreApplication::translate("Sportello::AuditLog", "Opened the record");
    case Action::Export:
        return QCoreApplication::translate("Sportello::AuditLog", "Exported");
    }
    return QString();
}

QString entityLabel(const QString &entity)
{
    if (entity == u"citizen"_s)
        return QCoreApplication::translate("Sportello::AuditLog", "Citizen");
    if (entity == u"household"_s)
        return QCoreApplication::translate("Sportello::AuditLog", "Household");
    if (entity == u"social_case"_s)
        return QCoreApplication::translate("Sportello::AuditLog", "Social case");
    if (entity == u"case_request"_s)
        return QCoreApplication::translate("Sportello::AuditLog", "Social request");
    if (entity == u"nursery_round"_s)
        return QCoreApplication::translate("Sportello::AuditLog", "Nursery round");
    if (entity == u"nursery_application"_s)
        return QCoreApplication::translate("Sportello::AuditLog", "Nursery application");
    if (entity == u"appointment"_s)
        return QCoreApplication::translate("Sportello::AuditLog", "Appointment");
    if (entity == u"audit_event"_s)
        return QCoreApplication::translate("Sportello::AuditLog", "Audit log");
    return entity;
}

bool record(const QSqlDatabase &db, const Session &session, Action action, const QString &entity,
            const QString &entityId, const QString &detail)
{
    return insert(db, session.username, session.username, session.municipality, action, entity,
                  entityId, detail);
}

bool recordAnonymous(const QSqlDatabase &db, const QString &username, const QString &municipality,
                     Action action, const QString &detail)
{
    return insert(db, username, QString(), municipality, action, QString(), QString(), detail);
}

namespace {

// Events matching a condition with named placeholders, newest first.
QList<Event> select(const QSqlDatabase &db, const QString &condition, const QVariantMap &values,
                    int limit)
{
    QSqlQuery query(db);
    // Who or what the record is: the citizen, or the case or request and its citizen, or the
    // nursery application by its protocol.
    query.prepare(u"SELECT e.at, e.username, e.action, e.entity, e.entity_id, e.detail, "
                  "coalesce(c.surname || ' ' || c.given_names || ' (' || c.fiscal_code || ')', "
                  "sc.number || ', ' || scc.surname || ' ' || scc.given_names, "
                  "r.number || ', ' || rc.surname || ' ' || rc.given_names, a.protocol) "
                  "FROM audit_event e "
                  "LEFT JOIN citizen c ON e.entity = 'citizen' AND c.id = e.entity_id "
                  "LEFT JOIN social_case sc ON e.entity = 'social_case' AND sc.id = e.entity_id "
                  "LEFT JOIN citizen scc ON scc.id = sc.citizen_id "
                  "LEFT JOIN case_request r ON e.entity = 'case_request' AND r.id = e.entity_id "
                  "LEFT JOIN citizen rc ON rc.id = r.citizen_id "
                  "LEFT JOIN nursery_application a ON e.entity = 'nursery_application' "
                  "AND a.id = e.entity_id "_s
                  + (condition.isEmpty() ? QString() : u"WHERE "_s + condition)
                  + u" ORDER BY e.at DESC, e.id DESC LIMIT :limit"_s);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(it.key(), it.value());
    query.bindValue(u":limit"_s, limit);
    QList<Event> out;
    if (!query.exec())
        return out;
    while (query.next()) {
        out.append({query.value(0).toString(), query.value(1).toString(),
                    actionFrom(query.value(2).toString()), query.value(3).toString(),
                    query.value(4).toString(), query.value(5).toString(),
                    query.value(6).toString()});
    }
    return out;
}

} // namespace

QList<Event> events(const QSqlDatabase &db, const QString &entity, const QString &entityId,
                    int limit)
{
    if (entity.isEmpty())
        return select(db, QString(), {}, limit);
    return select(db, u"e.entity = :entity AND e.entity_id = :id"_s,
                  {{u":entity"_s, entity}, {u":id"_s, entityId}}, limit);
}

QList<Event> aboutCitizen(const QSqlDatabase &db, const QString &citizenId, int limit)
{
    return select(db,
                  u"(e.entity = 'citizen' AND e.entity_id = :id) "
                  "OR (e.entity = 'social_case' AND e.entity_id IN "
                  "(SELECT id FROM social_case WHERE citizen_id = :id)) "
                  "OR (e.entity = 'case_request' AND e.entity_id IN "
                  "(SELECT id FROM case_request WHERE citizen_id = :id))"_s,
                  {{u":id"_s, citizenId}}, limit);
}

} // namespace Sportello::AuditLog
