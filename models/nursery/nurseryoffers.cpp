// NurseryRepository: the seats offered by an allocation and the families' answers.
#include "models/access/auditdetail.h"
#include "models/access/auditlog.h"
#include "models/access/session.h"
#include "models/db/database.h"
#include "models/db/query.h"
#include "models/db/rowstamp.h"
#include "models/db/transaction.h"
#include "models/nursery/nurseryrepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello::Nursery {

using Db::run;

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
                          AuditLog::detail(u"allocation"_s,
                                           {{u"offered"_s, int(changes.create.size())},
                                            {u"revoked"_s, int(changes.revoke.size())}}))
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
        || !AuditLog::record(
            db, session, AuditLog::Action::Update, u"nursery_application"_s, applicationId,
            AuditLog::detail(u"offer_answer"_s,
                             {{u"status"_s, offerStatusId(status)}, {u"nursery"_s, open->nursery}}))
        || !transaction.commit()) {
        *error = QCoreApplication::translate("Sportello::NurseryRepository",
                                             "The answer could not be saved.");
        return false;
    }
    return true;
}

} // namespace Sportello::Nursery
