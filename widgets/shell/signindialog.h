#pragma once

#include "models/access/session.h"
#include "models/sync/centralconnection.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Sportello {

// Sign-in. With a regional database configured, the region checks the password (the
// person's own PostgreSQL login) off the GUI thread; offline, the desk's Argon2id hash of the
// last regional sign-in does. Without one, local staff accounts. After repeated failures the
// button waits a little longer each time, to slow down guessing.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    SignInDialog(const QString &dbPath, const QString &lastUsername, bool demo,
                 const Central::Endpoint &endpoint = {}, QWidget *parent = nullptr);
    std::optional<Session> session() const { return m_session; }
    // For this session's background sync with the region; never stored.
    QString password() const;
    QString notice() const { return m_notice; } // e.g. "working offline"

private:
    void signIn();
    void finish(const std::optional<Session> &session, const QString &message);

    QString m_dbPath;
    Central::Endpoint m_endpoint;
    QString m_notice;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_signIn;
    std::optional<Session> m_session;
    int m_failures = 0;
};

} // namespace Sportello
