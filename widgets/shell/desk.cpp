#include "widgets/shell/desk.h"

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
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/newdatabasedialog.h"
#include "widgets/shell/signindialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QSqlDatabase>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

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

} // namespace

int run(const QString &dbPath)
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
    Settings settings;
    const Central::Endpoint endpoint = settings.centralEndpoint();
    StaffRepository staff(dbPath);
    // With a region configured, accounts come from the region at the first sign-in.
    if (!staff.hasAccounts() && !endpoint.isConfigured()) {
        StaffAccountDialog setup(dbPath, StaffAccountDialog::Mode::CreateAdministrator);
        if (setup.exec() != QDialog::Accepted)
            return 0;
    }

    SignInDialog signIn(dbPath, settings.lastUsername(), LocalState::isDemo(dbPath), endpoint);
    if (signIn.exec() != QDialog::Accepted || !signIn.session())
        return 0;
    const Session session = *signIn.session();
    settings.setLastUsername(session.username);

    // Background sync with the region, as the signed-in person (demo data never syncs).
    std::unique_ptr<SyncService> sync;
    if (endpoint.isConfigured() && !LocalState::isDemo(dbPath)) {
        sync = std::make_unique<SyncService>(dbPath, endpoint, session.username, signIn.password(),
                                             settings.syncIntervalMinutes());
    }
    MainWindow window(dbPath, session, &settings, sync.get());
    window.show();
    if (LocalState::isDemo(dbPath) && !settings.tourSeen(session.username))
        window.startTour();
    if (!signIn.notice().isEmpty())
        window.statusBar()->showMessage(signIn.notice(), 10000);
    if (sync)
        sync->start();
    const int exitCode = QApplication::exec();
    AuditLog::record(Db::connection(dbPath), session, AuditLog::Action::Logout);
    return exitCode;
}

} // namespace Sportello::Desk
