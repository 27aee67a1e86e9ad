#include "models/casework/casefile.h"

#include "models/access/auditdetail.h"
#include "models/access/auditlog.h"
#include "models/access/session.h"
#include "models/casework/caserepository.h"
#include "models/casework/catalogue.h"
#include "models/casework/timeline.h"
#include "models/common/enumids.h"
#include "models/common/format.h"
#include "models/common/textlimits.h"
#include "models/db/database.h"
#include "models/db/query.h"
#include "models/db/rowstamp.h"
#include "models/db/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello::Casework {

namespace {

using Db::orNull;
using Db::run;
using namespace Timeline;

constexpr EnumIds<Assessment::Kind, 2> kKinds({{
    {Assessment::Kind::Preliminary, u"preliminary"},
    {Assessment::Kind::Team, u"team"},
}});
constexpr EnumIds<Responsible, 3> kResponsible({{
    {Responsible::Citizen, u"citizen"},
    {Responsible::Service, u"service"},
    {Responsible::External, u"external"},
}});
constexpr EnumIds<ActionStatus, 3> kActionStatus({{
    {ActionStatus::Open, u"open"},
    {ActionStatus::Done, u"done"},
    {ActionStatus::Dropped, u"dropped"},
}});
constexpr EnumIds<ReferralOutcome, 6> kOutcomes({{
    {ReferralOutcome::Pending, u"pending"},
    {ReferralOutcome::PactSigned, u"pact_signed"},
    {ReferralOutcome::Placed, u"placed"},
    {ReferralOutcome::Training, u"training"},
    {ReferralOutcome::NotPresented, u"not_presented"},
    {ReferralOutcome::Exempt, u"exempt"},
}});
constexpr EnumIds<InterventionStatus, 4> kInterventionStatus({{
    {InterventionStatus::Planned, u"planned"},
    {InterventionStatus::Active, u"active"},
    {InterventionStatus::Ended, u"ended"},
    {InterventionStatus::Cancelled, u"cancelled"},
}});

QVariant dateOrNull(const QDate &date)
{
    return orNull(dateText(date));
}

QString scoresJson(const QMap<NeedArea, int> &scores)
{
    QJsonObject o;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it)
        o.insert(needAreaId(it.key()), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<NeedArea, int> scoresFrom(const QString &json)
{
    QMap<NeedArea, int> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        NeedArea area;
        if (needAreaFromId(it.key(), &area))
            out.insert(area, it.value().toInt());
    }
    return out;
}

} // namespace

QString describeEvent(const CaseEvent &e, const QHash<QString, QString> &names)
{
    const auto name = [&names](const QString &key) {
        return names.value(key, key);
    };
    // Details are stored as ids ("team", "code: active"): the words are the reader's language.
    const QString head = e.detail.section(u": "_s, 0, 0);
    const QString tail = e.detail.section(u": "_s, 1);
    if (e.kind == u"opened")
        return QCoreApplication::translate("Sportello::CaseFile", "Case opened from request %1")
            .arg(e.detail);
    if (e.kind == u"transition" && e.fromStatus && e.toStatus)
        return QCoreApplication::translate("Sportello::CaseFile", "%1 → %2: %3")
            .arg(caseStatusLabel(*e.fromStatus), caseStatusLabel(*e.toStatus), e.detail);
    if (e.kind == u"assigned")
        return tail.isEmpty()
            ? QCoreApplication::translate("Sportello::CaseFile", "Assigned to %1").arg(name(head))
            : QCoreApplication::translate("Sportello::CaseFile", "Reassigned to %1: %2")
                  .arg(name(head), tail);
    if (e.kind == u"assessment") {
        if (e.detail == u"complex")
            return QCoreApplication::translate("Sportello::CaseFile",
                                               "Marked complex: a team assessment is needed");
        if (e.detail == u"not complex")
            return QCoreApplication::translate("Sportello::CaseFile", "No longer marked complex");
        return e.detail == u"team"
            ? QCoreApplication::translate("Sportello::CaseFile", "Team assessment recorded")
            : QCoreApplication::translate("Sportello::CaseFile", "Preliminary assessment recorded");
    }
    if (e.kind == u"plan")
        return QCoreApplication::translate("Sportello::CaseFile", "Personalised plan agreed (%1)")
            .arg(e.detail);
    if (e.kind == u"action")
        return QCoreApplication::translate("Sportello::CaseFile", "Personalised plan revised");
    if (e.kind == u"referral") {
        ReferralOutcome outcome = ReferralOutcome::Pending;
        kOutcomes.fromId(tail, &outcome);
        return QCoreApplication::translate("Sportello::CaseFile", "Employment centre %1: %2")
            .arg(head, referralOutcomeLabel(outcome));
    }
    if (e.kind == u"intervention") {
        InterventionStatus status = InterventionStatus::Planned;
        kInterventionStatus.fromId(tail, &status);
        return QCoreApplication::translate("Sportello::CaseFile", "Intervention %1: %2")
            .arg(name(head), interventionStatusLabel(status));
    }
    if (e.kind == u"note")
        return e.detail == u"confidential"
            ? QCoreApplication::translate("Sportello::CaseFile", "Confidential note written")
            : QCoreApplication::translate("Sportello::CaseFile", "Note written");
    if (e.kind == u"appointment")
        return QCoreApplication::translate("Sportello::CaseFile", "Appointment booked for %1")
            .arg(Format::dateTime(fromStamp(e.detail)));
    if (e.kind == u"member")
        return QCoreApplication::translate("Sportello::CaseFile", "Household member linked (%1)")
            .arg(e.detail);
    if (e.kind == u"attachment")
        return QCoreApplication::translate("Sportello::CaseFile", "Document recorded: %1")
            .arg(e.detail);
    return e.kind + u": "_s + e.detail;
}

CaseFile::CaseFile(const QString &dbPath, const QString &caseId)
    : m_path(dbPath)
    , m_caseId(caseId)
{ }

bool CaseFile::writable(const Session &session, QString *error) const
{
    const auto c = CaseRepository(m_path).find(m_caseId);
    if (!c) {
        *error = QCoreApplication::translate("Sportello::CaseFile", "No such case.");
        return false;
    }
    if (!session.can(Permission::ManageCases)) {
        *error = QCoreApplication::translate("Sportello::CaseFile",
                                             "Only social workers work on a case.");
        return false;
    }
    if (!c->isOpen()) {
        *error = QCoreApplication::translate(
            "Sportello::CaseFile",
            "The case is closed and can no longer change: a new request opens a new case.");
        return false;
    }
    return true;
}

QList<Assessment> CaseFile::assessments() const
{
    QSqlQuery q(Db::connection(m_path));
    q.prepare(u"SELECT id, kind, assessed_on, scores, team, summary, assessed_by "
              "FROM case_assessment WHERE case_id = ? AND deleted = 0 ORDER BY assessed_on, id"_s);
    run(q, {m_caseId});
    QList<Assessment> out;
    while (q.next()) {
        Assessment a;
        a.id = q.value(0).toString();
        kKinds.fromId(q.value(1).toString(), &a.kind);
        a.assessedOn = dateFrom(q.value(2).toString());
        a.scores = scoresFrom(q.value(3).toString());
        a.team = q.value(4).toString();
        a.summary = q.value(5).toString();
        a.assessedBy = q.value(6).toString();
        out << a;
    }
    return out;
}

bool CaseFile::addAssessment(const Session &session, Assessment *a, QString *error)
{
    if (!writable(session, error))
        return false;
    *error = assessmentProblem(*a);
    if (!error->isEmpty())
        return false;
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery q(db);
    a->id = RowStamp::newId();
    a->assessedBy = session.username;
    q.prepare(u"INSERT INTO case_assessment (id, municipality, case_id, kind, assessed_on, scores, "
              "team, summary, assessed_by, updated_at, updated_by) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!run(q,
             {a->id, session.municipality, m_caseId, kKinds.id(a->kind), dateText(a->assessedOn),
              scoresJson(a->scores), orNull(a->team.trimmed()), a->summary.trimmed(),
              session.username, RowStamp::now(), session.username})
        || !record(db, session, m_caseId, u"assessment"_s, kKinds.id(a->kind))
        || !transaction.commit()) {
        a->id.clear();
        *error = QCoreApplication::translate("Sportello::CaseFile",
                                             "The assessment could not be saved.");
        return false;
    }
    return true;
}

std::optional<Plan> CaseFile::plan() const
{
    const QSqlDatabase db = Db::connection(m_path);
    QSqlQuery q(db);
    q.prepare(u"SELECT id, agreed_on, measure, goals, review_on FROM case_plan "
              "WHERE case_id = ? AND deleted = 0 ORDER BY agreed_on DESC, id DESC LIMIT 1"_s);
    if (!run(q, {m_caseId}) || !q.next())
        return std::nullopt;
    Plan p {q.value(0).toString(), dateFrom(q.value(1).toString()), q.value(2).toString(),
            q.value(3).toString(), dateFrom(q.value(4).toString()), {}};
    q.prepare(u"SELECT id, description, responsible, responsible_name, due_on, review_on, status "
              "FROM plan_action WHERE plan_id = ? AND deleted = 0 ORDER BY due_on, id"_s);
    run(q, {p.id});
    while (q.next()) {
        PlanAction a;
        a.id = q.value(0).toString();
        a.description = q.value(1).toString();
        kResponsible.fromId(q.value(2).toString(), &a.responsible);
        a.responsibleName = q.value(3).toString();
        a.dueOn = dateFrom(q.value(4).toString());
        a.reviewOn = dateFrom(q.value(5).toString());
        kActionStatus.fromId(q.value(6).toString(), &a.status);
        p.actions << a;
    }
    return p;
}

bool CaseFile::savePlan(const Session &session, Plan *p, QString *error)
{
    if (!writable(session, error))
        return false;
    *error = planProblem(*p);
    if (!error->isEmpty())
        return false;
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery q(db);
    const bool creating = p->id.isEmpty();
    const QString stamped = RowStamp::now();
    bool ok = true;
    if (creating) {
        p->id = RowStamp::newId();
        q.prepare(u"INSERT INTO case_plan (id, municipality, case_id, agreed_on, measure, goals, "
                  "review_on, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        ok = run(q,
                 {p->id, session.municipality, m_caseId, dateText(p->agreedOn),
                  p->measure.trimmed(), p->goals.trimmed(), dateText(p->reviewOn), stamped,
                  session.username});
    } else {
        q.prepare(u"UPDATE case_plan SET agreed_on = ?, measure = ?, goals = ?, review_on = ?, "
                  "updated_at = ?, updated_by = ? WHERE id = ? AND case_id = ?"_s);
        ok = run(q,
                 {dateText(p->agreedOn), p->measure.trimmed(), p->goals.trimmed(),
                  dateText(p->reviewOn), stamped, session.username, p->id, m_caseId});
    }
    // Actions: new ones inserted, changed ones updated, dropped ones tombstoned.
    QSet<QString> kept;
    QSqlQuery action(db);
    for (PlanAction &a : p->actions) {
        if (!ok)
            break;
        const QVariantList values = {a.description.trimmed(),
                                     kResponsible.id(a.responsible),
                                     orNull(a.responsibleName.trimmed()),
                                     dateText(a.dueOn),
                                     dateOrNull(a.reviewOn),
                                     kActionStatus.id(a.status),
                                     stamped,
                                     session.username};
        if (a.id.isEmpty()) {
            a.id = RowStamp::newId();
            action.prepare(u"INSERT INTO plan_action (description, responsible, "
                           "responsible_name, due_on, review_on, status, updated_at, updated_by, "
                           "id, municipality, plan_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
            ok = run(action, values + QVariantList {a.id, session.municipality, p->id});
        } else {
            action.prepare(u"UPDATE plan_action SET description = ?, responsible = ?, "
                           "responsible_name = ?, due_on = ?, review_on = ?, status = ?, "
                           "updated_at = ?, updated_by = ? WHERE id = ? AND plan_id = ?"_s);
            ok = run(action, values + QVariantList {a.id, p->id});
        }
        kept.insert(a.id);
    }
    if (ok && !creating) {
        q.prepare(u"SELECT id FROM plan_action WHERE plan_id = ? AND deleted = 0"_s);
        run(q, {p->id});
        QStringList dropped;
        while (q.next()) {
            if (!kept.contains(q.value(0).toString()))
                dropped << q.value(0).toString();
        }
        action.prepare(u"UPDATE plan_action SET deleted = 1, updated_at = ?, updated_by = ? "
                       "WHERE id = ?"_s);
        for (const QString &id : std::as_const(dropped))
            ok = ok && run(action, {stamped, session.username, id});
    }
    if (!ok
        || !record(db, session, m_caseId, creating ? u"plan"_s : u"action"_s,
                   creating ? p->measure.trimmed() : u"plan revised"_s)
        || !AuditLog::record(
            db, session, AuditLog::Action::Update, u"social_case"_s, m_caseId,
            AuditLog::detail(u"plan_saved"_s,
                             {{u"agreed_on"_s, p->agreedOn.toString(Qt::ISODate)}}))
        || !transaction.commit()) {
        if (creating)
            p->id.clear();
        *error = QCoreApplication::translate("Sportello::CaseFile", "The plan could not be saved.");
        return false;
    }
    return true;
}

QList<Referral> CaseFile::referrals() const
{
    QSqlQuery q(Db::connection(m_path));
    q.prepare(u"SELECT id, citizen_id, centre, referred_on, pact_signed_on, outcome, outcome_on "
              "FROM employment_referral WHERE case_id = ? AND deleted = 0 ORDER BY referred_on"_s);
    run(q, {m_caseId});
    QList<Referral> out;
    while (q.next()) {
        Referral r;
        r.id = q.value(0).toString();
        r.citizenId = q.value(1).toString();
        r.centre = q.value(2).toString();
        r.referredOn = dateFrom(q.value(3).toString());
        r.pactSignedOn = dateFrom(q.value(4).toString());
        kOutcomes.fromId(q.value(5).toString(), &r.outcome);
        r.outcomeOn = dateFrom(q.value(6).toString());
        out << r;
    }
    return out;
}

bool CaseFile::saveReferral(const Session &session, Referral *r, QString *error)
{
    if (!writable(session, error))
        return false;
    *error = referralProblem(*r);
    if (!error->isEmpty())
        return false;
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery q(db);
    const bool creating = r->id.isEmpty();
    const QVariantList values = {r->citizenId,
                                 r->centre.trimmed(),
                                 dateText(r->referredOn),
                                 dateOrNull(r->pactSignedOn),
                                 kOutcomes.id(r->outcome),
                                 dateOrNull(r->outcomeOn),
                                 RowStamp::now(),
                                 session.username};
    if (creating) {
        r->id = RowStamp::newId();
        q.prepare(u"INSERT INTO employment_referral (citizen_id, centre, referred_on, "
                  "pact_signed_on, outcome, outcome_on, updated_at, updated_by, id, municipality, "
                  "case_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    } else {
        q.prepare(u"UPDATE employment_referral SET citizen_id = ?, centre = ?, referred_on = ?, "
                  "pact_signed_on = ?, outcome = ?, outcome_on = ?, updated_at = ?, "
                  "updated_by = ? WHERE id = ? AND case_id = ?"_s);
    }
    const QVariantList key = creating ? QVariantList {r->id, session.municipality, m_caseId}
                                      : QVariantList {r->id, m_caseId};
    if (!run(q, values + key)
        || !record(db, session, m_caseId, u"referral"_s,
                   r->centre.trimmed() + u": "_s + kOutcomes.id(r->outcome))
        || !transaction.commit()) {
        if (creating)
            r->id.clear();
        *error = QCoreApplication::translate("Sportello::CaseFile",
                                             "The referral could not be saved.");
        return false;
    }
    return true;
}

QList<Intervention> CaseFile::interventions() const
{
    QSqlQuery q(Db::connection(m_path));
    q.prepare(u"SELECT id, type_code, starts_on, ends_on, amount_cents, provider, status "
              "FROM case_intervention WHERE case_id = ? AND deleted = 0 ORDER BY starts_on, id"_s);
    run(q, {m_caseId});
    QList<Intervention> out;
    while (q.next()) {
        Intervention i;
        i.id = q.value(0).toString();
        i.typeCode = q.value(1).toString();
        i.startsOn = dateFrom(q.value(2).toString());
        i.endsOn = dateFrom(q.value(3).toString());
        i.amountCents = q.value(4).isNull() ? -1 : q.value(4).toLongLong();
        i.provider = q.value(5).toString();
        kInterventionStatus.fromId(q.value(6).toString(), &i.status);
        out << i;
    }
    return out;
}

bool CaseFile::saveIntervention(const Session &session, Intervention *i, QString *error)
{
    if (!writable(session, error))
        return false;
    const QList<InterventionType> types = Catalogue::active(m_path);
    const auto type = std::find_if(types.cbegin(), types.cend(), [&](const InterventionType &t) {
        return t.code == i->typeCode;
    });
    *error = interventionProblem(*i, type == types.cend() ? nullptr : &*type);
    if (!error->isEmpty())
        return false;
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery q(db);
    const bool creating = i->id.isEmpty();
    const QVariantList values
        = {i->typeCode,
           dateText(i->startsOn),
           dateOrNull(i->endsOn),
           i->amountCents >= 0 ? QVariant(i->amountCents) : QVariant(QMetaType::fromType<qint64>()),
           orNull(i->provider.trimmed()),
           kInterventionStatus.id(i->status),
           RowStamp::now(),
           session.username};
    if (creating) {
        i->id = RowStamp::newId();
        q.prepare(u"INSERT INTO case_intervention (type_code, starts_on, ends_on, amount_cents, "
                  "provider, status, updated_at, updated_by, id, municipality, case_id) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    } else {
        q.prepare(u"UPDATE case_intervention SET type_code = ?, starts_on = ?, ends_on = ?, "
                  "amount_cents = ?, provider = ?, status = ?, updated_at = ?, updated_by = ? "
                  "WHERE id = ? AND case_id = ?"_s);
    }
    const QVariantList key = creating ? QVariantList {i->id, session.municipality, m_caseId}
                                      : QVariantList {i->id, m_caseId};
    if (!run(q, values + key)
        || !record(db, session, m_caseId, u"intervention"_s,
                   i->typeCode + u": "_s + kInterventionStatus.id(i->status))
        || !transaction.commit()) {
        if (creating)
            i->id.clear();
        *error = QCoreApplication::translate("Sportello::CaseFile",
                                             "The intervention could not be saved.");
        return false;
    }
    return true;
}

QList<Attachment> CaseFile::attachments() const
{
    QSqlQuery q(Db::connection(m_path));
    q.prepare(u"SELECT id, file_name, kind, dated FROM case_attachment WHERE case_id = ? "
              "AND deleted = 0 ORDER BY dated, id"_s);
    run(q, {m_caseId});
    QList<Attachment> out;
    while (q.next())
        out << Attachment {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           dateFrom(q.value(3).toString())};
    return out;
}

bool CaseFile::addAttachment(const Session &session, Attachment *a, QString *error)
{
    if (!writable(session, error))
        return false;
    if (a->fileName.trimmed().isEmpty() || a->kind.trimmed().isEmpty() || !a->dated.isValid()) {
        *error = QCoreApplication::translate(
            "Sportello::CaseFile", "A document reference needs its file name, kind and date.");
        return false;
    }
    *error = TextLimits::tooLong(QCoreApplication::translate("Sportello::CaseFile", "File name"),
                                 a->fileName.trimmed(), TextLimits::kFileName);
    if (!error->isEmpty())
        return false;
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery q(db);
    a->id = RowStamp::newId();
    q.prepare(u"INSERT INTO case_attachment (id, municipality, case_id, file_name, kind, dated, "
              "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!run(q,
             {a->id, session.municipality, m_caseId, a->fileName.trimmed(), a->kind.trimmed(),
              dateText(a->dated), RowStamp::now(), session.username})
        || !record(db, session, m_caseId, u"attachment"_s, a->fileName.trimmed())
        || !transaction.commit()) {
        a->id.clear();
        *error = QCoreApplication::translate("Sportello::CaseFile",
                                             "The document reference could not be saved.");
        return false;
    }
    return true;
}

QList<CaseMember> CaseFile::members() const
{
    QSqlQuery q(Db::connection(m_path));
    q.prepare(u"SELECT id, citizen_id, relation FROM case_member WHERE case_id = ? "
              "AND deleted = 0 ORDER BY id"_s);
    run(q, {m_caseId});
    QList<CaseMember> out;
    while (q.next())
        out << CaseMember {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    return out;
}

bool CaseFile::addMember(const Session &session, CaseMember *m, QString *error)
{
    if (!writable(session, error))
        return false;
    const QSqlDatabase db = Db::connection(m_path);
    QSqlQuery q(db);
    q.prepare(u"SELECT 1 FROM citizen WHERE id = ? AND deleted = 0"_s);
    if (!run(q, {m->citizenId}) || !q.next()) {
        *error = QCoreApplication::translate("Sportello::CaseFile",
                                             "Choose the person from the registry.");
        return false;
    }
    for (const CaseMember &existing : members()) {
        if (existing.citizenId == m->citizenId) {
            *error = QCoreApplication::translate("Sportello::CaseFile",
                                                 "The person is already linked to the case.");
            return false;
        }
    }
    Transaction transaction(db);
    m->id = RowStamp::newId();
    q.prepare(u"INSERT INTO case_member (id, municipality, case_id, citizen_id, relation, "
              "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    if (!run(q,
             {m->id, session.municipality, m_caseId, m->citizenId, m->relation, RowStamp::now(),
              session.username})
        || !record(db, session, m_caseId, u"member"_s, m->relation) || !transaction.commit()) {
        m->id.clear();
        *error
            = QCoreApplication::translate("Sportello::CaseFile", "The person could not be linked.");
        return false;
    }
    return true;
}

} // namespace Sportello::Casework
