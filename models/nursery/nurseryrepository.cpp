#include "models/nursery/nurseryrepository.h"

#include "models/access/auditdetail.h"
#include "models/access/auditlog.h"
#include "models/access/session.h"
#include "models/db/database.h"
#include "models/db/query.h"
#include "models/db/rowstamp.h"
#include "models/db/transaction.h"
#include "models/nursery/applicationrows.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello::Nursery {

using Db::run;

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
                             AuditLog::detail(u"round"_s, {{u"code"_s, rules.round}}))
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
                             AuditLog::detail(u"rules_changed"_s))
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
        || !AuditLog::record(
            db, session, AuditLog::Action::Update, u"nursery_round"_s, roundId,
            AuditLog::detail(u"round_state"_s, {{u"state"_s, roundStateId(state)}}))
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
        || !AuditLog::record(
            db, session, AuditLog::Action::Create, u"nursery_round"_s, snapshot->roundId,
            AuditLog::detail(u"ranking_published"_s, {{u"list"_s, listKindId(snapshot->list)}}))
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
