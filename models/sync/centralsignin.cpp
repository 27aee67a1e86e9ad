#include "models/sync/centralsignin.h"

#include "models/access/staffrepository.h"
#include "models/db/database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Sportello {

namespace {

// The staff account of the connected login, as the region has it.
std::optional<StaffAccount> regionalAccount(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT username::text, display_name, role, municipality FROM "
                    "sportello.staff WHERE username = session_user AND active"_s)) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    StaffAccount account;
    account.username = query.value(0).toString();
    account.displayName = query.value(1).toString();
    Roles::fromId(query.value(2).toString(), &account.role);
    account.municipality = query.value(3).toString();
    return account;
}

} // namespace

CentralSignIn CentralSignIn::run(const QString &dbPath, const Central::Endpoint &endpoint,
                                 const QString &username, const QString &password,
                                 int offlineDays)
{
    CentralSignIn result;
    const QString login = username.trimmed();
    const QString name = u"sportello-signin-%1"_s.arg(quintptr(QThread::currentThreadId()));
    Central::Failure failure = Central::Failure::None;
    QString error;
    const bool connected = !login.isEmpty() && !password.isEmpty()
        && Central::open(name, endpoint.conninfo(login), password, &failure, &error);

    if (connected) {
        const std::optional<StaffAccount> account
            = regionalAccount(QSqlDatabase::database(name), &error);
        Central::close(name);
        if (!account) {
            // No staff row, or not even a Sportello group role (no access to the schema).
            const bool notEnabled
                = error.isEmpty() || Central::classify(error) == Central::Failure::Refused;
            result.outcome = notEnabled ? Outcome::NotEnabled : Outcome::Failed;
            result.message = notEnabled
                ? QCoreApplication::translate(
                    "Sportello::CentralSignIn",
                    "This login has no active Sportello account in the regional database.")
                : error;
        } else {
            result.session
                = StaffRepository(dbPath).rememberCentralSignIn(*account, password, &error);
            result.outcome = result.session ? Outcome::Online : Outcome::Failed;
            result.message = error;
        }
    } else {
        Central::close(name);
        if (failure == Central::Failure::Unreachable
            && !StaffRepository(dbPath).reachedRegionWithin(login, offlineDays)) {
            result.outcome = Outcome::Refused;
            result.message = QCoreApplication::translate(
                                 "Sportello::CentralSignIn",
                                 "The regional database cannot be reached, and this desk has not "
                                 "reached it with this login for more than %n day(s): sign in "
                                 "when the region can be reached again.",
                                 nullptr, offlineDays);
        } else if (failure == Central::Failure::Unreachable) {
            // Offline: the desk's own record of the last regional sign-in decides.
            result.session = StaffRepository(dbPath).signIn(login, password);
            result.outcome = result.session ? Outcome::Offline : Outcome::Refused;
            result.message = result.session
                ? QCoreApplication::translate(
                    "Sportello::CentralSignIn",
                    "The regional database cannot be reached: working offline.")
                : QCoreApplication::translate(
                    "Sportello::CentralSignIn",
                    "The regional database cannot be reached, and this desk does not know "
                    "this username and password.");
        } else if (failure == Central::Failure::Insecure) {
            result.outcome = Outcome::Failed;
            result.message = error;
        } else {
            // The region decided: an old password kept here must not open the desk offline.
            if (Central::isWrongPassword(error))
                StaffRepository(dbPath).forgetRefusedPassword(login, password);
            result.outcome = Outcome::Refused;
            result.message = QCoreApplication::translate("Sportello::CentralSignIn",
                                                         "Wrong username or password.");
        }
    }
    Db::closeConnection(dbPath); // this thread's connection; the GUI has its own
    return result;
}

} // namespace Sportello
