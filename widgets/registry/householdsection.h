#pragma once

#include "models/access/session.h"
#include "models/registry/household.h"

#include <QGroupBox>

class QPushButton;
class QTableWidget;

namespace Sportello {

// Who lives with the citizen shown: the household members with their relation to the
// head, to add to, remove from, and open.
class HouseholdSection final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HouseholdSection)

public:
    HouseholdSection(const QString &dbPath, const Session &session, QWidget *parent = nullptr);

    void setCitizen(const QString &citizenId); // empty: a citizen not saved yet
    int memberCount() const;

signals:
    void openCitizen(const QString &citizenId);
    void changed();

private:
    void reload();
    void addMember();
    void removeMember();
    void changeRelation();

    QString m_dbPath;
    Session m_session;
    QString m_citizenId;
    Household m_household;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_relation;
    QPushButton *m_remove;
};

} // namespace Sportello
