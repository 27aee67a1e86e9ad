#include "models/nursery/nurseryrepository.h"

#include "models/access/auditlog.h"
#include "models/access/session.h"
#include "models/db/database.h"
#include "models/db/query.h"
#include "models/db/rowstamp.h"
#include "models/db/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello::Nursery {

namespace {

using Db::orNull;
using Db::run;

const QString kApplicationColumns
    = u"id, protocol, child_citizen_id, applicant_citizen_id, child_fiscal_code, child_surname, "
      "child_given_names, applicant_fiscal_code, child_birth_date, submitted_at, isee_cents, "
      "preferences, withdrawn"_s;

// Binds an application's own columns in kApplicationColumns order, from position 0.
QVariantList applicationValues(const Application &a)
{
    return {a.id,
            a.protocol,
            orNull(a.childCitizenId),
            orNull(a.applicantCitizenId),
            orNull(a.childFiscalCode),
            orNull(a.childSurname),
            orNull(a.childGivenNames),
            orNull(a.applicantFiscalCode),
            a.childBirthDate.toString(Qt::ISODate),
            dateTimeText(a.submittedAt),
            a.hasIsee() ? QVariant(a.iseeCents) : QVariant(QMetaType::fromType<qint64>()),
            a.preferences.join(u';'),
            a.withdrawn ? 1 : 0};
}

Application applicationFrom(const QSqlQuery &q)
{
    Application a;
    a.id = q.value(0).toString();
    a.protocol = q.value(1).toString();
    a.childCitizenId = q.value(2).toString();
    a.applicantCitizenId = q.value(3).toString();
    a.childFiscalCode = q.value(4).toString();
    a.childSurname = q.value(5).toString();
    a.childGivenNames = q.value(6).toString();
    a.applicantFiscalCode = q.value(7).toString();
    a.childBirthDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    a.submittedAt = parseDateTime(q.value(9).toString());
    a.iseeCents = q.value(10).isNull() ? -1 : q.value(10).toLongLong();
    a.preferences = q.value(11).toString().split(u';', Qt::SkipEmptyParts);
    a.withdrawn = q.value(12).toInt() != 0;
    return a;
}

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

NurseryRepository::NurseryRepository(const QString &dbPath)
    : m_path(dbPath)
{ }

QList<RoundSummary> NurseryRepository::rounds() const
{
    QSqlQuery q(Db::connection(m_path));
    q.exec(u"SELECT r.id, r.code, r.school_year, r.municipality, r.state, "
           "(SELECT count(*) FROM nursery_application a WHERE a.round_id = r.id "
           "AND a.deleted = 0) FROM nursery_round r WHERE r.deleted = 0 "
           "ORDER BY r.school_year DESC, r.code"_s);
    QList<RoundSummary> out;
    while (q.next()) {
        RoundSummary s {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), RoundState::Draft,     q.value(5).toLongLong()};
        roundStateFromId(q.value(4).toString(), &s.state);
        out.append(s);
    }
    return out;
}

QString NurseryRepository::roundIdByCode(const QString &code) const
{
    QSqlQuery q(Db::connection(m_path));
    q.prepare(u"SELECT id FROM nursery_round WHERE code = ? AND deleted = 0 "
              "ORDER BY updated_at DESC LIMIT 1"_s);
    q.addBindValue(code);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

std::optional<Round> NurseryRepository::round(const QString &id) const
{
    QSqlQuery q(Db::connection(m_path));
    q.prepare(u"SELECT state, rules FROM nursery_round WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Round r;
    r.id = id;
    roundStateFromId(q.value(0).toString(), &r.state);
    QString error;
    const auto rules = RuleSet::fromJson(q.value(1).toString().toUtf8(), &error);
    if (!rules) {
        qWarning("round %s: stored rules unreadable: %s", qPrintable(id), qPrintable(error));
        return std::nullopt;
    }
    r.rules = *rules;
    return r;
}

std::optional<RoundData> NurseryRepository::load(const QString &roundId) const
{
    const auto r = round(roundId);
    if (!r)
        return std::nullopt;
    RoundData data;
    data.round = *r;
    const QSqlDatabase db = Db::connection(m_path);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kApplicationColumns
              + u" FROM nursery_application WHERE round_id = ? AND deleted = 0 "
                "ORDER BY protocol"_s);
    q.addBindValue(roundId);
    q.exec();
    QHash<QString, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toString(), data.applications.size());
        data.applications.append(applicationFrom(q));
    }
    q.prepare(u"SELECT c.application_id, c.id, c.criterion, c.count, c.nursery, c.status, "
              "c.reviewed_by, c.reviewed_at FROM nursery_condition c "
              "JOIN nursery_application a ON a.id = c.application_id "
              "WHERE a.round_id = ? AND a.deleted = 0 AND c.deleted = 0 ORDER BY c.id"_s);
    q.addBindValue(roundId);
    q.exec();
    while (q.next()) {
        const qsizetype at = index.value(q.value(0).toString(), -1);
        if (at < 0)
            continue;
        Condition c;
        c.id = q.value(1).toString();
        c.code = q.value(2).toString();
        c.count = q.value(3).toInt();
        c.nursery = q.value(4).toString();
        conditionStatusFromId(q.value(5).toString(), &c.status);
        c.reviewedBy = q.value(6).toString();
        c.reviewedAt = q.value(7).toString();
        data.applications[at].conditions.append(c);
    }
    q.prepare(u"SELECT id, application_id, nursery, preference, status, offered_at, "
              "answered_at, answered_by FROM nursery_offer WHERE round_id = ? AND deleted = 0 "
              "ORDER BY offered_at, id"_s);
    q.addBindValue(roundId);
    q.exec();
    while (q.next()) {
        Offer o;
        o.id = q.value(0).toString();
        o.applicationId = q.value(1).toString();
        o.nursery = q.value(2).toString();
        o.preference = q.value(3).toInt();
        offerStatusFromId(q.value(4).toString(), &o.status);
        o.offeredAt = q.value(5).toString();
        o.answeredAt = q.value(6).toString();
        o.answeredBy = q.value(7).toString();
        data.offers.append(o);
    }
    return data;
}

QSet<QString> NurseryRepository::protocols(const QString &roundId) const
{
    QSqlQuery q(Db::connection(m_path));
    q.prepare(u"SELECT protocol FROM nursery_application WHERE round_id = ? AND deleted = 0"_s);
    q.addBindValue(roundId);
    q.exec();
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

bool NurseryRepository::rulesMayChange(const QString &roundId, const RuleSet &rules,
                                       QString *error) const
{
    const auto data = load(roundId);
    if (!data)
        return true;
    if (!rulesEditable(data->round.state)) {
        *error = QCoreApplication::translate(
                     "Sportello::NurseryRepository",
                     "The round %1 is at the stage \"%2\": its rules can no longer change.")
                     .arg(rules.round, roundStateLabel(data->round.state));
        return false;
    }
    const bool answered
        = std::any_of(data->offers.cbegin(), data->offers.cend(),
                      [](const Offer &o) { return o.status != OfferStatus::Revoked; });
    if (answered) {
        *error = QCoreApplication::translate(
                     "Sportello::NurseryRepository",
                     "Seats of the round %1 have been offered: its rules can no longer change.")
                     .arg(rules.round);
        return false;
    }
    for (const Application &a : data->applications) {
        for (const QString &nursery : a.preferences) {
            if (rules.nurseryIndex(nursery) < 0) {
                *error = QCoreApplication::translate(
                             "Sportello::NurseryRepository",
                             "The application %1 chooses the nursery %2, which these rules do not "
                             "have.")
                             .arg(a.protocol, nursery);
                return false;
            }
        }
        for (const Condition &c : a.conditions) {
            const int criterion = rules.criterionIndex(c.code);
            if (criterion < 0
                || rules.criteria.at(criterion).namesNursery() != !c.nursery.isEmpty()) {
                *error = QCoreApplication::translate(
                             "Sportello::NurseryRepository",
                             "The application %1 declares %2, which these rules do not score that "
                             "way.")
                             .arg(a.protocol, c.text());
                return false;
            }
        }
    }
    return true;
}

bool NurseryRepository::importRules(const Session &session, const RuleSet &rules,
                                    RoundState initial, QString *roundId, QString *error)
{
    const QStringList problems = rules.problems();
    if (!problems.isEmpty()) {
        *error = problems.first();
        return false;
    }
    const QString existing = roundIdByCode(rules.round);
    if (!existing.isEmpty()) {
        *roundId = existing;
        return saveRules(session, existing, rules, error);
    }
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO nursery_round (id, municipality, code, school_year, state, rules, "
              "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    *roundId = RowStamp::newId();
    if (!run(q,
             {*roundId, rules.municipality, rules.round, rules.schoolYear, roundStateId(initial),
              QString::fromUtf8(rules.toJsonText()), RowStamp::now(), session.username})
        || !AuditLog::record(db, session, AuditLog::Action::Create, u"nursery_round"_s, *roundId,
                             rules.round)
        || !transaction.commit()) {
        *error = QCoreApplication::translate("Sportello::NurseryRepository",
                                             "The round could not be saved: %1")
                     .arg(q.lastError().text());
        return false;
    }
    return true;
}

bool NurseryRepository::saveRules(const Session &session, const QString &roundId,
                                  const RuleSet &rules, QString *error)
{
    const QStringList problems = rules.problems();
    if (!problems.isEmpty()) {
        *error = problems.first();
        return false;
    }
    if (!rulesMayChange(roundId, rules, error))
        return false;
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery q(db);
    q.prepare(u"UPDATE nursery_round SET code = ?, school_year = ?, rules = ?, updated_at = ?, "
              "updated_by = ? WHERE id = ?"_s);
    if (!run(q,
             {rules.round, rules.schoolYear, QString::fromUtf8(rules.toJsonText()), RowStamp::now(),
              session.username, roundId})
        || !AuditLog::record(db, session, AuditLog::Action::Update, u"nursery_round"_s, roundId,
                             u"rules"_s)
        || !transaction.commit()) {
        *error = QCoreApplication::translate("Sportello::NurseryRepository",
                                             "The rules could not be saved: %1")
                     .arg(q.lastError().text());
        return false;
    }
    return true;
}

bool NurseryRepository::setState(const Session &session, const QString &roundId, RoundState state,
                                 QString *error)
{
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery q(db);
    q.prepare(u"UPDATE nursery_round SET state = ?, updated_at = ?, updated_by = ? "
              "WHERE id = ? AND deleted = 0"_s);
    if (!run(q, {roundStateId(state), RowStamp::now(), session.username, roundId})
        || q.numRowsAffected() != 1
        || !AuditLog::record(db, session, AuditLog::Action::Update, u"nursery_round"_s, roundId,
                             u"state "_s + roundStateId(state))
        || !transaction.commit()) {
        *error = QCoreApplication::translate("Sportello::NurseryRepository",
                                             "The stage of the round could not be changed.");
        return false;
    }
    return true;
}

bool NurseryRepository::advance(const Session &session, const EvaluatedRound &round, QString *error)
{
    const RoundData &data = round.data;
    const auto next = nextState(data.round.state);
    if (!next) {
        *error = QCoreApplication::translate("Sportello::NurseryRepository",
                                             "The round is at its last stage.");
        return false;
    }
    if (*next == RoundState::Open && !data.round.rules.problems().isEmpty()) {
        *error = data.round.rules.problems().first();
        return false;
    }
    if (*next == RoundState::Provisional || *next == RoundState::Final) {
        Snapshot snapshot
            = Snapshot::of(data, round.result.ranking,
                           *next == RoundState::Final ? ListKind::Final : ListKind::Provisional);
        if (!publish(session, &snapshot, error))
            return false;
    }
    if (*next == RoundState::Allocation && !recordAllocation(session, data, round.result, error))
        return false;
    return setState(session, data.round.id, *next, error);
}

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
    if (!AuditLog::record(db, session, AuditLog::Action::Create, u"nursery_round"_s, roundId,
                          u"applications imported: %1"_s.arg(applications->size()))
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
    q.prepare(u"SELECT 1 FROM nursery_application WHERE round_id = ? AND protocol = ? "
              "AND id <> ? AND deleted = 0"_s);
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
                          u"nursery_application"_s, a->id, a->protocol)
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
        || !AuditLog::record(db, session, AuditLog::Action::Update, u"nursery_application"_s,
                             applicationId, withdrawn ? u"withdrawn"_s : u"reinstated"_s)
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
    const QString detail = q.value(1).toString() + u' ' + conditionStatusId(status);
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

bool NurseryRepository::recordAllocation(const Session &session, const RoundData &data,
                                         const RoundResult &result, QString *error, int *offered,
                                         int *revoked)
{
    const OfferChanges changes = offerChanges(data, result);
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    const QString now = RowStamp::now();
    QSqlQuery revoke(db);
    revoke.prepare(u"UPDATE nursery_offer SET status = 'revoked', answered_at = ?, "
                   "updated_at = ?, updated_by = ? WHERE id = ? AND status = 'offered'"_s);
    for (const QString &id : changes.revoke) {
        if (!run(revoke, {now, now, session.username, id})) {
            *error = QCoreApplication::translate("Sportello::NurseryRepository",
                                                 "The allocation could not be saved: %1")
                         .arg(revoke.lastError().text());
            return false;
        }
    }
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO nursery_offer (id, municipality, round_id, application_id, "
                   "nursery, preference, status, offered_at, updated_at, updated_by) "
                   "VALUES (?, ?, ?, ?, ?, ?, 'offered', ?, ?, ?)"_s);
    for (const Offer &o : changes.create) {
        if (!run(insert,
                 {RowStamp::newId(), session.municipality, data.round.id, o.applicationId,
                  o.nursery, o.preference, now, now, session.username})) {
            *error = QCoreApplication::translate("Sportello::NurseryRepository",
                                                 "The allocation could not be saved: %1")
                         .arg(insert.lastError().text());
            return false;
        }
    }
    if (!AuditLog::record(db, session, AuditLog::Action::Update, u"nursery_round"_s, data.round.id,
                          u"allocation: %1 offered, %2 revoked"_s.arg(changes.create.size())
                              .arg(changes.revoke.size()))
        || !transaction.commit()) {
        *error = QCoreApplication::translate("Sportello::NurseryRepository",
                                             "The allocation could not be saved: %1")
                     .arg(transaction.errorText());
        return false;
    }
    if (offered)
        *offered = int(changes.create.size());
    if (revoked)
        *revoked = int(changes.revoke.size());
    return true;
}

bool NurseryRepository::recordAnswer(const Session &session, const RoundData &data,
                                     const QString &protocol, bool accept, QString *error)
{
    const int a = data.applicationIndex(protocol);
    if (a < 0) {
        *error = QCoreApplication::translate("Sportello::NurseryRepository",
                                             "The round %1 has no application %2.")
                     .arg(data.round.rules.round, protocol);
        return false;
    }
    const QString applicationId = data.applications.at(a).id;
    const auto open = std::find_if(data.offers.cbegin(), data.offers.cend(), [&](const Offer &o) {
        return o.applicationId == applicationId && o.status == OfferStatus::Offered;
    });
    if (open == data.offers.cend()) {
        *error = QCoreApplication::translate(
                     "Sportello::NurseryRepository",
                     "The application %1 holds no offer to answer: allocate the seats first.")
                     .arg(protocol);
        return false;
    }
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery q(db);
    const QString now = RowStamp::now();
    q.prepare(u"UPDATE nursery_offer SET status = ?, answered_at = ?, answered_by = ?, "
              "updated_at = ?, updated_by = ? WHERE id = ? AND status = 'offered'"_s);
    const OfferStatus status = accept ? OfferStatus::Accepted : OfferStatus::Refused;
    if (!run(q, {offerStatusId(status), now, session.username, now, session.username, open->id})
        || q.numRowsAffected() != 1
        || !AuditLog::record(db, session, AuditLog::Action::Update, u"nursery_application"_s,
                             applicationId, offerStatusId(status) + u' ' + open->nursery)
        || !transaction.commit()) {
        *error = QCoreApplication::translate("Sportello::NurseryRepository",
                                             "The answer could not be saved.");
        return false;
    }
    return true;
}

bool NurseryRepository::publish(const Session &session, Snapshot *snapshot, QString *error)
{
    for (const Snapshot &latest : snapshots(snapshot->roundId)) {
        if (latest.list != snapshot->list)
            continue;
        if (latest.sameContent(*snapshot)) {
            *snapshot = latest;
            return true;
        }
        break;
    }
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery q(db);
    snapshot->id = RowStamp::newId();
    snapshot->publishedAt = RowStamp::now();
    snapshot->publishedBy = session.username;
    q.prepare(u"INSERT INTO nursery_snapshot (id, municipality, round_id, list, published_at, "
              "published_by, rules, ranking, updated_at, updated_by) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!run(q,
             {snapshot->id, session.municipality, snapshot->roundId, listKindId(snapshot->list),
              snapshot->publishedAt, session.username,
              QString::fromUtf8(snapshot->rules.toJsonText()),
              QString::fromUtf8(snapshot->rowsJson()), snapshot->publishedAt, session.username})
        || !AuditLog::record(db, session, AuditLog::Action::Create, u"nursery_round"_s,
                             snapshot->roundId, u"published "_s + listKindId(snapshot->list))
        || !transaction.commit()) {
        *error = QCoreApplication::translate("Sportello::NurseryRepository",
                                             "The ranking could not be published: %1")
                     .arg(q.lastError().text());
        return false;
    }
    return true;
}

QList<Snapshot> NurseryRepository::snapshots(const QString &roundId) const
{
    QSqlQuery q(Db::connection(m_path));
    q.prepare(u"SELECT id, list, published_at, published_by, rules, ranking FROM nursery_snapshot "
              "WHERE round_id = ? AND deleted = 0 ORDER BY published_at DESC, id DESC"_s);
    q.addBindValue(roundId);
    q.exec();
    QList<Snapshot> out;
    while (q.next()) {
        Snapshot s;
        s.id = q.value(0).toString();
        s.roundId = roundId;
        listKindFromId(q.value(1).toString(), &s.list);
        s.publishedAt = q.value(2).toString();
        s.publishedBy = q.value(3).toString();
        QString error;
        if (const auto rules = RuleSet::fromJson(q.value(4).toString().toUtf8(), &error))
            s.rules = *rules;
        s.rows = Snapshot::rowsFromJson(q.value(5).toString().toUtf8());
        out.append(s);
    }
    return out;
}

} // namespace Sportello::Nursery
