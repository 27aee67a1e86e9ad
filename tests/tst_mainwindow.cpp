#include "models/common/settings.h"
#include "models/db/database.h"
#include "models/registry/demogenerator.h"
#include "widgets/registry/citizenspanel.h"
#include "widgets/shell/datastatus.h"
#include "widgets/shell/helpdialog.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/quicksearch.h"
#include "widgets/shell/signindialog.h"
#include "widgets/shell/tourdialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Sportello;

// The real main window offscreen: what each role sees, quick search, remembered state.
class tst_MainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void signInWithTheDemoAccount();
    void panelsFollowTheRole_data();
    void panelsFollowTheRole();
    void statusBarShowsTheDataState();
    void quickSearchOpensTheCitizen();
    void lastPanelAndGeometryAreRemembered();
    void helpOpensAtThePanel();
    void theTourWalksThroughTheRolePanels();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void tst_MainWindow::initTestCase()
{
    m_path = m_dir.filePath(u"demo.sqlite"_s);
    DemoGenerator::Options options;
    options.citizens = 1000;
    QString error;
    QVERIFY2(DemoGenerator::create(m_path, options, &error), qPrintable(error));
    QVERIFY(Db::open(m_path, &error));
}

void tst_MainWindow::cleanupTestCase()
{
    Db::closeConnection(m_path);
}

void tst_MainWindow::signInWithTheDemoAccount()
{
    SignInDialog dialog(m_path, u"admin"_s, true);
    dialog.show();
    QVERIFY(dialog.findChild<QWidget *>(u"demoHint"_s)->isVisible());
    auto *password = dialog.findChild<QLineEdit *>(u"passwordEdit"_s);
    QTest::keyClicks(password, u"wrong-password"_s);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
    QVERIFY(!dialog.session());
    QVERIFY(dialog.isVisible());
    QTest::keyClicks(password, DemoGenerator::demoPassword());
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(dialog.session());
    QCOMPARE(dialog.session()->role, Role::Admin);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void tst_MainWindow::panelsFollowTheRole_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QStringList>("panels");
    const QStringList desk = {u"Citizens"_s, u"Nursery admissions"_s};
    const QStringList social
        = desk + QStringList {u"Social services"_s, u"Competences"_s, u"Dashboard"_s};
    QTest::newRow("clerk") << int(Role::Clerk) << social;
    QTest::newRow("social worker") << int(Role::SocialWorker) << social;
    QTest::newRow("coordinator") << int(Role::Coordinator)
                                 << desk + QStringList {u"Competences"_s, u"Dashboard"_s};
    QTest::newRow("admin") << int(Role::Admin)
                           << social + QStringList {u"Staff accounts"_s, u"Audit log"_s};
}

void tst_MainWindow::panelsFollowTheRole()
{
    QFETCH(int, role);
    QFETCH(QStringList, panels);
    Settings settings(m_dir.filePath(u"settings-%1.ini"_s.arg(role)));
    const Session session {u"u"_s, u"Anna Verdi"_s, Role(role), u"102047"_s};
    MainWindow window(m_path, session, &settings);
    window.show();
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    QStringList shown;
    for (int i = 0; i < navigation->count(); ++i)
        shown << navigation->item(i)->text();
    QCOMPARE(shown, panels);
    QVERIFY(window.windowTitle().contains(u"Anna Verdi"_s));
    const bool canDelete
        = window.findChild<QPushButton *>(u"deleteCitizenButton"_s)->isVisibleTo(&window);
    QCOMPARE(canDelete, Roles::allows(Role(role), Permission::DeleteCitizens));
}

void tst_MainWindow::statusBarShowsTheDataState()
{
    Settings settings(m_dir.filePath(u"status.ini"_s));
    MainWindow window(m_path, {u"u"_s, u"U"_s, Role::Clerk, u"102047"_s}, &settings);
    auto *status = window.findChild<DataStatus *>(u"dataStatus"_s);
    QVERIFY(status->toolTip().contains(u"demo.sqlite"_s)); // the file, in the tooltip
    QVERIFY(status->text().contains(u"DEMO"_s));
    QVERIFY(status->text().contains(u"0 change"_s));
}

void tst_MainWindow::quickSearchOpensTheCitizen()
{
    Settings settings(m_dir.filePath(u"quick.ini"_s));
    MainWindow window(m_path, {u"u"_s, u"U"_s, Role::Clerk, u"102047"_s}, &settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bool typed = false;
    QTimer::singleShot(0, this, [&typed] {
        auto *quick = qobject_cast<QuickSearch *>(QApplication::activeModalWidget());
        QVERIFY(quick);
        auto *edit = quick->findChild<QLineEdit *>(u"quickSearchEdit"_s);
        // Enter straight after typing: the match for "greco" opens, not a row shown before.
        QTest::keyClicks(edit, u"greco"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        typed = true;
    });
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_K));
    QTRY_VERIFY(typed);
    QTRY_VERIFY(window.findChild<QLineEdit *>(u"surnameEdit"_s)->text().startsWith(u"Greco"_s));
}

void tst_MainWindow::lastPanelAndGeometryAreRemembered()
{
    const QString ini = m_dir.filePath(u"remember.ini"_s);
    const Session admin {u"a"_s, u"A"_s, Role::Admin, u"102047"_s};
    {
        Settings settings(ini);
        MainWindow window(m_path, admin, &settings);
        window.show();
        window.resize(1111, 777);
        window.showPanel(u"audit"_s);
        window.close();
    }
    Settings settings(ini);
    MainWindow window(m_path, admin, &settings);
    QCOMPARE(window.currentPanel(), u"audit"_s);
    QCOMPARE(window.size(), QSize(1111, 777));
}

void tst_MainWindow::helpOpensAtThePanel()
{
    Settings settings(m_dir.filePath(u"help.ini"_s));
    MainWindow window(m_path, {u"u"_s, u"U"_s, Role::Clerk, u"102047"_s}, &settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPanel(u"casework"_s);
    QTest::keyClick(&window, Qt::Key_F1);
    auto *help = window.findChild<HelpDialog *>();
    QVERIFY(help && help->isVisible());
    QCOMPARE(help->browser()->source().fragment(), u"casework"_s);
    const QString text = help->browser()->toPlainText();
    QVERIFY(text.contains(u"Social services"_s));
    QVERIFY(text.contains(u"Keyboard shortcuts"_s));
    QVERIFY(text.contains(u"Ctrl+R"_s));
}

void tst_MainWindow::theTourWalksThroughTheRolePanels()
{
    const QString ini = m_dir.filePath(u"tour.ini"_s);
    Settings settings(ini);
    const Session coordinator {u"nidi"_s, u"Lucia Nidi"_s, Role::Coordinator, u"102047"_s};
    QVERIFY(!settings.tourSeen(coordinator.username));
    MainWindow window(m_path, coordinator, &settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tour = qobject_cast<TourDialog *>(window.startTour());
    QVERIFY(tour && tour->isVisible());
    auto *next = tour->findChild<QPushButton *>(u"tourNext"_s);
    auto *title = tour->findChild<QLabel *>(u"tourTitle"_s);
    QVERIFY(title->text().contains(u"Welcome"_s));
    // The coordinator's panels, in the window's order, then the closing step.
    QStringList visited;
    for (int i = 0; i < 4; ++i) {
        QTest::mouseClick(next, Qt::LeftButton);
        visited << window.currentPanel();
    }
    QCOMPARE(visited,
             (QStringList {u"citizens"_s, u"nursery"_s, u"competences"_s, u"dashboard"_s}));
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(title->text().contains(u"Help"_s));
    QCOMPARE(next->text(), u"&Finish"_s);
    QVERIFY(tour->findChild<QLabel *>(u"tourCounter"_s)->text().contains(u"6 of 6"_s));
    QPointer<TourDialog> guard(tour);
    QTest::keyClick(tour, Qt::Key_Escape);
    QTRY_VERIFY(guard.isNull());
    QVERIFY(Settings(ini).tourSeen(coordinator.username));
    QVERIFY(!Settings(ini).tourSeen(u"sportello"_s));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
