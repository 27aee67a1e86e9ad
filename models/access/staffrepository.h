#pragma once

#include "models/access/session.h"

#include <QList>
#include <QString>

#include <optional>

namespace Sportello {

struct StaffAccount
{
    QString username;
    QString displayName;
    Role role = Role::Clerk;
    QString municipality;
    bool active = true;
};

// Local sign-in accounts (table staff_account). Passwords are stored only as Argon2id hashes.
class StaffRepository final
{
public:
    explicit StaffRepository(const QString &dbPath);

    bool hasAccounts() const;
    QList<StaffAccount> all() const;
    std::optional<StaffAccount> find(const QString &username) const;

    // Each returns false with a translated reason in *error.
    bool create(const StaffAccount &account, const QString &password, QString *error);
    bool update(const StaffAccount &account, QString *error);
    bool setPassword(const QString &username, const QString &password, QString *error);

    // After the regional database accepted this person's password: keeps their account as
    // the region has it, with an Argon2id hash of the password for signing in offline later,
    // and records the sign-in. Returns the session.
    std::optional<Session> rememberCentralSignIn(const StaffAccount &account,
                                                 const QString &password, QString *error);

    // The region refused this password: if it is the one the desk keeps (an old password,
    // changed elsewhere since), it stops working here at once. True if it was forgotten.
    bool forgetRefusedPassword(const QString &username, const QString &password);
    // Whether the desk reached the region with this login in the last `days` days: offline
    // sign-in is allowed only then.
    bool reachedRegionWithin(const QString &username, int days) const;

    // The session of a valid, active account; records the sign-in (or the failure) in the
    // audit log. The same generic answer for unknown users and wrong passwords.
    std::optional<Session> signIn(const QString &username, const QString &password) const;
    // Whether this is the password of this active account, checked as signIn() checks it,
    // to unlock a locked desk: records a failure as a failed sign-in, a success not at all
    // (the person never signed out).
    bool verifyPassword(const QString &username, const QString &password) const;

    static QString checkPassword(const QString &password); // empty if acceptable
    static QString checkUsername(const QString &username);
    static QString checkDisplayName(const QString &displayName);
    // The bounds of the account's texts (a PostgreSQL login name has at most 63 bytes).
    static constexpr int kMaxUsernameLength = 63;
    static constexpr int kMaxPasswordLength = 256;

private:
    QString m_path;
};

} // namespace Sportello
