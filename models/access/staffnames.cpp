#include "models/access/staffnames.h"

#include "models/access/staffrepository.h"

namespace Sportello {

StaffNames::StaffNames(const QString &dbPath)
    : m_path(dbPath)
{ }

QString StaffNames::of(const QString &username) const
{
    return username.isEmpty() ? QString() : byLogin().value(username, username);
}

QHash<QString, QString> StaffNames::byLogin() const
{
    if (!m_names) {
        m_names.emplace();
        for (const StaffAccount &account : StaffRepository(m_path).all()) {
            if (!account.displayName.trimmed().isEmpty())
                m_names->insert(account.username, account.displayName);
        }
    }
    return *m_names;
}

void StaffNames::reload()
{
    m_names.reset();
}

} // namespace Sportello
