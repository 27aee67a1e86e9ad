#include "cliprocess.h"
#include "models/casework/agenda.h"
#include "models/common/settings.h"
#include "models/db/database.h"
#include "widgets/access/staffaccountdialog.h"
#include "widgets/casework/bookingdialog.h"
#include "widgets/casework/intakedialog.h"
#include "widgets/registry/addmemberdialog.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/signindialog.h"
#include "widgets/sync/centralsettingsdialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
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
    void dialogsConfirmWithEnterAndCancelWithEscape();

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

// Every dialog that asks something has a default button (Enter) and closes with Escape,
// leaving nothing done.
void tst_Accessibility::dialogsConfirmWithEnterAndCancelWithEscape()
{
    const Session clerk {u"sportello"_s, u"Maria Rossi"_s, Role::Clerk, u"102047"_s};
    const QString citizen = [this] {
        QSqlQuery q(u"SELECT id FROM citizen LIMIT 1"_s, Db::connection(m_db));
        return q.next() ? q.value(0).toString() : QString();
    }();
    Casework::Appointment draft;
    draft.citizenId = citizen;
    const std::function<QDialog *()> makers[] = {
        [&] { return new IntakeDialog(m_db, clerk, citizen); },
        [&] { return new BookingDialog(m_db, clerk, draft); },
        [&] { return new AddMemberDialog(m_db, citizen); },
        [&] { return new StaffAccountDialog(m_db, StaffAccountDialog::Mode::Create); },
        [&] { return new CentralSettingsDialog({}, u"admin"_s); },
        [&] { return new SignInDialog(m_db, u"sportello"_s, true); },
    };
    for (const auto &make : makers) {
        std::unique_ptr<QDialog> dialog(make());
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        const QString name = QString::fromLatin1(dialog->metaObject()->className());
        const QList<QPushButton *> buttons = dialog->findChildren<QPushButton *>();
        QVERIFY2(std::any_of(buttons.cbegin(), buttons.cend(),
                             [](const QPushButton *b) { return b->isDefault() && b->isVisible(); }),
                 qPrintable(name + u" has no default button"_s));
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog.get(),
                        Qt::Key_Escape);
        QVERIFY2(!dialog->isVisible() && dialog->result() == QDialog::Rejected,
                 qPrintable(name + u" does not close with Escape"_s));
    }
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
