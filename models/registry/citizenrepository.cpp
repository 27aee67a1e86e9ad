#include "models/registry/citizenrepository.h"

#include "models/access/auditdetail.h"
#include "models/access/auditlog.h"
#include "models/access/session.h"
#include "models/common/format.h"
#include "models/db/database.h"
#include "models/db/rowstamp.h"
#include "models/db/transaction.h"
#include "models/registry/fiscalcode.h"
#include "models/registry/searchkey.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Sportello {

namespace {

const QString kColumns = u"id, municipality, fiscal_code, surname, given_names, sex, birth_date, "
                         "birth_place_code, address, phone, email, row_version, updated_at, "
                         "updated_by, deleted"_s;

Citizen citizenFrom(const QSqlQuery &q)
{
    Citizen c;
    c.id = q.value(0).toString();
    c.municipality = q.value(1).toString();
    c.fiscalCode = q.value(2).toString();
    c.surname = q.value(3).toString();
    c.givenNames = q.value(4).toString();
    const QString sex = q.value(5).toString();
    c.sex = sex.isEmpty() ? QChar() : sex.at(0);
    c.birthDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    c.birthPlaceCode = q.value(7).toString();
    c.address = q.value(8).toString();
    c.phone = q.value(9).toString();
    c.email = q.value(10).toString();
    c.rowVersion = q.value(11).toLongLong();
    c.updatedAt = q.value(12).toString();
    c.updatedBy = q.value(13).toString();
    c.deleted = q.value(14).toBool();
    return c;
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// Names of the fields that differ, for the audit detail (values stay out of the log).
QStringList changedFields(const Citizen &before, const Citizen &after)
{
    QStringList fields;
    const auto check = [&fields](bool differs, const char *name) {
        if (differs)
            fields << QString::fromLatin1(name);
    };
    check(before.fiscalCode != after.fiscalCode, "fiscal_code");
    check(before.surname != after.surname, "surname");
    check(before.givenNames != after.givenNames, "given_names");
    check(before.sex != after.sex, "sex");
    check(before.birthDate != after.birthDate, "birth_date");
    check(before.birthPlaceCode != after.birthPlaceCode, "birth_place_code");
    check(before.address != after.address, "address");
    check(before.phone != after.phone, "phone");
    check(before.email != after.email, "email");
    return fields;
}

QString blockingErrors(const Citizen &citizen)
{
    QStringList messages;
    for (const FieldIssue &issue : CitizenRules::errors(citizen))
        messages << issue.message;
    return messages.join(u' ');
}

} // namespace

CitizenRepository::CitizenRepository(const QString &dbPath)
    : m_path(dbPath)
{ }

std::optional<Citizen> CitizenRepository::find(const QString &id) const
{
    QSqlQuery query(Db::connection(m_path));
    query.prepare(u"SELECT %1 FROM citizen WHERE id = ?"_s.arg(kColumns));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return citizenFrom(query);
    return std::nullopt;
}

QHash<QString, Citizen> CitizenRepository::findAll(const QStringList &ids) const
{
    QSqlQuery query(Db::connection(m_path));
    query.prepare(u"SELECT %1 FROM citizen WHERE id = ?"_s.arg(kColumns)); // prepared once
    QHash<QString, Citizen> out;
    for (const QString &id : ids) {
        if (out.contains(id))
            continue;
        query.bindValue(0, id);
        if (query.exec() && query.next())
            out.insert(id, citizenFrom(query));
    }
    return out;
}

qint64 CitizenRepository::count() const
{
    QSqlQuery query(u"SELECT count(*) FROM citizen_search"_s, Db::connection(m_path));
    return query.next() ? query.value(0).toLongLong() : 0;
}

QStringList CitizenRepository::idsWithFiscalCode(const QString &fiscalCode) const
{
    QSqlQuery query(Db::connection(m_path));
    query.prepare(u"SELECT id FROM citizen WHERE fiscal_code = ?"_s);
    query.addBindValue(fiscalCode);
    QStringList ids;
    if (query.exec()) {
        while (query.next())
            ids << query.value(0).toString();
    }
    return ids;
}

QList<Citizen> CitizenRepository::duplicatesOf(const Citizen &citizen) const
{
    QSqlQuery query(Db::connection(m_path));
    query.prepare(u"SELECT %1 FROM citizen WHERE id IN ("
                  "SELECT citizen_id FROM citizen_search WHERE fiscal_code = ? UNION "
                  "SELECT citizen_id FROM citizen_search WHERE name_key = ? AND birth_date = ?) "
                  "AND id IS NOT ? "
                  "ORDER BY surname, given_names"_s.arg(kColumns));
    query.addBindValue(citizen.fiscalCode.toUpper());
    query.addBindValue(SearchKey::nameKey(citizen.surname, citizen.givenNames));
    query.addBindValue(citizen.birthDate.toString(Qt::ISODate));
    query.addBindValue(orNull(citizen.id));
    QList<Citizen> found;
    if (query.exec()) {
        while (query.next())
            found.append(citizenFrom(query));
    }
    return found;
}

std::optional<Citizen> CitizenRepository::holderOf(const QString &municipality,
                                                   const QString &fiscalCode,
                                                   const QString &exceptId) const
{
    QSqlQuery query(Db::connection(m_path));
    query.prepare(u"SELECT %1 FROM citizen WHERE municipality = ? AND fiscal_code = ? "
                  "AND deleted = 0 AND id IS NOT ?"_s.arg(kColumns));
    query.addBindValue(municipality);
    query.addBindValue(FiscalCode::normalized(fiscalCode));
    query.addBindValue(orNull(exceptId));
    if (query.exec() && query.next())
        return citizenFrom(query);
    return std::nullopt;
}

QString CitizenRepository::alreadyRegistered(const Citizen &holder)
{
    return QCoreApplication::translate(
               "Sportello::CitizenRepository",
               "The fiscal code %1 is already registered for %2 %3, born on %4. A fiscal code "
               "identifies one person: open that record instead.")
        .arg(holder.fiscalCode, holder.surname, holder.givenNames, Format::date(holder.birthDate));
}

bool CitizenRepository::create(const Session &session, Citizen *citizen, QString *error)
{
    *citizen = CitizenRules::normalized(*citizen);
    *error = blockingErrors(*citizen);
    if (!error->isEmpty())
        return false;
    if (const auto holder = holderOf(session.municipality, citizen->fiscalCode)) {
        *error = alreadyRegistered(*holder);
        return false;
    }
    citizen->id = RowStamp::newId();
    citizen->municipality = session.municipality;
    citizen->updatedAt = RowStamp::now();
    citizen->updatedBy = session.username;
    citizen->rowVersion = 0;
    citizen->deleted = false;

    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(
        u"INSERT INTO citizen (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
            kColumns));
    const Citizen &c = *citizen;
    for (const QVariant &v :
         {QVariant(c.id), QVariant(c.municipality), QVariant(c.fiscalCode), QVariant(c.surname),
          QVariant(c.givenNames), QVariant(QString(c.sex)),
          QVariant(c.birthDate.toString(Qt::ISODate)), QVariant(c.birthPlaceCode),
          orNull(c.address), orNull(c.phone), orNull(c.email), QVariant(c.rowVersion),
          QVariant(c.updatedAt), QVariant(c.updatedBy), QVariant(0)}) {
        query.addBindValue(v);
    }
    if (!query.exec()
        || !AuditLog::record(db, session, AuditLog::Action::Create, u"citizen"_s, c.id)
        || !transaction.commit()) {
        *error = QCoreApplication::translate("Sportello::CitizenRepository",
                                             "The citizen could not be saved: %1")
                     .arg(query.lastError().text() + transaction.errorText());
        return false;
    }
    return true;
}

bool CitizenRepository::update(const Session &session, const Citizen &input, QString *error)
{
    Citizen citizen = CitizenRules::normalized(input);
    *error = blockingErrors(citizen);
    if (!error->isEmpty())
        return false;
    const std::optional<Citizen> before = find(citizen.id);
    if (!before) {
        *error = QCoreApplication::translate("Sportello::CitizenRepository",
                                             "The citizen no longer exists.");
        return false;
    }
    const QStringList changes = changedFields(*before, citizen);
    if (changes.isEmpty())
        return true;
    if (const auto holder = holderOf(before->municipality, citizen.fiscalCode, citizen.id);
        holder && !before->deleted) {
        *error = alreadyRegistered(*holder);
        return false;
    }

    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(u"UPDATE citizen SET fiscal_code = ?, surname = ?, given_names = ?, sex = ?, "
                  "birth_date = ?, birth_place_code = ?, address = ?, phone = ?, email = ?, "
                  "updated_at = ?, updated_by = ? WHERE id = ?"_s);
    for (const QVariant &v :
         {QVariant(citizen.fiscalCode), QVariant(citizen.surname), QVariant(citizen.givenNames),
          QVariant(QString(citizen.sex)), QVariant(citizen.birthDate.toString(Qt::ISODate)),
          QVariant(citizen.birthPlaceCode), orNull(citizen.address), orNull(citizen.phone),
          orNull(citizen.email), QVariant(RowStamp::now()), QVariant(session.username),
          QVariant(citizen.id)}) {
        query.addBindValue(v);
    }
    if (!query.exec()
        || !AuditLog::record(db, session, AuditLog::Action::Update, u"citizen"_s, citizen.id,
                             AuditLog::detail(u"fields"_s, {{u"fields"_s, changes}}))
        || !transaction.commit()) {
        *error = QCoreApplication::translate("Sportello::CitizenRepository",
                                             "The citizen could not be saved: %1")
                     .arg(query.lastError().text() + transaction.errorText());
        return false;
    }
    return true;
}

bool CitizenRepository::setDeleted(const Session &session, const QString &id, bool deleted,
                                   QString *error)
{
    if (!deleted) { // restored: unless someone else holds the code meanwhile
        const std::optional<Citizen> citizen = find(id);
        if (const auto holder
            = citizen ? holderOf(citizen->municipality, citizen->fiscalCode, id) : std::nullopt) {
            *error = alreadyRegistered(*holder);
            return false;
        }
    }
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(u"UPDATE citizen SET deleted = ?, updated_at = ?, updated_by = ? "
                  "WHERE id = ? AND deleted = ?"_s);
    query.addBindValue(deleted ? 1 : 0);
    query.addBindValue(RowStamp::now());
    query.addBindValue(session.username);
    query.addBindValue(id);
    query.addBindValue(deleted ? 0 : 1);
    const auto action = deleted ? AuditLog::Action::Delete : AuditLog::Action::Restore;
    if (!query.exec() || query.numRowsAffected() != 1
        || !AuditLog::record(db, session, action, u"citizen"_s, id) || !transaction.commit()) {
        *error = deleted ? QCoreApplication::translate("Sportello::CitizenRepository",
                                                       "The citizen could not be deleted.")
                         : QCoreApplication::translate("Sportello::CitizenRepository",
                                                       "The citizen could not be restored.");
        return false;
    }
    return true;
}

void CitizenRepository::recordOpened(const Session &session, const QString &id)
{
    AuditLog::record(Db::connection(m_path), session, AuditLog::Action::OpenRecord, u"citizen"_s,
                     id);
}

std::optional<IseeDeclaration> CitizenRepository::latestIsee(const QString &citizenId) const
{
    QSqlQuery query(Db::connection(m_path));
    query.prepare(u"SELECT id, value_cents, valid_until FROM isee_declaration "
                  "WHERE citizen_id = ? AND deleted = 0 ORDER BY valid_until DESC, updated_at DESC "
                  "LIMIT 1"_s);
    query.addBindValue(citizenId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return IseeDeclaration {query.value(0).toString(), query.value(1).toLongLong(),
                            QDate::fromString(query.value(2).toString(), Qt::ISODate)};
}

bool CitizenRepository::recordIsee(const Session &session, const QString &citizenId,
                                   qint64 valueCents, const QDate &validUntil, QString *error)
{
    if (valueCents < 0 || valueCents > 100'000'000'00) {
        *error = QCoreApplication::translate("Sportello::CitizenRepository",
                                             "The ISEE value is not a plausible amount.");
        return false;
    }
    if (!validUntil.isValid()) {
        *error = QCoreApplication::translate("Sportello::CitizenRepository",
                                             "The ISEE needs its expiry date.");
        return false;
    }
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO isee_declaration (id, municipality, citizen_id, value_cents, "
                  "valid_until, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
         {QVariant(RowStamp::newId()), QVariant(session.municipality), QVariant(citizenId),
          QVariant(valueCents), QVariant(validUntil.toString(Qt::ISODate)),
          QVariant(RowStamp::now()), QVariant(session.username)}) {
        query.addBindValue(v);
    }
    if (!query.exec()
        || !AuditLog::record(db, session, AuditLog::Action::Update, u"citizen"_s, citizenId,
                             AuditLog::detail(u"isee"_s))
        || !transaction.commit()) {
        *error = QCoreApplication::translate("Sportello::CitizenRepository",
                                             "The ISEE could not be saved.");
        return false;
    }
    return true;
}

} // namespace Sportello
