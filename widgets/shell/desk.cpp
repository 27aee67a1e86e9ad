#include "widgets/shell/desk.h"

#include "models/access/auditdetail.h"
#include "models/access/auditlog.h"
#include "models/access/staffrepository.h"
#include "models/common/settings.h"
#include "models/db/database.h"
#include "models/db/localstate.h"
#include "models/demo/demodata.h"
#include "models/registry/demogenerator.h"
#include "models/sync/syncservice.h"
#include "widgets/access/staffaccountdialog.h"
#include "widgets/common/dialogs.h"
#include "widgets/shell/idlewatch.h"
#include "widgets/shell/lockscreen.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/newdatabasedialog.h"
#include "widgets/shell/signindialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QSqlDatabase>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace Sportello::Desk {

namespace {

// Builds the demo database off the GUI thread behind a progress dialog.
bool createDemo(const QString &dbPath)
{
    QProgressDialog progress(
        QCoreApplication::translate("Sportello::Desk", "Creating the demo data…"), QString(), 0, 0);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    QFutureWatcher<QString> watcher;
    QObject::connect(&watcher, &QFutureWatcher<QString>::finished, &progress, &QDialog::accept);
    watcher.setFuture(QtConcurrent::run([dbPath] {
        QString error;
        DemoGenerator::Options options;
        options.citizens = NewDatabaseDialog::kDemoCitizens;
        options.extras = [](const QString &path, QString *e) {
            return DemoData::addTo(path, 1, e);
        };
        DemoGenerator::create(dbPath, options, &error);
        return error;
    }));
    progress.exec();
    watcher.waitForFinished();
    if (!watcher.result().isEmpty()) {
        Dialogs::warn(nullptr, QCoreApplication::translate("Sportello::Desk", "Sportello"),
                      watcher.result());
        return false;
    }
    return true;
}

enum class End { Quit, SignOut, SwitchUser };

struct Turn
{
    End end = End::Quit;
    int exitCode = 0;
};

// One person's turn at the desk: their background sync, main window and idle lock, until
// they quit, sign out or switch user, or someone else takes over at the lock screen. None of
// their windows is left when it returns.
Turn work(const QString &dbPath, Settings &settings, const Central::Endpoint &endpoint,
          const SignInDialog &signIn, int idleLockMs)
{
    const Session session = *signIn.session();
    QList<QPointer<QWidget>> before;
    for (QWidget *window : QApplication::topLevelWidgets())
        before << window;
    Turn turn;
    QString logoutDetail;
    {
        // Background sync with the region, as the signed-in person (demo data never syncs).
        std::unique_ptr<SyncService> sync;
        if (endpoint.isConfigured() && !LocalState::isDemo(dbPath)) {
            sync = std::make_unique<SyncService>(dbPath, endpoint, session.username,
                                                 signIn.password(), settings.syncIntervalMinutes());
        }
        MainWindow window(dbPath, session, &settings, sync.get());
        LockScreen lock(dbPath, session);
        IdleWatch idle(idleLockMs);
        bool ending = false;
        const auto end = [&](End how) {
            if (std::exchange(ending, true))
                return;
            turn.end = how;
            QList<QPointer<QDialog>> open;
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<QDialog *>(w);
                if (dialog && dialog != &lock
                    && (dialog->isVisible() || lock.coveredWindows().contains(dialog)))
                    open << dialog;
            }
            for (const QPointer<QDialog> &dialog : std::as_const(open)) {
                if (dialog)
                    dialog->reject();
            }
            // Every event loop ends, the nested ones of modal dialogs too, so that the windows
            // are destroyed below, from the outermost one.
            QCoreApplication::exit(0);
        };
        QObject::connect(&window, &MainWindow::switchUserRequested, &window,
                         [&end] { end(End::SwitchUser); });
        QObject::connect(&window, &MainWindow::signOutRequested, &window,
                         [&end] { end(End::SignOut); });
        QObject::connect(&idle, &IdleWatch::idle, &lock, &LockScreen::lock);
        QObject::connect(&lock, &LockScreen::anotherPersonRequested, &lock, [&] {
            logoutDetail = AuditLog::detail(u"lock_screen"_s); // someone else ended it
            window.rememberState();
            end(End::SwitchUser);
        });

        window.show();
        if (LocalState::isDemo(dbPath) && !settings.tourSeen(session.username))
            window.startTour();
        if (!signIn.notice().isEmpty())
            window.statusBar()->showMessage(signIn.notice(), 10000);
        if (sync)
            sync->start();
        turn.exitCode = QApplication::exec();
    }
    // A window the session made without a parent would outlive it: none may.
    QList<QPointer<QWidget>> leftovers;
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (!window->parentWidget() && !before.contains(window))
            leftovers << window;
    }
    for (const QPointer<QWidget> &window : std::as_const(leftovers))
        delete window.data();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    AuditLog::record(Db::connection(dbPath), session, AuditLog::Action::Logout, QString(),
                     QString(), logoutDetail);
    return turn;
}

} // namespace

int run(const QString &dbPath, const Options &options)
{
    if (!QFile::exists(dbPath)) {
        NewDatabaseDialog choice(dbPath);
        if (choice.exec() != QDialog::Accepted)
            return 0;
        if (choice.wantsDemo() && !createDemo(dbPath))
            return 1;
    }
    QString error;
    if (!Db::open(dbPath, &error)) {
        Dialogs::warn(nullptr,
                      QCoreApplication::translate("Sportello::Desk", "Sportello cannot start"),
                      error);
        return 1;
    }
    std::optional<Settings> ownSettings;
    Settings &settings = options.settings ? *options.settings : ownSettings.emplace();
    StaffRepository staff(dbPath);
    // With a region configured, accounts come from the region at the first sign-in.
    if (!staff.hasAccounts() && !settings.centralEndpoint().isConfigured()) {
        StaffAccountDialog setup(dbPath, StaffAccountDialog::Mode::CreateAdministrator);
        if (setup.exec() != QDialog::Accepted)
            return 0;
    }

    QString username = settings.lastUsername();
    for (;;) {
        // Read again at each sign-in: the administrator may have changed them.
        const Central::Endpoint endpoint = settings.centralEndpoint();
        SignInDialog signIn(dbPath, username, LocalState::isDemo(dbPath), endpoint);
        if (signIn.exec() != QDialog::Accepted || !signIn.session())
            return 0;
        settings.setLastUsername(signIn.session()->username);
        const int idleLockMs
            = options.idleLockMs >= 0 ? options.idleLockMs : settings.idleLockMinutes() * 60'000;
        const Turn turn = work(dbPath, settings, endpoint, signIn, idleLockMs);
        if (turn.end == End::Quit)
            return turn.exitCode;
        // Switching user: the next person types their own name.
        username = turn.end == End::SignOut ? settings.lastUsername() : QString();
    }
}

} // namespace Sportello::Desk
