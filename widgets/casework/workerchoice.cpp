#include "widgets/casework/workerchoice.h"

#include "models/access/staffrepository.h"

#include <QComboBox>

using namespace Qt::StringLiterals;

namespace Sportello {

void fillWorkerChoice(QComboBox *combo, const QString &dbPath, const QString &select)
{
    combo->clear();
    for (const StaffAccount &account : StaffRepository(dbPath).all()) {
        if (account.role != Role::SocialWorker || !account.active)
            continue;
        combo->addItem(account.displayName.isEmpty() ? account.username : account.displayName,
                       account.username);
        combo->setItemData(combo->count() - 1, account.username, Qt::ToolTipRole);
    }
    const int index = combo->findData(select);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace Sportello
