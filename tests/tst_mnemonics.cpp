#include "cliprocess.h"
#include "models/access/staffrepository.h"
#include "models/casework/agenda.h"
#include "models/casework/caserepository.h"
#include "models/common/language.h"
#include "models/common/settings.h"
#include "models/db/database.h"
#include "widgets/access/staffaccountdialog.h"
#include "widgets/casework/bookingdialog.h"
#include "widgets/casework/casestepdialog.h"
#include "widgets/casework/caseworkpanel.h"
#include "widgets/casework/intakedialog.h"
#include "widgets/competences/librettodialog.h"
#include "widgets/nursery/nurserypanel.h"
#include "widgets/registry/addmemberdialog.h"
#include "widgets/registry/citizenspanel.h"
#include "widgets/shell/aboutdialog.h"
#include "widgets/shell/helpdialog.h"
#include "widgets/shell/lockscreen.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/newdatabasedialog.h"
#include "widgets/shell/quicksearch.h"
#include "widgets/shell/signindialog.h"
#include "widgets/shell/tourdialog.h"
#include "widgets/sync/centralsettingsdialog.h"
#include "widgets/sync/conflictdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Sportello;

namespace {

// The letter a text's mnemonic (&) gives, upper-case, or empty; *count says how many there
// are ("&&" is a literal ampersand).
QString mnemonicOf(const QString &text, int *count = nullptr)
{
    QString letter;
    int found = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isPrint())
            continue;
        if (letter.isEmpty())
            letter = text.at(i + 1).toUpper();
        ++found;
    }
    if (count)
        *count = found;
    return letter;
}

QString describe(const QObject *o, const QString &text)
{
    QString name = QString::fromLatin1(o->metaObject()->className()).remove(u"Sportello::"_s);
    if (!o->objectName().isEmpty())
        name += u'#' + o->objectName();
    return u"%1 \"%2\""_s.arg(name, text);
}

// Everything that answers Alt+letter in one window as it stands, and the mistakes found in
// it. Qt matches an Alt+letter among the visible widgets of the active window: two holders
// of one letter make Qt only focus them in turn (an ambiguous shortcut), so the key never
// does what its label says.
class MnemonicAudit
{
public:
    // Each problem once, with the first place it was seen.
    QStringList problems() const
    {
        QStringList out;
        for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it)
            out << it.value() + u": "_s + it.key();
        return out;
    }

    // The window with everything it shows, in every tab and stacked page (one at a time,
    // nested ones within), as `where` says; `fixed` is left as it is.
    void explore(QWidget *window, const QString &where, QWidget *fixed = nullptr)
    {
        QSet<QWidget *> walked {fixed};
        exploreStates(window, where, &walked);
    }

    // One state of a window: every visible holder of an Alt+letter together.
    void checkState(QWidget *window, const QString &where)
    {
        QMultiMap<QString, QString> holders;
        const auto hold = [&](const QObject *o, const QString &text) {
            int count = 0;
            const QString letter = mnemonicOf(text, &count);
            if (count > 1)
                report(where, u"%1 has %2 mnemonics"_s.arg(describe(o, text)).arg(count));
            if (!letter.isEmpty())
                holders.insert(letter, describe(o, text));
        };
        if (auto *main = qobject_cast<QMainWindow *>(window)) {
            for (QAction *action : main->menuBar()->actions()) {
                if (action->isVisible())
                    hold(action, action->text());
                if (action->menu())
                    checkMenu(action->menu(), where);
            }
        }
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (w->window() != window || !w->isVisible())
                continue;
            if (auto *tabs = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    if (tabs->isTabVisible(i))
                        hold(tabs, tabs->tabText(i));
                }
            } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                hold(button, button->text());
                QMenu *menu = nullptr;
                if (auto *push = qobject_cast<QPushButton *>(w))
                    menu = push->menu();
                else if (auto *tool = qobject_cast<QToolButton *>(w))
                    menu = tool->menu();
                if (menu)
                    checkMenu(menu, where + u" / "_s + button->text());
            } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
                hold(box, box->title());
            } else if (auto *label = qobject_cast<QLabel *>(w)) {
                const bool plain = label->textFormat() == Qt::PlainText
                    || (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(label->text()));
                if (!plain)
                    continue;
                if (label->buddy())
                    hold(label, label->text());
                else if (!mnemonicOf(label->text()).isEmpty())
                    report(where,
                           describe(label, label->text()) + u" has a mnemonic but no buddy"_s);
            }
        }
        for (const QString &letter : holders.uniqueKeys()) {
            QStringList clash = holders.values(letter);
            if (clash.size() < 2)
                continue;
            clash.sort();
            report(where, u"Alt+%1 is held by %2"_s.arg(letter, clash.join(u" and "_s)));
        }
    }

private:
    void report(const QString &where, const QString &problem)
    {
        if (!m_problems.contains(problem))
            m_problems.insert(problem, where);
    }

    void checkMenu(QMenu *menu, const QString &where)
    {
        if (m_menus.contains(menu))
            return;
        m_menus.insert(menu);
        QMultiMap<QString, QString> items;
        for (QAction *action : menu->actions()) {
            if (!action->isVisible() || action->isSeparator())
                continue;
            const QString letter = mnemonicOf(action->text());
            if (!letter.isEmpty())
                items.insert(letter, describe(action, action->text()));
            if (action->menu())
                checkMenu(action->menu(), where + u" / "_s + action->text());
        }
        for (const QString &letter : items.uniqueKeys()) {
            QStringList clash = items.values(letter);
            if (clash.size() > 1) {
                clash.sort();
                report(where,
                       u"menu \"%1\": %2 is held by %3"_s.arg(menu->title(), letter,
                                                              clash.join(u" and "_s)));
            }
        }
    }

    void exploreStates(QWidget *window, const QString &where, QSet<QWidget *> *walked)
    {
        QCoreApplication::processEvents();
        checkState(window, where);
        // Tab widgets and stacked pages not inside a tab widget (that is its own stack).
        QList<QWidget *> containers;
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (w->window() != window || !w->isVisible() || walked->contains(w))
                continue;
            if (qobject_cast<QTabWidget *>(w)
                || (qobject_cast<QStackedWidget *>(w)
                    && !qobject_cast<QTabWidget *>(w->parentWidget())))
                containers << w;
        }
        for (QWidget *container : std::as_const(containers)) {
            if (walked->contains(container) || !container->isVisible())
                continue;
            walked->insert(container);
            if (auto *tabs = qobject_cast<QTabWidget *>(container)) {
                const int shown = tabs->currentIndex();
                for (int i = 0; i < tabs->count(); ++i) {
                    if (i == shown || !tabs->isTabVisible(i))
                        continue;
                    tabs->setCurrentIndex(i);
                    exploreStates(window, where + u" / "_s + tabs->tabText(i).remove(u'&'), walked);
                }
                tabs->setCurrentIndex(shown);
            } else {
                auto *stack = qobject_cast<QStackedWidget *>(container);
                const int shown = stack->currentIndex();
                for (int i = 0; i < stack->count(); ++i) {
                    if (i == shown)
                        continue;
                    stack->setCurrentIndex(i);
                    const QWidget *page = stack->widget(i);
                    exploreStates(
                        window,
                        u"%1 / %2"_s.arg(where,
                                         page->objectName().isEmpty()
                                             ? QString::fromLatin1(page->metaObject()->className())
                                             : page->objectName()),
                        walked);
                }
                stack->setCurrentIndex(shown);
            }
            QCoreApplication::processEvents();
        }
    }

    QMap<QString, QString> m_problems; // problem -> where first seen
    QSet<QMenu *> m_menus;
};

// The UI language for the rest of the test function: the program's and Qt's translators.
void useLanguage(const QString &language)
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::c());
    Language::install(language);
}

} // namespace

// Every Alt+letter of the desk does one thing: in every window and dialog of every role, in
// Italian and in English, no two mnemonics that are reachable at the same time share a
// letter (the menu bar's titles with everything in the window, a menu's items among
// themselves, a label with the field it leads to).
class tst_Mnemonics final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void mainWindowMnemonicsAreUnique_data();
    void mainWindowMnemonicsAreUnique();
    void dialogMnemonicsAreUnique_data();
    void dialogMnemonicsAreUnique();
    void confidentialChoiceByKeyboard_data();
    void confidentialChoiceByKeyboard();

private:
    Session sessionOf(const QString &username) const;
    QString scalar(const QString &sql) const;
    // Clicks the button and audits the dialog it opens (modal or not), then closes it.
    void auditOpenedDialog(MnemonicAudit *audit, QAbstractButton *button, const QString &where);

    QTemporaryDir m_dir;
    QString m_db;
    QString m_citizen; // whose case, assigned to `sociale`, is open
    QString m_case;
};

void tst_Mnemonics::initTestCase()
{
    QVERIFY(!Test::cliProgram().isEmpty());
    m_db = m_dir.filePath(u"desk.sqlite"_s);
    const Test::CliRun demo = Test::runCli({u"--db"_s, m_db, u"demo"_s, u"--citizens"_s, u"300"_s});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    QString error;
    QVERIFY2(Db::open(m_db, &error), qPrintable(error));
    m_case = scalar(u"SELECT id FROM social_case WHERE assigned_to = 'sociale' AND status NOT IN "
                    "('closed') AND deleted = 0 ORDER BY opened_at DESC LIMIT 1"_s);
    QVERIFY(!m_case.isEmpty());
    m_citizen = scalar(u"SELECT citizen_id FROM social_case WHERE id = '%1'"_s.arg(m_case));
    QVERIFY(!m_citizen.isEmpty());
}

void tst_Mnemonics::cleanupTestCase()
{
    Db::closeConnection(m_db);
}

Session tst_Mnemonics::sessionOf(const QString &username) const
{
    const auto account = StaffRepository(m_db).find(username);
    if (!account)
        return {};
    return {account->username, account->displayName, account->role, account->municipality};
}

QString tst_Mnemonics::scalar(const QString &sql) const
{
    QSqlQuery q(sql, Db::connection(m_db));
    return q.next() ? q.value(0).toString() : QString();
}

void tst_Mnemonics::auditOpenedDialog(MnemonicAudit *audit, QAbstractButton *button,
                                      const QString &where)
{
    QVERIFY2(button, qPrintable(where + u": no button opens it"_s));
    QVERIFY2(button->isEnabled(), qPrintable(where + u": its button is disabled"_s));
    QWidget *from = button->window();
    const QSet<QWidget *> before = [] {
        const QWidgetList list = QApplication::topLevelWidgets();
        return QSet<QWidget *>(list.cbegin(), list.cend());
    }();
    bool seen = false;
    const auto look = [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QDialog *>(w);
            if (!dialog || dialog == from || !dialog->isVisible() || before.contains(dialog))
                continue;
            audit->explore(dialog, where);
            seen = true;
            dialog->reject();
            return true;
        }
        return false;
    };
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, &poll, [&] {
        if (look())
            poll.stop();
    });
    poll.start();
    button->click(); // a dialog's exec() returns once the poll has rejected it
    QTRY_VERIFY2(seen, qPrintable(where + u": no dialog opened"_s));
}

void tst_Mnemonics::mainWindowMnemonicsAreUnique_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("username");
    for (const QString &language : {u"en"_s, u"it"_s}) {
        for (const QString &username : {u"sportello"_s, u"sociale"_s, u"nidi"_s, u"admin"_s}) {
            QTest::addRow("%s %s", qPrintable(language), qPrintable(username))
                << language << username;
        }
    }
}

void tst_Mnemonics::mainWindowMnemonicsAreUnique()
{
    QFETCH(QString, language);
    QFETCH(QString, username);
    useLanguage(language);
    const Session session = sessionOf(username);
    QVERIFY(!session.username.isEmpty());
    Settings settings(m_dir.filePath(u"mnemonics-%1-%2.ini"_s.arg(language, username)));
    MainWindow window(m_db, session, &settings);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);

    // What a person sees on a working day: a citizen's record open, a case file open, the
    // round loaded.
    window.showPanel(u"citizens"_s);
    window.citizensPanel()->openCitizen(m_citizen);
    QTest::qWait(100);
    if (window.caseworkPanel()) {
        window.showPanel(u"casework"_s);
        window.caseworkPanel()->openCase(m_case);
    }
    if (NurseryPanel *nursery = window.nurseryPanel()) {
        window.showPanel(u"nursery"_s);
        QTRY_VERIFY(!nursery->isLoading());
    }
    window.showPanel(u"citizens"_s);

    MnemonicAudit audit;
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        QTest::qWait(50);
        audit.explore(&window, navigation->item(row)->text(),
                      window.citizensPanel()->parentWidget()); // the panels' stack
    }
    const QStringList problems = audit.problems();
    for (const QString &problem : problems)
        qWarning("%s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 clash(es), listed above"_s.arg(problems.size())));
}

void tst_Mnemonics::dialogMnemonicsAreUnique_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("it") << u"it"_s;
}

void tst_Mnemonics::dialogMnemonicsAreUnique()
{
    QFETCH(QString, language);
    useLanguage(language);
    const Session clerk = sessionOf(u"sportello"_s);
    const Session worker = sessionOf(u"sociale"_s);
    const Session coordinator = sessionOf(u"nidi"_s);
    const Session admin = sessionOf(u"admin"_s);
    const auto socialCase = Casework::CaseRepository(m_db).find(m_case);
    QVERIFY(socialCase);
    MnemonicAudit audit;

    // The dialogs the desk makes from its classes, as their callers make them.
    Casework::Appointment draft;
    draft.worker = u"sociale"_s;
    draft.citizenId = m_citizen;
    draft.caseId = m_case;
    draft.purpose = u"Interview"_s;
    StaffAccount defaults;
    defaults.municipality = admin.municipality;
    const auto own = StaffRepository(m_db).find(u"sociale"_s);
    QVERIFY(own);
    QStringList panels {u"citizens"_s,  u"nursery"_s, u"casework"_s, u"competences"_s,
                        u"dashboard"_s, u"staff"_s,   u"audit"_s};
    Central::Endpoint endpoint;
    endpoint.host = u"db.regione.example"_s;
    const std::pair<QString, std::function<QDialog *()>> makers[] = {
        {u"intake"_s,
         [&]() -> QDialog * {
             return new IntakeDialog(m_db, clerk, m_citizen);
         }},
        {u"booking"_s,
         [&]() -> QDialog * {
             return new BookingDialog(m_db, worker, draft);
         }},
        {u"transition"_s,
         [&]() -> QDialog * {
             return new CaseStepDialog(CaseStepDialog::Kind::Transition, m_db, *socialCase);
         }},
        {u"reassignment"_s,
         [&]() -> QDialog * {
             return new CaseStepDialog(CaseStepDialog::Kind::Reassignment, m_db, *socialCase);
         }},
        {u"libretto"_s,
         [&]() -> QDialog * {
             return new LibrettoDialog(m_db, clerk, m_citizen);
         }},
        {u"add member"_s,
         [&]() -> QDialog * {
             return new AddMemberDialog(m_db, m_citizen);
         }},
        {u"new account"_s,
         [&]() -> QDialog * {
             return new StaffAccountDialog(m_db, StaffAccountDialog::Mode::Create, defaults);
         }},
        {u"first administrator"_s,
         [&]() -> QDialog * {
             return new StaffAccountDialog(m_db, StaffAccountDialog::Mode::CreateAdministrator);
         }},
        {u"edit account"_s,
         [&]() -> QDialog * {
             return new StaffAccountDialog(m_db, StaffAccountDialog::Mode::Edit, *own);
         }},
        {u"about"_s,
         [&]() -> QDialog * {
             return new AboutDialog;
         }},
        {u"tour"_s,
         [&]() -> QDialog * {
             return new TourDialog(TourDialog::steps(panels), nullptr);
         }},
        {u"lock screen"_s,
         [&]() -> QDialog * {
             return new LockScreen(m_db, worker);
         }},
        {u"new database"_s,
         [&]() -> QDialog * {
             return new NewDatabaseDialog(m_dir.filePath(u"new.sqlite"_s));
         }},
        {u"quick search"_s,
         [&]() -> QDialog * {
             return new QuickSearch(m_db);
         }},
        {u"sign in"_s,
         [&]() -> QDialog * {
             return new SignInDialog(m_db, u"sportello"_s, true);
         }},
        {u"sign in with the region"_s,
         [&]() -> QDialog * {
             return new SignInDialog(m_db, u"sportello"_s, false, endpoint);
         }},
        {u"regional database"_s,
         [&]() -> QDialog * {
             return new CentralSettingsDialog(endpoint, u"admin"_s);
         }},
        {u"changes to check"_s,
         [&]() -> QDialog * {
             return new ConflictDialog(m_db, admin);
         }},
    };
    for (const auto &[name, make] : makers) {
        std::unique_ptr<QDialog> dialog(make());
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        audit.explore(dialog.get(), name);
    }
    for (const QString &panel : std::as_const(panels)) {
        HelpDialog help(panel);
        help.show();
        QVERIFY(QTest::qWaitForWindowExposed(&help));
        audit.explore(&help, u"help on "_s + panel);
    }

    // The dialogs made where they are asked for, opened as a person opens them.
    {
        Settings settings(m_dir.filePath(u"dialogs-nidi-%1.ini"_s.arg(language)));
        MainWindow window(m_db, coordinator, &settings);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPanel(u"nursery"_s);
        QTRY_VERIFY(!window.nurseryPanel()->isLoading());
        auto *tabs = window.findChild<QTabWidget *>(u"nurseryTabs"_s);
        tabs->setCurrentWidget(window.findChild<QWidget *>(u"applicationsView"_s));
        auditOpenedDialog(&audit, window.findChild<QPushButton *>(u"newApplication"_s),
                          u"new application"_s);
        auto *applications = window.findChild<QTableView *>(u"applicationsTable"_s);
        applications->selectRow(0);
        auditOpenedDialog(&audit, window.findChild<QPushButton *>(u"openApplication"_s),
                          u"application"_s);
        auditOpenedDialog(&audit, window.findChild<QPushButton *>(u"newRound"_s), u"new round"_s);
        window.showPanel(u"dashboard"_s);
        auditOpenedDialog(&audit, window.findChild<QPushButton *>(u"dashboardRegional"_s),
                          u"regional view"_s);
    }
    {
        Settings settings(m_dir.filePath(u"dialogs-sociale-%1.ini"_s.arg(language)));
        MainWindow window(m_db, worker, &settings);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPanel(u"casework"_s);
        auto *tabs = window.findChild<QTabWidget *>(u"caseworkTabs"_s);
        tabs->setCurrentWidget(window.findChild<QWidget *>(u"caseReportsView"_s));
        auditOpenedDialog(&audit, window.findChild<QPushButton *>(u"reportsExtract"_s),
                          u"statistical extract"_s);
    }
    {
        Settings settings(m_dir.filePath(u"dialogs-admin-%1.ini"_s.arg(language)));
        MainWindow window(m_db, admin, &settings);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPanel(u"staff"_s);
        auditOpenedDialog(&audit, window.findChild<QPushButton *>(u"newStaffButton"_s),
                          u"new account from the staff panel"_s);
    }

    const QStringList problems = audit.problems();
    for (const QString &problem : problems)
        qWarning("%s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 clash(es), listed above"_s.arg(problems.size())));
}

void tst_Mnemonics::confidentialChoiceByKeyboard_data()
{
    dialogMnemonicsAreUnique_data();
}

// The confidential note is saved by a button of its own: its Alt+letter saves the note typed
// as confidential, and does nothing else (no tab changes, no ordinary note); the ordinary
// button's letter saves an ordinary one.
void tst_Mnemonics::confidentialChoiceByKeyboard()
{
    QFETCH(QString, language);
    useLanguage(language);
    const Session worker = sessionOf(u"sociale"_s);
    Settings settings(m_dir.filePath(u"confidential-%1.ini"_s.arg(language)));
    MainWindow window(m_db, worker, &settings);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QTRY_COMPARE(QApplication::activeWindow(), &window);
    window.showPanel(u"casework"_s);
    window.caseworkPanel()->openCase(m_case);
    auto *outer = window.findChild<QTabWidget *>(u"caseworkTabs"_s);
    auto *sections = window.findChild<QTabWidget *>(u"caseTabs"_s);
    auto *body = window.findChild<QPlainTextEdit *>(u"noteBody"_s);
    auto *confidential = window.findChild<QPushButton *>(u"noteAddConfidential"_s);
    auto *ordinary = window.findChild<QPushButton *>(u"noteAdd"_s);
    QVERIFY(outer && sections && body && confidential && ordinary);
    sections->setCurrentWidget(body->parentWidget());
    QTRY_VERIFY(body->isVisible());
    QVERIFY(confidential->isEnabled());

    // Ctrl+Tab moves between the file's sections, which have no letters of their own.
    const int notesTab = sections->currentIndex();
    sections->tabBar()->setFocus();
    QTest::keyClick(sections->tabBar(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(sections->currentIndex(), notesTab + 1);
    sections->setCurrentIndex(notesTab);

    const auto count = [this](const QString &table) {
        return scalar(u"SELECT count(*) FROM %1 WHERE case_id = '%2'"_s.arg(table, m_case)).toInt();
    };
    const auto press = [&](QPushButton *button, const QString &text) {
        const QString letter = mnemonicOf(button->text());
        QVERIFY2(!letter.isEmpty(), qPrintable(button->text()));
        body->setFocus();
        QTest::keyClicks(body, text);
        QTest::keyClick(body, letter.at(0).toLatin1(), Qt::AltModifier);
    };
    const int ordinaryBefore = count(u"case_note"_s);
    const int confidentialBefore = count(u"case_confidential_note"_s);
    const int outerTab = outer->currentIndex();

    press(confidential, u"Riferisce violenze in famiglia"_s);
    QTRY_COMPARE(count(u"case_confidential_note"_s), confidentialBefore + 1);
    QCOMPARE(count(u"case_note"_s), ordinaryBefore);
    QCOMPARE(outer->currentIndex(), outerTab);
    QCOMPARE(sections->currentIndex(), notesTab);
    QCOMPARE(scalar(u"SELECT body FROM case_confidential_note WHERE case_id = '%1' ORDER BY "
                    "written_at DESC LIMIT 1"_s.arg(m_case)),
             u"Riferisce violenze in famiglia"_s);
    QVERIFY(body->toPlainText().isEmpty());

    press(ordinary, u"Colloquio fissato"_s);
    QTRY_COMPARE(count(u"case_note"_s), ordinaryBefore + 1);
    QCOMPARE(count(u"case_confidential_note"_s), confidentialBefore + 1);
    QCOMPARE(outer->currentIndex(), outerTab);
    QCOMPARE(sections->currentIndex(), notesTab);
}

QTEST_MAIN(tst_Mnemonics)
#include "tst_mnemonics.moc"
