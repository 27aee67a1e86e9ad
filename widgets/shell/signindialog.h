#pragma once

#include "models/access/session.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Sportello {

// Sign-in with a local staff account. After repeated failures the button waits a little
// longer each time, to slow down guessing.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    SignInDialog(const QString &dbPath, const QString &lastUsername, bool demo,
                 QWidget *parent = nullptr);
    std::optional<Session> session() const { return m_session; }

private:
    void signIn();

    QString m_dbPath;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_signIn;
    std::optional<Session> m_session;
    int m_failures = 0;
};

} // namespace Sportello
