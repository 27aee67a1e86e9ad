#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace Sportello {

// Staff members as people see them: the full name for a login. A view (or a list being
// built) keeps one and asks it for every row; the accounts are read once, at the first
// question after construction or reload(). The login itself is shown only where the desk
// has no account for it; elsewhere it belongs in a tooltip or in the audit log.
class StaffNames final
{
public:
    explicit StaffNames(const QString &dbPath);

    QString of(const QString &username) const; // empty for an empty login
    QHash<QString, QString> byLogin() const; // the accounts that have a name
    void reload(); // accounts may have changed (a sync, the staff panel)

private:
    QString m_path;
    mutable std::optional<QHash<QString, QString>> m_names;
};

} // namespace Sportello
