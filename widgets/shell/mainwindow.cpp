#include "widgets/shell/mainwindow.h"

#include "models/common/settings.h"
#include "models/sync/conflictstore.h"
#include "models/sync/syncservice.h"
#include "widgets/access/auditpanel.h"
#include "widgets/access/staffpanel.h"
#include "widgets/casework/caseworkpanel.h"
#include "widgets/competences/competencespanel.h"
#include "widgets/dashboard/dashboardpanel.h"
#include "widgets/nursery/nurserypanel.h"
#include "widgets/registry/citizenspanel.h"
#include "widgets/shell/aboutdialog.h"
#include "widgets/shell/datastatus.h"
#include "widgets/shell/helpdialog.h"
#include "widgets/shell/quicksearch.h"
#include "widgets/shell/tourdialog.h"
#include "widgets/sync/centralsettingsdialog.h"
#include "widgets/sync/conflictdialog.h"
#include "widgets/sync/syncindicator.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Sportello {

MainWindow::MainWindow(const QString &dbPath, const Session &session, Settings *settings,
                       SyncService *sync, QWidget *parent)
    : QMainWindow(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_settings(settings)
    , m_undoStack(new QUndoStack(this))
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_citizens(new CitizensPanel(dbPath, session, m_undoStack, this))
    , m_status(new DataStatus(dbPath, session, this))
    , m_sync(sync)
    , m_syncIndicator(new SyncIndicator(sync, this))
{
    setObjectName(u"mainWindow"_s);
    // Qt adds the application name: "Giulia Marino (Administrator) — Sportello".
    setWindowTitle(tr("%1 (%2)").arg(session.displayName, Roles::label(session.role)));
    setWindowIcon(QIcon(u":/icons/sportello.svg"_s));

    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Panels"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFixedWidth(190);
    m_navigation->setSpacing(2);
    addPanel(u"citizens"_s, tr("Citizens"), u"citizens"_s, m_citizens);
    if (session.can(Permission::ViewNursery)) {
        m_nursery = new NurseryPanel(dbPath, session, this);
        addPanel(u"nursery"_s, tr("Nursery admissions"), u"nursery"_s, m_nursery);
        connect(m_nursery, &NurseryPanel::dataChanged, m_status, &DataStatus::refresh);
    }
    if (CaseworkPanel::isFor(session)) {
        m_casework = new CaseworkPanel(dbPath, session, this);
        addPanel(u"casework"_s, tr("Social services"), u"casework"_s, m_casework);
        connect(m_casework, &CaseworkPanel::dataChanged, m_status, &DataStatus::refresh);
        connect(m_casework, &CaseworkPanel::newRequestAsked, this, [this] {
            showPanel(u"citizens"_s);
            m_citizens->focusSearch();
        });
        connect(m_citizens, &CitizensPanel::openCase, this, [this](const QString &caseId) {
            showPanel(u"casework"_s);
            m_casework->openCase(caseId);
        });
    }
    m_competences = new CompetencesPanel(dbPath, session, this);
    addPanel(u"competences"_s, tr("Competences"), u"competences"_s, m_competences);
    m_dashboard = new DashboardPanel(dbPath, session, settings->centralEndpoint(), this);
    addPanel(u"dashboard"_s, tr("Dashboard"), u"dashboard"_s, m_dashboard);
    if (session.can(Permission::ManageStaff)) {
        auto *staff = new StaffPanel(dbPath, session, this);
        addPanel(u"staff"_s, tr("Staff accounts"), u"staff"_s, staff);
        connect(staff, &StaffPanel::openCitizen, this, [this](const QString &citizenId) {
            showPanel(u"citizens"_s);
            m_citizens->openCitizen(citizenId);
        });
    }
    if (session.can(Permission::ViewAudit))
        addPanel(u"audit"_s, tr("Audit log"), u"audit"_s, new AuditPanel(dbPath, session, this));
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack,
            &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_syncIndicator);
    m_syncIndicator->setOpenConflicts(ConflictStore(dbPath).openCount(session.username));
    connect(m_syncIndicator, &SyncIndicator::conflictsRequested, this, &MainWindow::openConflicts);
    if (m_sync)
        connect(m_sync, &SyncService::cycleFinished, this, &MainWindow::afterSync);
    connect(m_citizens, &CitizensPanel::dataChanged, m_status, &DataStatus::refresh);
    connect(m_undoStack, &QUndoStack::indexChanged, m_status, &DataStatus::refresh);

    createMenus();
    restoreState();
    m_citizens->focusSearch(); // keyboard first: type a name as soon as the desk opens
}

MainWindow::~MainWindow() = default;

void MainWindow::addPanel(const QString &id, const QString &label, const QString &icon,
                          QWidget *panel)
{
    auto *item = new QListWidgetItem(QIcon(u":/icons/%1.svg"_s.arg(icon)), label, m_navigation);
    item->setSizeHint(QSize(0, 36));
    m_stack->addWidget(panel);
    m_panelIds << id;
}

void MainWindow::showPanel(const QString &id)
{
    const int index = int(m_panelIds.indexOf(id));
    m_navigation->setCurrentRow(index >= 0 ? index : 0);
}

QString MainWindow::currentPanel() const
{
    return m_panelIds.value(m_navigation->currentRow());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    QAction *newCitizen = file->addAction(tr("&New citizen"), this, [this] {
        showPanel(u"citizens"_s);
        m_citizens->newCitizen();
    });
    newCitizen->setShortcut(QKeySequence::New);
    newCitizen->setEnabled(m_session.can(Permission::EditCitizens));
    if (m_session.can(Permission::RecordRequests)) {
        QAction *newRequest = file->addAction(tr("New social &request…"), this, [this] {
            showPanel(u"citizens"_s);
            m_citizens->newSocialRequest();
        });
        newRequest->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    }
    file->addSeparator();
    // Unsaved changes first, as the person chooses; then the desk ends the session.
    const auto handOver = [this](void (MainWindow::*request)()) {
        return [this, request] {
            if (!m_citizens->confirmLeave())
                return;
            rememberState();
            emit(this->*request)();
        };
    };
    file->addAction(tr("S&witch user…"), this, handOver(&MainWindow::switchUserRequested))
        ->setObjectName(u"switchUserAction"_s);
    file->addAction(tr("Sign &out"), this, handOver(&MainWindow::signOutRequested))
        ->setObjectName(u"signOutAction"_s);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *quickSearch
        = view->addAction(tr("&Quick search…"), this, &MainWindow::openQuickSearch);
    quickSearch->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    view->addSeparator();
    for (int i = 0; i < m_panelIds.size(); ++i) {
        QAction *panel = view->addAction(m_navigation->item(i)->text(), this,
                                         [this, i] { m_navigation->setCurrentRow(i); });
        panel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current = m_settings->language();
    for (const auto &[code, name] :
         {std::pair {u""_s, tr("Follow the system")}, std::pair {u"it"_s, u"Italiano"_s},
          std::pair {u"en"_s, u"English"_s}}) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            m_settings->setLanguage(code);
            statusBar()->showMessage(tr("The language will change the next time Sportello starts."),
                                     8000);
        });
    }

    QMenu *sync = menuBar()->addMenu(tr("&Region"));
    QAction *syncNow = sync->addAction(tr("&Sync now"), this, [this] {
        if (m_sync)
            m_sync->syncNow();
    });
    syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    syncNow->setEnabled(m_sync != nullptr);
    sync->addAction(tr("&Changes to check…"), this, &MainWindow::openConflicts);
    QAction *settings = sync->addAction(tr("&Regional database…"), this, [this] {
        CentralSettingsDialog dialog(m_settings->centralEndpoint(), m_session.username, this);
        if (dialog.exec() == QDialog::Accepted) {
            m_settings->setCentralEndpoint(dialog.endpoint());
            statusBar()->showMessage(tr("The new settings apply from the next sign-in."), 8000);
        }
    });
    settings->setEnabled(m_session.can(Permission::ManageStaff));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *contents = help->addAction(tr("&Help on this panel"), this, [this] {
        auto *dialog = new HelpDialog(currentPanel(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    contents->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Guided tour"), this, &MainWindow::startTour);
    help->addSeparator();
    help->addAction(tr("&About Sportello"), this, [this] { AboutDialog(this).exec(); });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::openQuickSearch()
{
    QuickSearch search(m_dbPath, this);
    if (search.exec() == QDialog::Accepted && !search.citizenId().isEmpty()) {
        showPanel(u"citizens"_s);
        m_citizens->openCitizen(search.citizenId());
    }
}

void MainWindow::openConflicts()
{
    ConflictDialog dialog(m_dbPath, m_session, this);
    connect(&dialog, &ConflictDialog::resolved, this, [this] {
        m_syncIndicator->setOpenConflicts(ConflictStore(m_dbPath).openCount(m_session.username));
        m_citizens->refresh();
        m_status->refresh();
    });
    dialog.exec();
    if (m_sync)
        m_sync->syncNow(); // send the resolutions
}

QDialog *MainWindow::startTour()
{
    auto *tour = new TourDialog(TourDialog::steps(m_panelIds), this);
    connect(tour, &TourDialog::panelRequested, this, &MainWindow::showPanel);
    connect(tour, &QDialog::finished, this,
            [this] { m_settings->setTourSeen(m_session.username); });
    tour->adjustSize();
    // Beside the panel, over the bottom right corner: the panel stays in view.
    const QRect area = geometry();
    tour->move(area.right() - tour->width() - 24, area.bottom() - tour->height() - 48);
    tour->show();
    return tour;
}

void MainWindow::afterSync()
{
    m_syncIndicator->setOpenConflicts(ConflictStore(m_dbPath).openCount(m_session.username));
    m_status->refresh();
    if (m_sync->lastReport().pulled > 0) {
        m_citizens->refresh();
        if (m_nursery)
            m_nursery->refresh();
        if (m_casework)
            m_casework->refresh();
    }
    if (m_sync->lastReport().referenceGroups > 0)
        m_competences->reload(); // the region published new frameworks or courses
}

void MainWindow::restoreState()
{
    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1280, 800);
    QMainWindow::restoreState(m_settings->windowState());
    m_citizens->restoreSplitterState(m_settings->splitterState(u"citizens"_s));
    showPanel(m_settings->lastPanel());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_citizens->confirmLeave()) {
        event->ignore();
        return;
    }
    rememberState();
    event->accept();
}

void MainWindow::rememberState()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setLastPanel(currentPanel());
    m_settings->setSplitterState(u"citizens"_s, m_citizens->splitterState());
}

} // namespace Sportello
