#pragma once

#include "models/access/staffrepository.h"

#include <QList>
#include <QString>

namespace Sportello {

// Changes that wait in the outbox for their author's own sign-in (a change is sent only
// under its author's login), by author; and their hand-over, by an administrator, to a
// colleague when the author will not sign in here again.
class WaitingChanges final
{
public:
    struct Author
    {
        QString username; // "" = the changes name nobody
        QString displayName; // the username when the desk has no account for it
        qint64 changes = 0;
        std::optional<StaffAccount> account;
    };

    explicit WaitingChanges(const QString &dbPath);

    QList<Author> authors() const;
    // The same in words, for anyone but `reader` (whose own are theirs to send):
    // "3 change(s) by Maria Rossi wait for their next sign-in", one line each.
    QStringList described(const QString &reader) const;
    // Who may take over `from`'s changes: the desk's active accounts with the same role (any
    // active account when `from` is not one of the desk's).
    QList<StaffAccount> heirs(const QString &from) const;
    // Makes `to` the author of every change of `from` still to send (and of their open
    // conflicts), in one transaction, and records it in the audit log. Administrators only.
    bool handOver(const Session &admin, const QString &from, const QString &to, QString *error);

private:
    QString m_path;
};

} // namespace Sportello
