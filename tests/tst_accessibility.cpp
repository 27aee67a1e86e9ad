#include "cliprocess.h"
#include "models/common/settings.h"
#include "models/db/database.h"
#include "widgets/shell/mainwindow.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;

// What a person who works with the keyboard or a screen reader relies on, checked on every
// panel of the real main window for each role: every control that takes focus has a name
// a screen reader can say, and Tab reaches it.
class tst_Accessibility final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyControlHasANameAndIsReachedByTab_data();
    void everyControlHasANameAndIsReachedByTab();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void tst_Accessibility::initTestCase()
{
    QVERIFY(!Test::cliProgram().isEmpty());
    m_db = m_dir.filePath(u"desk.sqlite"_s);
    const Test::CliRun demo = Test::runCli({u"--db"_s, m_db, u"demo"_s, u"--citizens"_s, u"300"_s});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    QString error;
    QVERIFY2(Db::open(m_db, &error), qPrintable(error));
}

void tst_Accessibility::cleanupTestCase()
{
    Db::closeConnection(m_db);
}

void tst_Accessibility::everyControlHasANameAndIsReachedByTab_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("username");
    QTest::newRow("clerk") << int(Role::Clerk) << u"sportello"_s;
    QTest::newRow("social worker") << int(Role::SocialWorker) << u"sociale"_s;
    QTest::newRow("coordinator") << int(Role::Coordinator) << u"nidi"_s;
    QTest::newRow("admin") << int(Role::Admin) << u"admin"_s;
}

void tst_Accessibility::everyControlHasANameAndIsReachedByTab()
{
    QFETCH(int, role);
    QFETCH(QString, username);
    Settings settings(m_dir.filePath(u"a11y-%1.ini"_s.arg(username)));
    MainWindow window(m_db, {username, username, Role(role), u"102047"_s}, &settings);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    auto *stack = window.findChild<QStackedWidget *>();
    QStringList unnamed;
    QStringList unreachable;
    // The visible controls of a panel as it stands: named, and reached by Tab.
    const auto audit = [&](QWidget *panel, const QString &where) {
        QList<QWidget *> controls;
        for (QWidget *w : panel->findChildren<QWidget *>()) {
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)
                && !w->focusProxy() && !qobject_cast<QWidget *>(w->parent())->focusProxy())
                controls << w;
        }
        const auto describe = [&where](QWidget *w) {
            return u"%1: %2 %3"_s.arg(where, QString::fromLatin1(w->metaObject()->className()),
                                      w->objectName());
        };
        for (QWidget *w : std::as_const(controls)) {
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << describe(w);
        }
        QSet<QWidget *> reached;
        navigation->setFocus();
        for (int i = 0; i < 4 * controls.size() + 10; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached.insert(QApplication::focusWidget());
        }
        for (QWidget *w : std::as_const(controls)) {
            // An exclusive group of buttons is one stop: Tab reaches one of them, arrows
            // the others.
            QList<QWidget *> stop {w};
            const auto *button = qobject_cast<QAbstractButton *>(w);
            if (button && button->group() && button->group()->exclusive()) {
                for (QAbstractButton *member : button->group()->buttons())
                    stop << member;
            }
            if (std::none_of(stop.cbegin(), stop.cend(),
                             [&reached](QWidget *s) { return reached.contains(s); }))
                unreachable << describe(w);
        }
    };
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        QWidget *panel = stack->currentWidget();
        const QString panelName = navigation->item(row)->text();
        QTest::qWait(50);
        audit(panel, panelName);
        for (QTabWidget *tabs : panel->findChildren<QTabWidget *>()) {
            if (!tabs->isVisible())
                continue;
            for (int tab = 1; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                QTest::qWait(50);
                audit(panel, panelName + u" / "_s + tabs->tabText(tab));
            }
            tabs->setCurrentIndex(0);
        }
    }
    for (const QString &control : std::as_const(unnamed))
        qWarning("without an accessible name: %s", qPrintable(control));
    for (const QString &control : std::as_const(unreachable))
        qWarning("not reached by Tab: %s", qPrintable(control));
    QCOMPARE(unnamed.size(), 0);
    QCOMPARE(unreachable.size(), 0);
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
