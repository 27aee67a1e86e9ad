// NurseryRepository: the applications and their declared conditions.
#include "models/access/auditdetail.h"
#include "models/access/auditlog.h"
#include "models/access/session.h"
#include "models/db/database.h"
#include "models/db/query.h"
#include "models/db/rowstamp.h"
#include "models/db/transaction.h"
#include "models/nursery/applicationrows.h"
#include "models/nursery/nurseryrepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello::Nursery {

namespace {

using Db::orNull;
using Db::run;

QString citizenIdOf(const QSqlDatabase &db, const QString &fiscalCode)
{
    if (fiscalCode.isEmpty())
        return QString();
    QSqlQuery q(db);
    q.prepare(u"SELECT id FROM citizen WHERE fiscal_code = ? AND deleted = 0 LIMIT 1"_s);
    q.addBindValue(fiscalCode);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool insertCondition(QSqlQuery &insert, const Session &session, const QString &applicationId,
                     Condition *c, const QString &now)
{
    if (c->id.isEmpty())
        c->id = RowStamp::newId();
    return run(insert,
               {c->id, session.municipality, applicationId, c->code, c->count, orNull(c->nursery),
                conditionStatusId(c->status), orNull(c->reviewedBy), orNull(c->reviewedAt), now,
                session.username});
}

const QString kInsertCondition
    = u"INSERT INTO nursery_condition (id, municipality, application_id, criterion, count, "
      "nursery, status, reviewed_by, reviewed_at, updated_at, updated_by) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

} // namespace

void NurseryRepository::recordOpened(const Session &session, const QString &applicationId)
{
    AuditLog::record(Db::connection(m_path), session, AuditLog::Action::OpenRecord,
                     u"nursery_application"_s, applicationId);
}

bool NurseryRepository::importApplications(const Session &session, const QString &roundId,
                                           QList<Application> *applications, QString *error)
{
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO nursery_application (municipality, round_id, updated_at, "
                   "updated_by, "_s
                   + kApplicationColumns + u") VALUES (?, ?, ?, ?, "_s + u"?, "_s.repeated(12)
                   + u"?)"_s);
    QSqlQuery insertCondition_(db);
    insertCondition_.prepare(kInsertCondition);
    const QString now = RowStamp::now();
    for (Application &a : *applications) {
        a.id = RowStamp::newId();
        a.childCitizenId = citizenIdOf(db, a.childFiscalCode);
        a.applicantCitizenId = citizenIdOf(db, a.applicantFiscalCode);
        if (!run(insert,
                 QVariantList {session.municipality, roundId, now, session.username}
                     + applicationValues(a))) {
            *error = QCoreApplication::translate("Sportello::NurseryRepository",
                                                 "The application %1 could not be saved: %2")
                         .arg(a.protocol, insert.lastError().text());
            return false;
        }
        for (Condition &c : a.conditions) {
            if (!insertCondition(insertCondition_, session, a.id, &c, now)) {
                *error = QCoreApplication::translate("Sportello::NurseryRepository",
                                                     "The application %1 could not be saved: %2")
                             .arg(a.protocol, insertCondition_.lastError().text());
                return false;
            }
        }
    }
    if (!AuditLog::record(
            db, session, AuditLog::Action::Create, u"nursery_round"_s, roundId,
            AuditLog::detail(u"applications_imported"_s, {{u"count"_s, int(applications->size())}}))
        || !transaction.commit()) {
        *error = QCoreApplication::translate("Sportello::NurseryRepository",
                                             "The applications could not be saved: %1")
                     .arg(transaction.errorText());
        return false;
    }
    return true;
}

bool NurseryRepository::saveApplication(const Session &session, const QString &roundId,
                                        Application *a, QString *error)
{
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery q(db);
    // IS NOT: a new application has no id yet (NULL), and "id <> NULL" would match nothing.
    q.prepare(u"SELECT 1 FROM nursery_application WHERE round_id = ? AND protocol = ? "
              "AND id IS NOT ? AND deleted = 0"_s);
    if (run(q, {roundId, a->protocol, a->id}) && q.next()) {
        *error
            = QCoreApplication::translate("Sportello::NurseryRepository",
                                          "The round already has an application with protocol %1.")
                  .arg(a->protocol);
        return false;
    }
    const bool creating = a->id.isEmpty();
    const QString now = RowStamp::now();
    if (creating) {
        a->id = RowStamp::newId();
        q.prepare(u"INSERT INTO nursery_application (municipality, round_id, updated_at, "
                  "updated_by, "_s
                  + kApplicationColumns + u") VALUES (?, ?, ?, ?, "_s + u"?, "_s.repeated(12)
                  + u"?)"_s);
        if (!run(q,
                 QVariantList {session.municipality, roundId, now, session.username}
                     + applicationValues(*a))) {
            a->id.clear();
            *error = QCoreApplication::translate("Sportello::NurseryRepository",
                                                 "The application could not be saved: %1")
                         .arg(q.lastError().text());
            return false;
        }
    } else {
        QStringList columns = kApplicationColumns.split(u", "_s);
        columns.removeFirst(); // id
        q.prepare(u"UPDATE nursery_application SET "_s + columns.join(u" = ?, "_s)
                  + u" = ?, updated_at = ?, updated_by = ? WHERE id = ?"_s);
        QVariantList values = applicationValues(*a);
        values.removeFirst();
        if (!run(q, values + QVariantList {now, session.username, a->id})) {
            *error = QCoreApplication::translate("Sportello::NurseryRepository",
                                                 "The application could not be saved: %1")
                         .arg(q.lastError().text());
            return false;
        }
    }

    // Conditions: kept ones updated, new ones inserted, dropped ones tombstoned.
    QSet<QString> kept;
    QSqlQuery update(db);
    update.prepare(u"UPDATE nursery_condition SET criterion = ?, count = ?, nursery = ?, "
                   "status = ?, reviewed_by = ?, reviewed_at = ?, updated_at = ?, updated_by = ? "
                   "WHERE id = ? AND (criterion, count, coalesce(nursery, ''), status) IS NOT "
                   "(?, ?, ?, ?)"_s);
    QSqlQuery insert(db);
    insert.prepare(kInsertCondition);
    for (Condition &c : a->conditions) {
        bool ok = true;
        if (c.id.isEmpty()) {
            ok = insertCondition(insert, session, a->id, &c, now);
        } else {
            ok = run(update,
                     {c.code, c.count, orNull(c.nursery), conditionStatusId(c.status),
                      orNull(c.reviewedBy), orNull(c.reviewedAt), now, session.username, c.id,
                      c.code, c.count, c.nursery, conditionStatusId(c.status)});
        }
        if (!ok) {
            *error = QCoreApplication::translate("Sportello::NurseryRepository",
                                                 "The conditions could not be saved.");
            return false;
        }
        kept.insert(c.id);
    }
    q.prepare(u"SELECT id FROM nursery_condition WHERE application_id = ? AND deleted = 0"_s);
    q.addBindValue(a->id);
    q.exec();
    QStringList dropped;
    while (q.next()) {
        if (!kept.contains(q.value(0).toString()))
            dropped << q.value(0).toString();
    }
    q.prepare(u"UPDATE nursery_condition SET deleted = 1, updated_at = ?, updated_by = ? "
              "WHERE id = ?"_s);
    for (const QString &id : std::as_const(dropped)) {
        if (!run(q, {now, session.username, id})) {
            *error = QCoreApplication::translate("Sportello::NurseryRepository",
                                                 "The conditions could not be saved.");
            return false;
        }
    }
    if (!AuditLog::record(db, session,
                          creating ? AuditLog::Action::Create : AuditLog::Action::Update,
                          u"nursery_application"_s, a->id,
                          AuditLog::detail(u"application"_s, {{u"protocol"_s, a->protocol}}))
        || !transaction.commit()) {
        *error = QCoreApplication::translate("Sportello::NurseryRepository",
                                             "The application could not be saved: %1")
                     .arg(transaction.errorText());
        return false;
    }
    return true;
}

bool NurseryRepository::setWithdrawn(const Session &session, const QString &applicationId,
                                     bool withdrawn, QString *error)
{
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery q(db);
    q.prepare(u"UPDATE nursery_application SET withdrawn = ?, updated_at = ?, updated_by = ? "
              "WHERE id = ? AND deleted = 0"_s);
    if (!run(q, {withdrawn ? 1 : 0, RowStamp::now(), session.username, applicationId})
        || q.numRowsAffected() != 1
        || !AuditLog::record(
            db, session, AuditLog::Action::Update, u"nursery_application"_s, applicationId,
            AuditLog::detail(withdrawn ? u"application_withdrawn"_s : u"application_reinstated"_s))
        || !transaction.commit()) {
        *error = QCoreApplication::translate("Sportello::NurseryRepository",
                                             "The application could not be changed.");
        return false;
    }
    return true;
}

bool NurseryRepository::reviewCondition(const Session &session, const QString &conditionId,
                                        ConditionStatus status, QString *error)
{
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery q(db);
    const QString now = RowStamp::now();
    const bool reviewed = status != ConditionStatus::Declared;
    q.prepare(u"UPDATE nursery_condition SET status = ?, reviewed_by = ?, reviewed_at = ?, "
              "updated_at = ?, updated_by = ? WHERE id = ? AND deleted = 0 RETURNING "
              "application_id, criterion"_s);
    if (!run(q,
             {conditionStatusId(status), reviewed ? orNull(session.username) : orNull({}),
              reviewed ? orNull(now) : orNull({}), now, session.username, conditionId})
        || !q.next()) {
        *error = QCoreApplication::translate("Sportello::NurseryRepository",
                                             "The condition could not be changed.");
        return false;
    }
    const QString applicationId = q.value(0).toString();
    const QString detail = AuditLog::detail(
        u"condition_review"_s,
        {{u"criterion"_s, q.value(1).toString()}, {u"status"_s, conditionStatusId(status)}});
    q.finish();
    if (!AuditLog::record(db, session, AuditLog::Action::Update, u"nursery_application"_s,
                          applicationId, detail)
        || !transaction.commit()) {
        *error = QCoreApplication::translate("Sportello::NurseryRepository",
                                             "The condition could not be changed.");
        return false;
    }
    return true;
}

} // namespace Sportello::Nursery
