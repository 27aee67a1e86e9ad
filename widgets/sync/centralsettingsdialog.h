#pragma once

#include "models/sync/centralconnection.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Sportello {

// Where the regional database is: host, port, database, TLS (sslmode up to verify-full and
// the region's CA certificate). No user or password here: everyone signs in with their own
// login. "Test" tries the signed-in person's login (the password typed for the test is not
// kept) off the GUI thread.
class CentralSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CentralSettingsDialog)

public:
    CentralSettingsDialog(const Central::Endpoint &endpoint, const QString &username,
                          QWidget *parent = nullptr);
    Central::Endpoint endpoint() const;

private:
    void test();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QComboBox *m_sslMode;
    QLineEdit *m_rootCert;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPushButton *m_test;
    QLabel *m_result;
};

} // namespace Sportello
