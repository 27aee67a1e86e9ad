#include "models/registry/householdrepository.h"

#include "models/access/auditdetail.h"
#include "models/access/auditlog.h"
#include "models/access/session.h"
#include "models/common/enumids.h"
#include "models/db/database.h"
#include "models/db/rowstamp.h"
#include "models/db/transaction.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello {

namespace Relations {

namespace {

constexpr EnumIds<Relation, 10> kIds({{
    {Relation::Head, u"head"},
    {Relation::Spouse, u"spouse"},
    {Relation::Partner, u"partner"},
    {Relation::Child, u"child"},
    {Relation::Parent, u"parent"},
    {Relation::Sibling, u"sibling"},
    {Relation::Grandchild, u"grandchild"},
    {Relation::Grandparent, u"grandparent"},
    {Relation::OtherRelative, u"other_relative"},
    {Relation::Cohabitant, u"cohabitant"},
}});

} // namespace

QList<Relation> all()
{
    return kIds.values();
}

QString id(Relation relation)
{
    return kIds.id(relation);
}

bool fromId(const QString &text, Relation *relation)
{
    return kIds.fromId(text, relation);
}

QString label(Relation relation)
{
    switch (relation) {
    case Relation::Head:
        return QCoreApplication::translate("Sportello::Relations", "Head of household");
    case Relation::Spouse:
        return QCoreApplication::translate("Sportello::Relations", "Spouse");
    case Relation::Partner:
        return QCoreApplication::translate("Sportello::Relations", "Civil partner");
    case Relation::Child:
        return QCoreApplication::translate("Sportello::Relations", "Child");
    case Relation::Parent:
        return QCoreApplication::translate("Sportello::Relations", "Parent");
    case Relation::Sibling:
        return QCoreApplication::translate("Sportello::Relations", "Brother or sister");
    case Relation::Grandchild:
        return QCoreApplication::translate("Sportello::Relations", "Grandchild");
    case Relation::Grandparent:
        return QCoreApplication::translate("Sportello::Relations", "Grandparent");
    case Relation::OtherRelative:
        return QCoreApplication::translate("Sportello::Relations", "Other relative");
    case Relation::Cohabitant:
        return QCoreApplication::translate("Sportello::Relations", "Cohabitant");
    }
    return QString();
}

} // namespace Relations

namespace {

// The live household id of a citizen, or empty.
QString householdIdOf(const QSqlDatabase &db, const QString &citizenId)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT household_id FROM household_member WHERE citizen_id = ? AND "
                  "deleted = 0 LIMIT 1"_s);
    query.addBindValue(citizenId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool insertMember(const QSqlDatabase &db, const Session &session, const QString &householdId,
                  const QString &citizenId, Relation relation)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO household_member (id, municipality, household_id, citizen_id, "
                  "relation, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QString &v : {RowStamp::newId(), session.municipality, householdId, citizenId,
                             Relations::id(relation), RowStamp::now(), session.username}) {
        query.addBindValue(v);
    }
    return query.exec();
}

bool updateMember(const QSqlDatabase &db, const Session &session, const QString &memberId,
                  const QString &assignment, const QVariant &value, QString *householdId)
{
    QSqlQuery query(db);
    query.prepare(u"UPDATE household_member SET %1, updated_at = ?, updated_by = ? "
                  "WHERE id = ? AND deleted = 0 RETURNING household_id"_s.arg(assignment));
    query.addBindValue(value);
    query.addBindValue(RowStamp::now());
    query.addBindValue(session.username);
    query.addBindValue(memberId);
    if (!query.exec() || !query.next())
        return false;
    *householdId = query.value(0).toString();
    return true;
}

} // namespace

HouseholdRepository::HouseholdRepository(const QString &dbPath)
    : m_path(dbPath)
{ }

std::optional<Household> HouseholdRepository::ofCitizen(const QString &citizenId) const
{
    const QSqlDatabase db = Db::connection(m_path);
    Household household;
    household.id = householdIdOf(db, citizenId);
    if (household.id.isEmpty())
        return std::nullopt;
    QSqlQuery query(db);
    query.prepare(u"SELECT m.id, c.id, c.fiscal_code, c.surname, c.given_names, c.birth_date, "
                  "m.relation FROM household_member m JOIN citizen c ON c.id = m.citizen_id "
                  "WHERE m.household_id = ? AND m.deleted = 0 AND c.deleted = 0 "
                  "ORDER BY m.relation <> 'head', c.birth_date, c.surname"_s);
    query.addBindValue(household.id);
    query.exec();
    while (query.next()) {
        HouseholdMember member;
        member.memberId = query.value(0).toString();
        member.citizenId = query.value(1).toString();
        member.fiscalCode = query.value(2).toString();
        member.surname = query.value(3).toString();
        member.givenNames = query.value(4).toString();
        member.birthDate = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        Relations::fromId(query.value(6).toString(), &member.relation);
        household.members.append(member);
    }
    return household;
}

bool HouseholdRepository::addMember(const Session &session, const QString &citizenId,
                                    const QString &newMemberId, Relation relation, QString *error)
{
    const QSqlDatabase db = Db::connection(m_path);
    if (citizenId == newMemberId) {
        *error
            = QCoreApplication::translate("Sportello::HouseholdRepository",
                                          "A person cannot be added to their own household twice.");
        return false;
    }
    Transaction transaction(db);
    if (!householdIdOf(db, newMemberId).isEmpty()) {
        *error = QCoreApplication::translate(
            "Sportello::HouseholdRepository",
            "This person already lives in another household: remove them from it "
            "first.");
        return false;
    }
    QString householdId = householdIdOf(db, citizenId);
    bool ok = true;
    if (householdId.isEmpty()) {
        householdId = RowStamp::newId();
        QSqlQuery query(db);
        query.prepare(u"INSERT INTO household (id, municipality, updated_at, updated_by) "
                      "VALUES (?, ?, ?, ?)"_s);
        for (const QString &v :
             {householdId, session.municipality, RowStamp::now(), session.username}) {
            query.addBindValue(v);
        }
        ok = query.exec() && insertMember(db, session, householdId, citizenId, Relation::Head)
            && AuditLog::record(db, session, AuditLog::Action::Create, u"household"_s, householdId);
    }
    ok = ok && insertMember(db, session, householdId, newMemberId, relation)
        && AuditLog::record(db, session, AuditLog::Action::Update, u"household"_s, householdId,
                            AuditLog::detail(u"member_added"_s))
        && transaction.commit();
    if (!ok)
        *error = QCoreApplication::translate("Sportello::HouseholdRepository",
                                             "The household could not be saved: %1")
                     .arg(db.lastError().text());
    return ok;
}

bool HouseholdRepository::setRelation(const Session &session, const QString &memberId,
                                      Relation relation, QString *error)
{
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QString householdId;
    const bool ok = updateMember(db, session, memberId, u"relation = ?"_s, Relations::id(relation),
                                 &householdId)
        && AuditLog::record(db, session, AuditLog::Action::Update, u"household"_s, householdId,
                            AuditLog::detail(u"relation_changed"_s))
        && transaction.commit();
    if (!ok)
        *error = QCoreApplication::translate("Sportello::HouseholdRepository",
                                             "The relation could not be changed.");
    return ok;
}

bool HouseholdRepository::removeMember(const Session &session, const QString &memberId,
                                       QString *error)
{
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QString householdId;
    const bool ok = updateMember(db, session, memberId, u"deleted = ?"_s, 1, &householdId)
        && AuditLog::record(db, session, AuditLog::Action::Update, u"household"_s, householdId,
                            AuditLog::detail(u"member_removed"_s))
        && transaction.commit();
    if (!ok)
        *error = QCoreApplication::translate("Sportello::HouseholdRepository",
                                             "The member could not be removed.");
    return ok;
}

} // namespace Sportello
