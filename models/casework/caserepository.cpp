#include "models/casework/caserepository.h"

#include "models/access/auditdetail.h"
#include "models/access/auditlog.h"
#include "models/access/session.h"
#include "models/access/staffnames.h"
#include "models/casework/timeline.h"
#include "models/common/textlimits.h"
#include "models/db/database.h"
#include "models/db/query.h"
#include "models/db/rowstamp.h"
#include "models/db/transaction.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello::Casework {

namespace {

using Db::orNull;
using Db::run;
using namespace Timeline;

// Numbers on receipts and case files: unique across desks that work offline without a
// shared counter, short enough to read out on the phone ("R-2026-7KQ2XM").
QString newNumber(QChar kind, const QDateTime &at)
{
    static const char alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    QString code;
    for (int i = 0; i < 6; ++i)
        code += QChar::fromLatin1(alphabet[QRandomGenerator::system()->bounded(32)]);
    return u"%1-%2-%3"_s.arg(kind).arg(at.date().year()).arg(code);
}

const QString kCaseColumns = u"id, number, citizen_id, status, resume_status, need_area, complex, "
                             "assigned_to, opened_at, closed_at, closing_reason, last_activity"_s;

SocialCase caseFrom(const QSqlQuery &q)
{
    SocialCase c;
    c.id = q.value(0).toString();
    c.number = q.value(1).toString();
    c.citizenId = q.value(2).toString();
    caseStatusFromId(q.value(3).toString(), &c.status);
    CaseStatus resume;
    if (caseStatusFromId(q.value(4).toString(), &resume))
        c.resumeStatus = resume;
    needAreaFromId(q.value(5).toString(), &c.needArea);
    c.complex = q.value(6).toInt() != 0;
    c.assignedTo = q.value(7).toString();
    c.openedAt = fromStamp(q.value(8).toString());
    c.closedAt = fromStamp(q.value(9).toString());
    c.closingReason = q.value(10).toString();
    c.lastActivity = fromStamp(q.value(11).toString());
    return c;
}

const QString kRequestColumns = u"id, number, citizen_id, received_at, channel, need_area, "
                                "summary, recorded_by, case_id"_s;

CaseRequest requestFrom(const QSqlQuery &q)
{
    CaseRequest r;
    r.id = q.value(0).toString();
    r.number = q.value(1).toString();
    r.citizenId = q.value(2).toString();
    r.receivedAt = fromStamp(q.value(3).toString());
    channelFromId(q.value(4).toString(), &r.channel);
    needAreaFromId(q.value(5).toString(), &r.needArea);
    r.summary = q.value(6).toString();
    r.recordedBy = q.value(7).toString();
    r.caseId = q.value(8).toString();
    return r;
}

} // namespace

CaseRepository::CaseRepository(const QString &dbPath)
    : m_path(dbPath)
{ }

bool CaseRepository::recordRequest(const Session &session, CaseRequest *r, QString *error)
{
    if (!session.can(Permission::RecordRequests)) {
        *error = QCoreApplication::translate("Sportello::CaseRepository",
                                             "Your role does not record social requests.");
        return false;
    }
    if (r->summary.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("Sportello::CaseRepository",
                                             "Write in short what the citizen asks for.");
        return false;
    }
    *error
        = TextLimits::tooLong(QCoreApplication::translate("Sportello::CaseRepository", "Summary"),
                              r->summary.trimmed(), TextLimits::kText);
    if (!error->isEmpty())
        return false;
    if (!r->receivedAt.isValid() || r->receivedAt > QDateTime::currentDateTimeUtc().addSecs(60)) {
        *error = QCoreApplication::translate("Sportello::CaseRepository",
                                             "The date of the request cannot be in the future.");
        return false;
    }
    const QSqlDatabase db = Db::connection(m_path);
    QSqlQuery q(db);
    q.prepare(u"SELECT 1 FROM citizen WHERE id = ? AND deleted = 0"_s);
    if (!run(q, {r->citizenId}) || !q.next()) {
        *error = QCoreApplication::translate("Sportello::CaseRepository",
                                             "Choose the citizen from the registry.");
        return false;
    }
    Transaction transaction(db);
    r->id = RowStamp::newId();
    r->number = newNumber(u'R', r->receivedAt);
    r->recordedBy = session.username;
    q.prepare(u"INSERT INTO case_request (id, municipality, number, citizen_id, received_at, "
              "channel, need_area, summary, recorded_by, updated_at, updated_by) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!run(q,
             {r->id, session.municipality, r->number, r->citizenId, stamp(r->receivedAt),
              channelId(r->channel), needAreaId(r->needArea), r->summary.trimmed(),
              session.username, RowStamp::now(), session.username})
        || !AuditLog::record(db, session, AuditLog::Action::Create, u"case_request"_s, r->id,
                             AuditLog::detail(u"request"_s, {{u"number"_s, r->number}}))
        || !transaction.commit()) {
        r->id.clear();
        *error = QCoreApplication::translate("Sportello::CaseRepository",
                                             "The request could not be saved: %1")
                     .arg(q.lastError().text());
        return false;
    }
    return true;
}

std::optional<CaseRequest> CaseRepository::request(const QString &id) const
{
    QSqlQuery q(Db::connection(m_path));
    q.prepare(u"SELECT "_s + kRequestColumns
              + u" FROM case_request WHERE id = ? AND deleted = 0"_s);
    if (!run(q, {id}) || !q.next())
        return std::nullopt;
    return requestFrom(q);
}

QList<CaseRequest> CaseRepository::requestsOf(const QString &citizenId) const
{
    return requestsWhere(u"citizen_id = ?"_s, citizenId);
}

QList<CaseRequest> CaseRepository::requestsSince(const QDateTime &since) const
{
    return requestsWhere(u"received_at >= ?"_s, stamp(since));
}

QList<CaseRequest> CaseRepository::requestsWhere(const QString &condition,
                                                 const QString &value) const
{
    QSqlQuery q(Db::connection(m_path));
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kRequestColumns + u" FROM case_request WHERE deleted = 0 AND "_s
              + condition + u" ORDER BY received_at DESC"_s);
    run(q, {value});
    QList<CaseRequest> out;
    while (q.next())
        out << requestFrom(q);
    return out;
}

bool CaseRepository::mayWorkOn(const Session &session, const SocialCase &c, QString *error) const
{
    if (!session.can(Permission::ManageCases)) {
        *error = QCoreApplication::translate("Sportello::CaseRepository",
                                             "Only social workers work on a case.");
        return false;
    }
    if (!c.isOpen()) {
        *error = QCoreApplication::translate(
            "Sportello::CaseRepository",
            "The case is closed and can no longer change: a new request opens a new case.");
        return false;
    }
    return true;
}

bool CaseRepository::openCase(const Session &session, const QString &requestId,
                              const QString &worker, SocialCase *opened, QString *error)
{
    if (!session.can(Permission::ManageCases)) {
        *error = QCoreApplication::translate("Sportello::CaseRepository",
                                             "Only social workers take charge of a request.");
        return false;
    }
    const auto r = request(requestId);
    if (!r) {
        *error = QCoreApplication::translate("Sportello::CaseRepository", "No such request.");
        return false;
    }
    if (!r->caseId.isEmpty()) {
        *error = QCoreApplication::translate("Sportello::CaseRepository",
                                             "The request has already been taken in charge.");
        return false;
    }
    if (worker.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("Sportello::CaseRepository",
                                             "Choose the social worker in charge.");
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SocialCase c;
    c.id = RowStamp::newId();
    c.number = newNumber(u'C', now);
    c.citizenId = r->citizenId;
    c.needArea = r->needArea;
    c.assignedTo = worker;
    c.openedAt = now;
    c.lastActivity = now;
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO social_case (id, municipality, number, citizen_id, status, need_area, "
              "complex, assigned_to, opened_at, last_activity, updated_at, updated_by) "
              "VALUES (?, ?, ?, ?, 'intake', ?, 0, ?, ?, ?, ?, ?)"_s);
    QSqlQuery link(db);
    link.prepare(u"UPDATE case_request SET case_id = ?, updated_at = ?, updated_by = ? "
                 "WHERE id = ?"_s);
    if (!run(q,
             {c.id, session.municipality, c.number, c.citizenId, needAreaId(c.needArea), worker,
              stamp(now), stamp(now), RowStamp::now(), session.username})
        || !run(link, {c.id, RowStamp::now(), session.username, requestId})
        || !addEvent(db, session, c.id, u"opened"_s, now, r->number, std::nullopt,
                     CaseStatus::Intake)
        || !addEvent(db, session, c.id, u"assigned"_s, now, worker)
        || !AuditLog::record(db, session, AuditLog::Action::Create, u"social_case"_s, c.id,
                             AuditLog::detail(u"case"_s, {{u"number"_s, c.number}}))
        || !transaction.commit()) {
        *error = QCoreApplication::translate("Sportello::CaseRepository",
                                             "The case could not be opened: %1")
                     .arg(transaction.errorText());
        return false;
    }
    if (opened)
        *opened = c;
    return true;
}

bool CaseRepository::assign(const Session &session, const QString &caseId, const QString &worker,
                            const QString &reason, QString *error)
{
    const auto c = find(caseId);
    if (!c)
        return false;
    if (!mayReassign(session, *c)) {
        *error = QCoreApplication::translate(
            "Sportello::CaseRepository",
            "Only the social worker the case is assigned to hands it over, or the "
            "administrator reassigns it.");
        return false;
    }
    if (worker.trimmed().isEmpty() || reason.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("Sportello::CaseRepository",
                                             "Choose the social worker and say why.");
        return false;
    }
    *error = TextLimits::tooLong(QCoreApplication::translate("Sportello::CaseRepository", "Reason"),
                                 reason.trimmed(), TextLimits::kText);
    if (!error->isEmpty())
        return false;
    if (worker == c->assignedTo) {
        *error = QCoreApplication::translate("Sportello::CaseRepository",
                                             "The case is already assigned to %1.")
                     .arg(worker);
        return false;
    }
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery q(db);
    q.prepare(u"UPDATE social_case SET assigned_to = ?, updated_at = ?, updated_by = ? "
              "WHERE id = ?"_s);
    if (!run(q, {worker, RowStamp::now(), session.username, caseId})
        || !record(db, session, caseId, u"assigned"_s, worker + u": "_s + reason.trimmed())
        || !transaction.commit()) {
        *error = QCoreApplication::translate("Sportello::CaseRepository",
                                             "The case could not be assigned.");
        return false;
    }
    return true;
}

bool CaseRepository::setComplex(const Session &session, const QString &caseId, bool complex,
                                QString *error)
{
    const auto c = find(caseId);
    if (!c || !mayWorkOn(session, *c, error))
        return false;
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery q(db);
    q.prepare(u"UPDATE social_case SET complex = ?, updated_at = ?, updated_by = ? WHERE id = ?"_s);
    if (!run(q, {complex ? 1 : 0, RowStamp::now(), session.username, caseId})
        || !record(db, session, caseId, u"assessment"_s, complex ? u"complex"_s : u"not complex"_s)
        || !transaction.commit()) {
        *error = QCoreApplication::translate("Sportello::CaseRepository",
                                             "The case could not be changed.");
        return false;
    }
    return true;
}

bool CaseRepository::transition(const Session &session, const QString &caseId, CaseStatus to,
                                const QString &reason, const QDateTime &at, QString *error)
{
    const auto c = find(caseId);
    if (!c) {
        *error = QCoreApplication::translate("Sportello::CaseRepository", "No such case.");
        return false;
    }
    if (!mayWorkOn(session, *c, error))
        return false;
    if (!mayChangeState(session, *c)) {
        *error = QCoreApplication::translate(
                     "Sportello::CaseRepository",
                     "Only %1, the case's worker, changes its state: ask for it to be handed over.")
                     .arg(StaffNames(m_path).of(c->assignedTo));
        return false;
    }
    *error = transitionProblem(*c, facts(caseId), to, reason, at);
    if (!error->isEmpty())
        return false;
    const SocialCase after = afterTransition(*c, to, reason, at);
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery q(db);
    q.prepare(u"UPDATE social_case SET status = ?, resume_status = ?, closed_at = ?, "
              "closing_reason = ?, last_activity = ?, updated_at = ?, updated_by = ? "
              "WHERE id = ?"_s);
    if (!run(q,
             {caseStatusId(after.status),
              orNull(after.resumeStatus ? caseStatusId(*after.resumeStatus) : QString()),
              orNull(after.closedAt.isValid() ? stamp(after.closedAt) : QString()),
              orNull(after.closingReason), stamp(at), RowStamp::now(), session.username, caseId})
        || !addEvent(db, session, caseId, u"transition"_s, at, reason.trimmed(), c->status, to)
        || !AuditLog::record(
            db, session, AuditLog::Action::Update, u"social_case"_s, caseId,
            AuditLog::detail(u"case_state"_s,
                             {{u"from"_s, caseStatusId(c->status)}, {u"to"_s, caseStatusId(to)}}))
        || !transaction.commit()) {
        *error = QCoreApplication::translate("Sportello::CaseRepository",
                                             "The state of the case could not be changed.");
        return false;
    }
    return true;
}

std::optional<SocialCase> CaseRepository::find(const QString &caseId) const
{
    QSqlQuery q(Db::connection(m_path));
    q.prepare(u"SELECT "_s + kCaseColumns + u" FROM social_case WHERE id = ? AND deleted = 0"_s);
    if (!run(q, {caseId}) || !q.next())
        return std::nullopt;
    return caseFrom(q);
}

QHash<QString, SocialCase> CaseRepository::findAll(const QStringList &caseIds) const
{
    QSqlQuery q(Db::connection(m_path));
    q.prepare(u"SELECT "_s + kCaseColumns + u" FROM social_case WHERE id = ? AND deleted = 0"_s);
    QHash<QString, SocialCase> out;
    for (const QString &id : caseIds) {
        q.bindValue(0, id);
        if (!out.contains(id) && q.exec() && q.next())
            out.insert(id, caseFrom(q));
    }
    return out;
}

QList<SocialCase> CaseRepository::casesWhere(const QString &condition, const QString &value,
                                             const QString &order) const
{
    QSqlQuery q(Db::connection(m_path));
    q.prepare(u"SELECT "_s + kCaseColumns + u" FROM social_case WHERE deleted = 0 AND "_s
              + condition + u" ORDER BY "_s + order);
    run(q, {value});
    QList<SocialCase> out;
    while (q.next())
        out << caseFrom(q);
    return out;
}

QList<SocialCase> CaseRepository::casesOf(const QString &citizenId) const
{
    return casesWhere(u"citizen_id = ?"_s, citizenId, u"opened_at DESC"_s);
}

QList<SocialCase> CaseRepository::caseload(const QString &worker, bool withClosed) const
{
    return casesWhere(withClosed ? u"assigned_to = ?"_s
                                 : u"assigned_to = ? AND status <> 'closed'"_s,
                      worker, u"last_activity"_s);
}

QList<CaseEvent> CaseRepository::timeline(const QString &caseId) const
{
    QSqlQuery q(Db::connection(m_path));
    q.prepare(u"SELECT id, at, by_user, kind, from_status, to_status, detail FROM case_event "
              "WHERE case_id = ? AND deleted = 0 ORDER BY at, id"_s);
    run(q, {caseId});
    QList<CaseEvent> out;
    while (q.next()) {
        CaseEvent e;
        e.id = q.value(0).toString();
        e.at = fromStamp(q.value(1).toString());
        e.byUser = q.value(2).toString();
        e.kind = q.value(3).toString();
        CaseStatus s;
        if (caseStatusFromId(q.value(4).toString(), &s))
            e.fromStatus = s;
        if (caseStatusFromId(q.value(5).toString(), &s))
            e.toStatus = s;
        e.detail = q.value(6).toString();
        out << e;
    }
    return out;
}

CaseFacts CaseRepository::facts(const QString &caseId) const
{
    CaseFacts f;
    QSqlQuery q(Db::connection(m_path));
    q.prepare(
        u"SELECT (SELECT count(*) FROM case_assessment WHERE case_id = :case AND deleted = 0 "
        "AND kind = 'preliminary'), (SELECT count(*) FROM case_assessment WHERE case_id = :case "
        "AND deleted = 0 AND kind = 'team'), (SELECT count(*) FROM case_plan WHERE "
        "case_id = :case AND deleted = 0), (SELECT max(at) FROM case_event WHERE case_id = :case)"_s);
    q.bindValue(u":case"_s, caseId);
    if (q.exec() && q.next()) {
        f.preliminaryAssessment = q.value(0).toInt() > 0;
        f.teamAssessment = q.value(1).toInt() > 0;
        f.plan = q.value(2).toInt() > 0;
        f.lastEvent = fromStamp(q.value(3).toString());
    }
    return f;
}

bool CaseRepository::addNote(const Session &session, const QString &caseId, const QString &body,
                             bool confidential, const QString &corrects, QString *error)
{
    const auto c = find(caseId);
    if (!c) {
        *error = QCoreApplication::translate("Sportello::CaseRepository", "No such case.");
        return false;
    }
    if (!mayWorkOn(session, *c, error))
        return false;
    if (body.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("Sportello::CaseRepository", "The note is empty.");
        return false;
    }
    *error = TextLimits::tooLong(QCoreApplication::translate("Sportello::CaseRepository", "Note"),
                                 body.trimmed(), TextLimits::kNote);
    if (!error->isEmpty())
        return false;
    if (confidential && c->assignedTo != session.username) {
        *error = QCoreApplication::translate(
            "Sportello::CaseRepository",
            "Only the social worker the case is assigned to writes confidential notes.");
        return false;
    }
    const QString table = confidential ? u"case_confidential_note"_s : u"case_note"_s;
    const QSqlDatabase db = Db::connection(m_path);
    QSqlQuery q(db);
    if (!corrects.isEmpty()) {
        q.prepare(u"SELECT 1 FROM "_s + table + u" WHERE id = ? AND case_id = ?"_s);
        if (!run(q, {corrects, caseId}) || !q.next()) {
            *error = QCoreApplication::translate("Sportello::CaseRepository",
                                                 "The note to correct is not in this case.");
            return false;
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction transaction(db);
    q.prepare(u"INSERT INTO "_s + table
              + u" (id, municipality, case_id, written_at, written_by, body, corrects, "
                "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!run(q,
             {RowStamp::newId(), session.municipality, caseId, stamp(now), session.username,
              body.trimmed(), orNull(corrects), RowStamp::now(), session.username})
        || !record(db, session, caseId, u"note"_s, confidential ? u"confidential"_s : QString(),
                   now)
        // The access log says which note was added, never what it says.
        || !AuditLog::record(
            db, session, AuditLog::Action::Update, u"social_case"_s, caseId,
            AuditLog::detail(u"note_added"_s,
                             {{u"confidential"_s, confidential}, {u"written_at"_s, stamp(now)}}))
        || !transaction.commit()) {
        *error = QCoreApplication::translate("Sportello::CaseRepository",
                                             "The note could not be saved.");
        return false;
    }
    return true;
}

QList<CaseNote> CaseRepository::notes(const Session &session, const QString &caseId) const
{
    QList<CaseNote> out;
    if (!session.can(Permission::ManageCases))
        return out;
    const auto c = find(caseId);
    const bool confidential = c && c->assignedTo == session.username;
    const QSqlDatabase db = Db::connection(m_path);
    QSqlQuery q(db);
    const QString columns = u"id, written_at, written_by, body, corrects"_s;
    q.prepare(u"SELECT "_s + columns
              + u", 0 FROM case_note WHERE case_id = :case AND deleted = 0 "_s
              + (confidential ? u"UNION ALL SELECT "_s + columns
                         + u", 1 FROM case_confidential_note WHERE case_id = :case "
                           "AND deleted = 0 "_s
                              : QString())
              + u"ORDER BY 2"_s);
    q.bindValue(u":case"_s, caseId);
    q.exec();
    bool readConfidential = false;
    while (q.next()) {
        CaseNote n {q.value(0).toString(), fromStamp(q.value(1).toString()),
                    q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toInt() != 0};
        readConfidential = readConfidential || n.confidential;
        out << n;
    }
    if (readConfidential)
        AuditLog::record(db, session, AuditLog::Action::OpenRecord, u"social_case"_s, caseId,
                         AuditLog::detail(u"confidential_notes"_s));
    return out;
}

void CaseRepository::recordOpened(const Session &session, const QString &caseId)
{
    AuditLog::record(Db::connection(m_path), session, AuditLog::Action::OpenRecord,
                     u"social_case"_s, caseId);
}

} // namespace Sportello::Casework
