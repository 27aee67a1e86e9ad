#pragma once

#include "models/access/session.h"

#include <QWidget>

class QTableWidget;

namespace Sportello {

// Administrators manage the desk's staff accounts: create, change role or municipality,
// disable, reset a password.
class StaffPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffPanel)

public:
    StaffPanel(const QString &dbPath, const Session &session, QWidget *parent = nullptr);

signals:
    void reloaded();
    void openCitizen(const QString &citizenId); // a record an administrator compares

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void create();
    void editCurrent();

    QString m_dbPath;
    Session m_session;
    QTableWidget *m_table;
};

} // namespace Sportello
