#pragma once

#include "models/access/session.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Sportello {

// The desk left idle: every window of the program goes out of sight behind this one (open
// dialogs included, modal ones too, whose exec() keeps waiting) until the person signed in
// types their password again; then everything comes back as it was. Someone else at the
// desk asks to sign in as themselves instead: the owner of the session decides what ends.
class LockScreen final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockScreen)

public:
    LockScreen(const QString &dbPath, const Session &session, QWidget *parent = nullptr);
    ~LockScreen() override;

    bool isLocked() const { return m_locked; }
    // The windows hidden behind the lock that still exist.
    QWidgetList coveredWindows() const;

    void lock(); // nothing if already locked
    void reject() override; // Escape does not lift the lock

signals:
    void unlocked();
    void anotherPersonRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isOwn(const QWidget *window) const;
    void cover(QWidget *window);
    void uncover();
    void tryUnlock();

    QString m_dbPath;
    Session m_session;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_unlock;
    QList<QPointer<QWidget>> m_covered;
    QPointer<QWidget> m_active; // the window in use when the desk locked
    QPointer<QWidget> m_topModal;
    bool m_locked = false;
    int m_failures = 0;
};

} // namespace Sportello
