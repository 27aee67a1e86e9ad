#include "models/access/staffrepository.h"

#include "models/access/auditdetail.h"
#include "models/access/auditlog.h"
#include "models/access/passwordhasher.h"
#include "models/access/session.h"
#include "models/common/textlimits.h"
#include "models/db/database.h"
#include "models/db/rowstamp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello {

namespace {

StaffAccount accountFrom(const QSqlQuery &query)
{
    StaffAccount account;
    account.username = query.value(0).toString();
    account.displayName = query.value(1).toString();
    Roles::fromId(query.value(2).toString(), &account.role);
    account.municipality = query.value(3).toString();
    account.active = query.value(4).toBool();
    return account;
}

const QString kColumns = u"username, display_name, role, municipality, active"_s;

} // namespace

StaffRepository::StaffRepository(const QString &dbPath)
    : m_path(dbPath)
{ }

QString StaffRepository::checkPassword(const QString &password)
{
    if (password.size() < 8)
        return QCoreApplication::translate("Sportello::StaffRepository",
                                           "The password must be at least 8 characters long.");
    if (password.size() > kMaxPasswordLength)
        return QCoreApplication::translate("Sportello::StaffRepository",
                                           "The password is too long (at most %1 characters).")
            .arg(kMaxPasswordLength);
    return QString();
}

QString StaffRepository::checkDisplayName(const QString &displayName)
{
    if (displayName.trimmed().isEmpty())
        return QCoreApplication::translate("Sportello::StaffRepository",
                                           "The full name is required.");
    return TextLimits::tooLong(
        QCoreApplication::translate("Sportello::StaffRepository", "Full name"),
        displayName.trimmed(), TextLimits::kName);
}

QString StaffRepository::checkUsername(const QString &username)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9._-]{1,62}$"_s);
    if (!pattern.match(username).hasMatch())
        return QCoreApplication::translate(
            "Sportello::StaffRepository",
            "The username must be 2-63 lower-case letters, digits, dots, dashes or "
            "underscores.");
    return QString();
}

bool StaffRepository::hasAccounts() const
{
    QSqlQuery query(u"SELECT 1 FROM staff_account LIMIT 1"_s, Db::connection(m_path));
    return query.next();
}

QList<StaffAccount> StaffRepository::all() const
{
    QList<StaffAccount> accounts;
    QSqlQuery query(u"SELECT %1 FROM staff_account ORDER BY username"_s.arg(kColumns),
                    Db::connection(m_path));
    while (query.next())
        accounts.append(accountFrom(query));
    return accounts;
}

std::optional<StaffAccount> StaffRepository::find(const QString &username) const
{
    QSqlQuery query(Db::connection(m_path));
    query.prepare(u"SELECT %1 FROM staff_account WHERE username = ?"_s.arg(kColumns));
    query.addBindValue(username);
    if (query.exec() && query.next())
        return accountFrom(query);
    return std::nullopt;
}

bool StaffRepository::create(const StaffAccount &account, const QString &password, QString *error)
{
    *error = checkUsername(account.username);
    if (error->isEmpty())
        *error = checkDisplayName(account.displayName);
    if (error->isEmpty())
        *error = checkPassword(password);
    if (!error->isEmpty())
        return false;
    if (find(account.username)) {
        *error = QCoreApplication::translate("Sportello::StaffRepository",
                                             "An account with this username already exists.");
        return false;
    }
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty()) {
        *error = QCoreApplication::translate(
            "Sportello::StaffRepository",
            "The password could not be protected (not enough memory).");
        return false;
    }
    const QString now = RowStamp::now();
    QSqlQuery query(Db::connection(m_path));
    query.prepare(
        u"INSERT INTO staff_account (username, display_name, role, municipality, "
        "password_hash, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
         {QVariant(account.username), QVariant(account.displayName.trimmed()),
          QVariant(Roles::id(account.role)), QVariant(account.municipality), QVariant(hash),
          QVariant(account.active ? 1 : 0), QVariant(now), QVariant(now)}) {
        query.addBindValue(v);
    }
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool StaffRepository::update(const StaffAccount &account, QString *error)
{
    *error = checkDisplayName(account.displayName);
    if (!error->isEmpty())
        return false;
    QSqlQuery query(Db::connection(m_path));
    if (!(account.active && account.role == Role::Admin)) {
        query.prepare(u"SELECT count(*) FROM staff_account WHERE role = 'admin' AND active = 1 "
                      "AND username <> ?"_s);
        query.addBindValue(account.username);
        if (!query.exec() || !query.next() || query.value(0).toInt() == 0) {
            *error = QCoreApplication::translate("Sportello::StaffRepository",
                                                 "At least one active administrator must remain.");
            return false;
        }
    }
    query.prepare(u"UPDATE staff_account SET display_name = ?, role = ?, municipality = ?, "
                  "active = ?, updated_at = ? WHERE username = ?"_s);
    for (const QVariant &v :
         {QVariant(account.displayName.trimmed()), QVariant(Roles::id(account.role)),
          QVariant(account.municipality), QVariant(account.active ? 1 : 0),
          QVariant(RowStamp::now()), QVariant(account.username)}) {
        query.addBindValue(v);
    }
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool StaffRepository::setPassword(const QString &username, const QString &password, QString *error)
{
    *error = checkPassword(password);
    if (!error->isEmpty())
        return false;
    const QString hash = PasswordHasher::hash(password);
    QSqlQuery query(Db::connection(m_path));
    query.prepare(
        u"UPDATE staff_account SET password_hash = ?, updated_at = ? WHERE username = ?"_s);
    query.addBindValue(hash);
    query.addBindValue(RowStamp::now());
    query.addBindValue(username);
    if (hash.isEmpty() || !query.exec() || query.numRowsAffected() != 1) {
        *error = QCoreApplication::translate("Sportello::StaffRepository",
                                             "The password could not be changed.");
        return false;
    }
    return true;
}

std::optional<Session> StaffRepository::rememberCentralSignIn(const StaffAccount &account,
                                                              const QString &password,
                                                              QString *error)
{
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty()) {
        *error = QCoreApplication::translate(
            "Sportello::StaffRepository",
            "The password could not be protected (not enough memory).");
        return std::nullopt;
    }
    const QSqlDatabase db = Db::connection(m_path);
    const QString now = RowStamp::now();
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO staff_account (username, display_name, role, municipality, "
                  "password_hash, active, created_at, updated_at, region_contact_at) "
                  "VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?) "
                  "ON CONFLICT (username) DO UPDATE SET display_name = excluded.display_name, "
                  "role = excluded.role, municipality = excluded.municipality, "
                  "password_hash = excluded.password_hash, active = 1, "
                  "updated_at = excluded.updated_at, "
                  "region_contact_at = excluded.region_contact_at"_s);
    for (const QVariant &v : {QVariant(account.username), QVariant(account.displayName),
                              QVariant(Roles::id(account.role)), QVariant(account.municipality),
                              QVariant(hash), QVariant(now), QVariant(now), QVariant(now)}) {
        query.addBindValue(v);
    }
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    const Session session {account.username, account.displayName, account.role,
                           account.municipality};
    AuditLog::record(db, session, AuditLog::Action::Login, QString(), QString(),
                     AuditLog::detail(u"regional_sign_in"_s));
    return session;
}

bool StaffRepository::forgetRefusedPassword(const QString &username, const QString &password)
{
    QSqlQuery query(Db::connection(m_path));
    query.prepare(u"SELECT password_hash FROM staff_account WHERE username = ?"_s);
    query.addBindValue(username.trimmed());
    if (!query.exec() || !query.next()
        || !PasswordHasher::verify(query.value(0).toString(), password))
        return false;
    query.prepare(
        u"UPDATE staff_account SET password_hash = '', updated_at = ? WHERE username = ?"_s);
    query.addBindValue(RowStamp::now());
    query.addBindValue(username.trimmed());
    return query.exec();
}

bool StaffRepository::reachedRegionWithin(const QString &username, int days) const
{
    QSqlQuery query(Db::connection(m_path));
    query.prepare(u"SELECT region_contact_at FROM staff_account WHERE username = ?"_s);
    query.addBindValue(username.trimmed());
    if (!query.exec() || !query.next())
        return false;
    const QDateTime contact = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
    return contact.isValid() && contact.addDays(days) >= QDateTime::currentDateTimeUtc();
}

std::optional<Session> StaffRepository::signIn(const QString &username,
                                               const QString &password) const
{
    const QSqlDatabase db = Db::connection(m_path);
    QSqlQuery query(db);
    query.prepare(
        u"SELECT %1, password_hash FROM staff_account WHERE username = ?"_s.arg(kColumns));
    query.addBindValue(username.trimmed());
    if (query.exec() && query.next()) {
        const StaffAccount account = accountFrom(query);
        if (account.active && PasswordHasher::verify(query.value(5).toString(), password)) {
            const Session session {account.username, account.displayName, account.role,
                                   account.municipality};
            AuditLog::record(db, session, AuditLog::Action::Login);
            return session;
        }
        AuditLog::recordAnonymous(db, account.username, account.municipality,
                                  AuditLog::Action::LoginFailed);
    } else {
        // The same work as a wrong password, so timing does not tell which names exist.
        static const QString decoy = PasswordHasher::hash(u"not a password"_s);
        PasswordHasher::verify(decoy, password);
        AuditLog::recordAnonymous(db, username.trimmed().left(64), QString(),
                                  AuditLog::Action::LoginFailed,
                                  AuditLog::detail(u"unknown_user"_s));
    }
    return std::nullopt;
}

bool StaffRepository::verifyPassword(const QString &username, const QString &password) const
{
    const QSqlDatabase db = Db::connection(m_path);
    QSqlQuery query(db);
    query.prepare(
        u"SELECT municipality, active, password_hash FROM staff_account WHERE username = ?"_s);
    query.addBindValue(username);
    if (query.exec() && query.next() && query.value(1).toBool()
        && PasswordHasher::verify(query.value(2).toString(), password)) {
        return true;
    }
    AuditLog::recordAnonymous(db, username, query.isValid() ? query.value(0).toString() : QString(),
                              AuditLog::Action::LoginFailed, AuditLog::detail(u"unlock"_s));
    return false;
}

} // namespace Sportello
