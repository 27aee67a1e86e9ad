#include "models/common/settings.h"
#include "models/db/database.h"
#include "models/registry/demogenerator.h"
#include "widgets/common/dialogs.h"
#include "widgets/competences/librettodialog.h"
#include "widgets/registry/citizenspanel.h"
#include "widgets/shell/desk.h"
#include "widgets/shell/helpdialog.h"
#include "widgets/shell/lockscreen.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/quicksearch.h"
#include "widgets/shell/signindialog.h"
#include "widgets/shell/tourdialog.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Sportello;

namespace {

// Plays a person's steps from inside Desk::run's event loops (the sign-in dialog's, the
// session's, a modal dialog's): each step waits until its condition holds, then acts. Acts
// run queued, so one that opens a modal dialog does not stop the script. A failed
// expectation or a step that never comes closes everything, so that run() returns.
class Script final : public QObject
{
public:
    using Check = std::function<bool()>;
    using Act = std::function<void()>;

    Script()
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, &Script::tick);
    }

    void step(const QString &what, Check ready, Act act = {})
    {
        m_steps.append({what, std::move(ready), std::move(act)});
    }
    void expect(bool condition, const QString &what)
    {
        if (!condition && m_failure.isEmpty())
            m_failure = u"step %1 (%2): not true that %3"_s.arg(m_next).arg(m_current, what);
    }
    int run(const QString &dbPath, const Desk::Options &options)
    {
        m_waiting.start();
        m_timer.start();
        const int code = Desk::run(dbPath, options);
        m_timer.stop();
        if (m_failure.isEmpty() && m_next < m_steps.size())
            m_failure = u"Desk::run returned before step %1 (%2)"_s.arg(m_next + 1)
                            .arg(m_steps.at(m_next).what);
        return code;
    }
    QString failure() const { return m_failure; }

private:
    struct Step
    {
        QString what;
        Check ready;
        Act act;
    };

    void tick()
    {
        if (!m_failure.isEmpty()) {
            closeEverything();
            return;
        }
        if (m_acting || m_next >= m_steps.size())
            return;
        const Step &step = m_steps.at(m_next);
        if (!step.ready()) {
            if (m_waiting.elapsed() > 20'000)
                m_failure = u"timed out waiting for %1"_s.arg(step.what);
            return;
        }
        m_current = step.what;
        ++m_next;
        m_waiting.restart();
        if (step.act) {
            m_acting = true;
            QMetaObject::invokeMethod(
                this,
                [this, act = step.act] {
                    m_acting = false; // the act may block in a dialog's exec(): ticks go on
                    act();
                },
                Qt::QueuedConnection);
        }
    }

    static void closeEverything()
    {
        bool session = false;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            session = session || qobject_cast<MainWindow *>(w);
            if (auto *dialog = qobject_cast<QDialog *>(w); dialog && dialog->isVisible())
                dialog->reject();
        }
        if (session)
            QCoreApplication::exit(0);
    }

    QList<Step> m_steps;
    qsizetype m_next = 0;
    QString m_current;
    QString m_failure;
    bool m_acting = false;
    QTimer m_timer;
    QElapsedTimer m_waiting;
};

template<typename T> T *shown()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            return t;
    }
    return nullptr;
}

template<typename T> int alive()
{
    int n = 0;
    for (QWidget *w : QApplication::topLevelWidgets())
        n += qobject_cast<T *>(w) ? 1 : 0;
    return n;
}

void signInAs(const QString &username)
{
    SignInDialog *dialog = shown<SignInDialog>();
    auto *name = dialog->findChild<QLineEdit *>(u"usernameEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, username);
    auto *password = dialog->findChild<QLineEdit *>(u"passwordEdit"_s);
    QTest::keyClicks(password, DemoGenerator::demoPassword());
    QTest::keyClick(password, Qt::Key_Return);
}

// The help of the panel, as the person asks for it once back on the main window (the tour,
// shown last, is the active window).
void pressF1(QWidget *window)
{
    QApplication::setActiveWindow(window);
    QTest::keyClick(window, Qt::Key_F1);
}

} // namespace

// The desk changing hands, through Desk::run on the real windows offscreen and a real demo
// database: switching user and signing out end one person's session and everything of
// theirs; the idle lock hides every window until their password, or someone else takes
// over.
class tst_DeskHandover final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void switchingUserDestroysThePreviousPersonsWindows();
    void unsavedChangesCanKeepTheSession();
    void theIdleLockHidesEveryWindowUntilThePassword();
    void anotherPersonAtTheLockEndsTheSession();

private:
    int count(const QString &where) const
    {
        QSqlQuery q(u"SELECT count(*) FROM audit_event WHERE "_s + where, Db::connection(m_db));
        return q.next() ? q.value(0).toInt() : -1;
    }
    QString settingsFile(const QString &name) const { return m_dir.filePath(name + u".ini"_s); }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_citizen;
};

void tst_DeskHandover::initTestCase()
{
    m_db = m_dir.filePath(u"desk.sqlite"_s);
    DemoGenerator::Options options;
    options.citizens = 300;
    QString error;
    QVERIFY2(DemoGenerator::create(m_db, options, &error), qPrintable(error));
    QVERIFY2(Db::open(m_db, &error), qPrintable(error));
    QSqlQuery q(u"SELECT id FROM citizen WHERE municipality = '102047' ORDER BY surname LIMIT 1"_s,
                Db::connection(m_db));
    QVERIFY(q.next());
    m_citizen = q.value(0).toString();
}

void tst_DeskHandover::cleanupTestCase()
{
    Db::closeConnection(m_db);
}

void tst_DeskHandover::switchingUserDestroysThePreviousPersonsWindows()
{
    Settings settings(settingsFile(u"switch"_s));
    const QString logout = u"action = 'logout' AND username = 'sportello'"_s;
    const int logouts = count(logout);
    QPointer<MainWindow> first;
    QPointer<QDialog> help, tour, libretto, stray;
    Script script;
    script.step(
        u"the sign-in dialog"_s, [] { return shown<SignInDialog>(); },
        [] { signInAs(u"sportello"_s); });
    script.step(
        u"Maria Rossi's main window"_s,
        [&] {
            first = shown<MainWindow>();
            return first && shown<TourDialog>();
        },
        [&] {
            tour = shown<TourDialog>();
            stray = new QDialog; // a window opened without a parent: it must not survive either
            stray->show();
            pressF1(first);
            first->citizensPanel()->openCitizen(m_citizen);
            QTest::mouseClick(first->findChild<QPushButton *>(u"librettoOpen"_s), Qt::LeftButton);
        });
    script.step(
        u"the help and the citizen's libretto"_s,
        [&] {
            help = shown<HelpDialog>();
            libretto = shown<LibrettoDialog>();
            return help && libretto;
        },
        [&] {
            script.expect(count(logout) == logouts, u"no sign-out is recorded yet"_s);
            if (first)
                first->findChild<QAction *>(u"switchUserAction"_s)->trigger();
        });
    script.step(
        u"the sign-in dialog again"_s, [] { return shown<SignInDialog>(); },
        [&] {
            SignInDialog *signIn = shown<SignInDialog>();
            script.expect(!first && !help && !tour && !libretto && !stray,
                          u"the main window and every dialog of Maria Rossi are destroyed"_s);
            script.expect(QApplication::topLevelWidgets() == QWidgetList {signIn},
                          u"the sign-in dialog is the only window left"_s);
            script.expect(count(logout) == logouts + 1, u"her sign-out is recorded"_s);
            script.expect(signIn->findChild<QLineEdit *>(u"usernameEdit"_s)->text().isEmpty(),
                          u"the next person types their own name"_s);
            signIn->reject(); // and nobody signs in: the program ends
        });
    QCOMPARE(script.run(m_db, {&settings, 0}), 0);
    QVERIFY2(script.failure().isEmpty(), qPrintable(script.failure()));
    QCOMPARE(alive<MainWindow>(), 0);
}

void tst_DeskHandover::unsavedChangesCanKeepTheSession()
{
    Settings settings(settingsFile(u"unsaved"_s));
    settings.setTourSeen(u"sportello"_s);
    const QString logout = u"action = 'logout' AND username = 'sportello'"_s;
    const int logouts = count(logout);
    QPointer<MainWindow> window;
    QString surname;
    Script script;
    script.step(
        u"the sign-in dialog"_s, [] { return shown<SignInDialog>(); },
        [] { signInAs(u"sportello"_s); });
    script.step(
        u"the main window"_s, [&] { return (window = shown<MainWindow>()); },
        [&] {
            window->citizensPanel()->openCitizen(m_citizen);
            auto *edit = window->findChild<QLineEdit *>(u"surnameEdit"_s);
            surname = edit->text();
            edit->setFocus();
            QTest::keyClicks(edit, u"x"_s);
            Dialogs::setNextAnswer(QMessageBox::Cancel);
            window->findChild<QAction *>(u"signOutAction"_s)->trigger();
        });
    script.step(
        u"the answer Cancel"_s, [] { return true; },
        [&] {
            script.expect(Dialogs::lastText().contains(u"not saved"_s), u"the person is asked"_s);
            script.expect(window && window->isVisible() && !shown<SignInDialog>(),
                          u"the session goes on"_s);
            if (!window)
                return;
            script.expect(window->findChild<QLineEdit *>(u"surnameEdit"_s)->text()
                              == surname + u'x',
                          u"the change is still there"_s);
            script.expect(count(logout) == logouts, u"nobody signed out"_s);
            Dialogs::setNextAnswer(QMessageBox::Discard);
            window->findChild<QAction *>(u"signOutAction"_s)->trigger();
        });
    script.step(
        u"the sign-in dialog after Discard"_s, [] { return shown<SignInDialog>(); },
        [&] {
            script.expect(!window, u"the main window is destroyed"_s);
            script.expect(count(logout) == logouts + 1, u"the sign-out is recorded"_s);
            // Signing out, unlike switching user, offers the same name again.
            script.expect(shown<SignInDialog>()->findChild<QLineEdit *>(u"usernameEdit"_s)->text()
                              == u"sportello"_s,
                          u"the username is filled in"_s);
            shown<SignInDialog>()->reject();
        });
    QCOMPARE(script.run(m_db, {&settings, 0}), 0);
    QVERIFY2(script.failure().isEmpty(), qPrintable(script.failure()));
    QSqlQuery q(u"SELECT surname FROM citizen WHERE id = ?"_s, Db::connection(m_db));
    q.addBindValue(m_citizen);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), surname); // discarded
}

void tst_DeskHandover::theIdleLockHidesEveryWindowUntilThePassword()
{
    Settings settings(settingsFile(u"lock"_s));
    const QString login = u"action = 'login' AND username = 'sportello'"_s;
    const QString failed
        = u"action = 'login_failed' AND username = 'sportello' AND detail = '{\"what\":\"unlock\"}'"_s;
    const int failures = count(failed);
    int logins = 0;
    QPointer<MainWindow> window;
    QPointer<QDialog> help, tour;
    QPointer<QuickSearch> quick;
    QPointer<LockScreen> lock;
    QElapsedTimer typing;
    Script script;
    script.step(
        u"the sign-in dialog"_s, [] { return shown<SignInDialog>(); },
        [] { signInAs(u"sportello"_s); });
    script.step(
        u"the main window and the tour"_s,
        [&] {
            window = shown<MainWindow>();
            return window && shown<TourDialog>();
        },
        [&] {
            logins = count(login);
            tour = shown<TourDialog>();
            pressF1(window);
            help = shown<HelpDialog>();
            window->openQuickSearch(); // modal: exec() until the end of the test
        });
    script.step(
        u"the quick search"_s, [&] { return (quick = shown<QuickSearch>()); },
        [&] {
            QTest::keyClicks(quick->findChild<QLineEdit *>(u"quickSearchEdit"_s), u"greco"_s);
            typing.start();
        });
    // Input on any window keeps the desk unlocked, well past the idle time.
    script.step(u"keys pressed for three times the idle time"_s, [&] {
        script.expect(quick && !shown<LockScreen>(),
                      u"the desk stays unlocked while someone types"_s);
        if (quick)
            QTest::keyClick(quick->findChild<QLineEdit *>(u"quickSearchEdit"_s), Qt::Key_Shift);
        return !quick || typing.elapsed() > 1500;
    });
    script.step(
        u"the lock screen"_s, [&] { return (lock = shown<LockScreen>()); },
        [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                script.expect(
                    w == lock || !w->isVisible(),
                    u"%1 is hidden"_s.arg(QString::fromLatin1(w->metaObject()->className())));
            }
            script.expect(window && help && tour && quick, u"every window waits, none closed"_s);
            script.expect(
                lock->findChild<QLabel *>(u"lockUser"_s)->text().contains(u"Maria Rossi"_s),
                u"the lock says who is signed in"_s);
            QTest::keyClicks(lock->findChild<QLineEdit *>(u"lockPasswordEdit"_s), u"not-hers"_s);
            QTest::mouseClick(lock->findChild<QPushButton *>(u"unlockButton"_s), Qt::LeftButton);
        });
    script.step(
        u"a wrong password refused"_s, [] { return true; },
        [&] {
            script.expect(lock && lock->isVisible() && window && !window->isVisible() && quick
                              && !quick->isVisible(),
                          u"a wrong password leaves everything hidden"_s);
            script.expect(count(failed) == failures + 1, u"the failed unlock is audited"_s);
            if (!lock)
                return;
            auto *password = lock->findChild<QLineEdit *>(u"lockPasswordEdit"_s);
            QTest::keyClicks(password, DemoGenerator::demoPassword());
            QTest::keyClick(password, Qt::Key_Return);
        });
    script.step(
        u"the desk unlocked"_s, [&] { return lock && !lock->isVisible(); },
        [&] {
            script.expect(window && window->isVisible() && help && help->isVisible() && tour
                              && tour->isVisible() && quick && quick->isVisible(),
                          u"every window is back"_s);
            if (!quick)
                return;
            const auto *edit = quick->findChild<QLineEdit *>(u"quickSearchEdit"_s);
            script.expect(edit->text() == u"greco"_s && edit->cursorPosition() == 5
                              && !edit->hasSelectedText(),
                          u"the search typed before is still there, as it was"_s);
            script.expect(QApplication::activeModalWidget() == quick,
                          u"the quick search is modal again"_s);
            script.expect(count(login) == logins, u"unlocking is not a new sign-in"_s);
            script.expect(count(failed) == failures + 1, u"the right password is not a failure"_s);
            quick->reject(); // its exec() returns now, not before
        });
    script.step(
        u"the quick search closed"_s, [&] { return !quick && window; },
        [&] { window->findChild<QAction *>(u"signOutAction"_s)->trigger(); });
    script.step(
        u"the sign-in dialog again"_s, [] { return shown<SignInDialog>(); },
        [&] {
            script.expect(!window && !help && !tour && !lock, u"the session's windows are gone"_s);
            shown<SignInDialog>()->reject();
        });
    QCOMPARE(script.run(m_db, {&settings, 500}), 0);
    QVERIFY2(script.failure().isEmpty(), qPrintable(script.failure()));
}

void tst_DeskHandover::anotherPersonAtTheLockEndsTheSession()
{
    Settings settings(settingsFile(u"another"_s));
    settings.setTourSeen(u"sportello"_s);
    settings.setTourSeen(u"sociale"_s);
    const QString handedOver
        = u"action = 'logout' AND username = 'sportello' AND detail = '{\"what\":\"lock_screen\"}'"_s;
    const int handovers = count(handedOver);
    const int socialLogouts = count(u"action = 'logout' AND username = 'sociale'"_s);
    QPointer<MainWindow> first;
    QPointer<QDialog> libretto, quick;
    QPointer<LockScreen> lock;
    Script script;
    script.step(
        u"the sign-in dialog"_s, [] { return shown<SignInDialog>(); },
        [] { signInAs(u"sportello"_s); });
    script.step(
        u"Maria Rossi's main window"_s, [&] { return (first = shown<MainWindow>()); },
        [&] {
            first->citizensPanel()->openCitizen(m_citizen);
            QTest::mouseClick(first->findChild<QPushButton *>(u"librettoOpen"_s), Qt::LeftButton);
            libretto = shown<LibrettoDialog>();
            first->openQuickSearch(); // a modal dialog over a window-modal one
        });
    script.step(u"her quick search"_s, [&] { return (quick = shown<QuickSearch>()); });
    script.step(
        u"the lock screen"_s, [&] { return (lock = shown<LockScreen>()); },
        [&] {
            script.expect(libretto && !libretto->isVisible() && quick && !quick->isVisible(),
                          u"her dialogs are hidden"_s);
            QTest::mouseClick(lock->findChild<QPushButton *>(u"anotherPersonButton"_s),
                              Qt::LeftButton);
        });
    script.step(
        u"the sign-in dialog"_s, [] { return shown<SignInDialog>(); },
        [&] {
            SignInDialog *signIn = shown<SignInDialog>();
            script.expect(!first && !libretto && !quick && !lock,
                          u"her windows and dialogs are destroyed, not hidden"_s);
            script.expect(QApplication::topLevelWidgets() == QWidgetList {signIn},
                          u"the sign-in dialog is the only window left"_s);
            script.expect(count(handedOver) == handovers + 1,
                          u"her session's end is recorded, ended at the lock screen"_s);
            script.expect(signIn->findChild<QLineEdit *>(u"usernameEdit"_s)->text().isEmpty(),
                          u"the username is left for the next person"_s);
            signInAs(u"sociale"_s);
        });
    script.step(
        u"Paolo Greco's main window"_s,
        [] {
            return shown<MainWindow>()
                && shown<MainWindow>()->windowTitle().contains(u"Paolo Greco"_s);
        },
        [&] {
            script.expect(alive<MainWindow>() == 1, u"one main window"_s);
            shown<MainWindow>()->findChild<QAction *>(u"quitAction"_s)->trigger();
        });
    QCOMPARE(script.run(m_db, {&settings, 500}), 0);
    QVERIFY2(script.failure().isEmpty(), qPrintable(script.failure()));
    QCOMPARE(count(u"action = 'logout' AND username = 'sociale'"_s), socialLogouts + 1);
}

QTEST_MAIN(tst_DeskHandover)
#include "tst_deskhandover.moc"
