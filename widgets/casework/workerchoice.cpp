#include "widgets/casework/workerchoice.h"

#include "models/access/staffrepository.h"

#include <QComboBox>

using namespace Qt::StringLiterals;

namespace Sportello {

void fillWorkerChoice(QComboBox *combo, const QString &dbPath, const QString &select)
{
    combo->clear();
    for (const StaffAccount &account : StaffRepository(dbPath).all()) {
        if (account.role == Role::SocialWorker && account.active)
            combo->addItem(u"%1 (%2)"_s.arg(account.displayName, account.username),
                           account.username);
    }
    const int index = combo->findData(select);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

QString workerName(const QString &dbPath, const QString &username)
{
    const auto account = StaffRepository(dbPath).find(username);
    return account && !account->displayName.isEmpty() ? account->displayName : username;
}

} // namespace Sportello
