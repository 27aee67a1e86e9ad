#include "models/access/auditlog.h"
#include "models/db/database.h"
#include "models/registry/citizenlistmodel.h"
#include "models/registry/citizenrepository.h"
#include "models/registry/demogenerator.h"
#include "testdatabase.h"
#include "widgets/common/dialogs.h"
#include "widgets/registry/citizenform.h"
#include "widgets/registry/citizenspanel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Sportello;

// The search-to-detail flow of a desk clerk, on the real panel, offscreen.
class tst_CitizensPanel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void searchOpenEditSaveUndo();
    void registerNewCitizenFromTheFiscalCode();
    void registeredCodeIsRefusedAndItsRecordOffered();
    void typedDatesAreThoseDatesOrRefused();
    void longestNamesKeepTheButtonsOnScreen();
    void iseeExpiryIsTheDateTypedOrRefused();
    void invalidDataIsShownNotSaved();
    void deleteAndUndo();
    void savingKeepsTheListWhereItWasANewSearchStartsAtTheTop();
    void savingSaysSoAndTheRecordIsAmongTheResults();

private:
    template<typename T> T *child(const QString &name) const
    {
        T *widget = m_panel->findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }
    QString scalar(const QString &sql) const;
    void search(const QString &text);
    void typeInto(const QString &field, const QString &text);

    QTemporaryDir m_dir;
    QString m_path;
    QUndoStack *m_undo = nullptr;
    CitizensPanel *m_panel = nullptr;
};

void tst_CitizensPanel::init()
{
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s);
    DemoGenerator::Options options;
    options.citizens = 1500;
    QString error;
    QVERIFY2(DemoGenerator::create(m_path, options, &error), qPrintable(error));
    QVERIFY(Db::open(m_path, &error));
    m_undo = new QUndoStack;
    m_panel = new CitizensPanel(m_path, TestDatabase::clerk(), m_undo);
    m_panel->resize(1200, 800);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void tst_CitizensPanel::cleanup()
{
    delete m_panel;
    delete m_undo;
    Db::closeConnection(m_path);
}

QString tst_CitizensPanel::scalar(const QString &sql) const
{
    QSqlQuery query(sql, Db::connection(m_path));
    return query.next() ? query.value(0).toString() : QString();
}

void tst_CitizensPanel::search(const QString &text)
{
    auto *edit = child<QLineEdit>(u"citizenSearchEdit"_s);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    // Done when the list shows this text's results (not a refresh still in flight).
    auto *model = qobject_cast<CitizenListModel *>(child<QTableView>(u"citizenTable"_s)->model());
    QTRY_VERIFY_WITH_TIMEOUT(model->queryText() == text && !model->isBusy(), 5000);
}

void tst_CitizensPanel::typeInto(const QString &field, const QString &text)
{
    auto *edit = child<QLineEdit>(field);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    for (QChar c : text) { // keyClicks() only knows ASCII; accents arrive as text
        if (c.unicode() < 128)
            QTest::keyClick(edit, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void tst_CitizensPanel::searchOpenEditSaveUndo()
{
    search(u"rossi"_s);
    auto *table = child<QTableView>(u"citizenTable"_s);
    QTRY_VERIFY(table->model()->rowCount() > 0);
    const int expected = scalar(u"SELECT count(*) FROM citizen WHERE surname = 'Rossi' OR "
                                "surname LIKE 'Rossi%'"_s)
                             .toInt();
    QCOMPARE(table->model()->rowCount(), expected);
    QCOMPARE(child<QLabel>(u"resultCountLabel"_s)->text(), u"%1 citizen(s)"_s.arg(expected));

    // Down from the search field selects the first result and opens it.
    QTest::keyClick(child<QLineEdit>(u"citizenSearchEdit"_s), Qt::Key_Down);
    QTRY_COMPARE(table->currentIndex().row(), 0);
    const QString surname = table->model()->index(0, 1).data().toString();
    const QString fiscalCode = table->model()->index(0, 0).data().toString();
    QTRY_COMPARE(child<QLineEdit>(u"surnameEdit"_s)->text(), surname);
    QCOMPARE(child<QLineEdit>(u"fiscalCodeEdit"_s)->text(), fiscalCode);
    const QString id = scalar(u"SELECT id FROM citizen WHERE fiscal_code = '%1'"_s.arg(fiscalCode));
    QCOMPARE(AuditLog::events(Db::connection(m_path), u"citizen"_s, id, 5).value(0).action,
             AuditLog::Action::OpenRecord);

    auto *save = child<QPushButton>(u"saveCitizenButton"_s);
    QVERIFY(!save->isEnabled());
    const QString oldAddress = child<QLineEdit>(u"addressEdit"_s)->text();
    typeInto(u"addressEdit"_s, u"Via dell'Affaccio 7, 89900 Vibo Valentia"_s);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(scalar(u"SELECT address FROM citizen WHERE id = '%1'"_s.arg(id)),
             u"Via dell'Affaccio 7, 89900 Vibo Valentia"_s);
    QVERIFY(!save->isEnabled());
    QCOMPARE(m_undo->count(), 1);

    m_undo->undo();
    QCOMPARE(scalar(u"SELECT address FROM citizen WHERE id = '%1'"_s.arg(id)), oldAddress);
    QCOMPARE(child<QLineEdit>(u"addressEdit"_s)->text(), oldAddress);
    m_undo->redo();
    QCOMPARE(child<QLineEdit>(u"addressEdit"_s)->text(),
             u"Via dell'Affaccio 7, 89900 Vibo Valentia"_s);
}

void tst_CitizensPanel::registerNewCitizenFromTheFiscalCode()
{
    QTest::mouseClick(child<QPushButton>(u"newCitizenButton"_s), Qt::LeftButton);
    typeInto(u"fiscalCodeEdit"_s, u"bncglI90A41d612i"_s);
    // Decoded as typed: sex, date and place of birth fill themselves.
    QTRY_VERIFY(child<QLabel>(u"fiscalCodeStatus"_s)->text().startsWith(u"✓"_s));
    QCOMPARE(child<QComboBox>(u"sexCombo"_s)->currentData().toString(), u"F"_s);
    QCOMPARE(child<QLineEdit>(u"birthDateEdit"_s)->text(), u"01/01/1990"_s);
    QVERIFY(child<QLineEdit>(u"birthPlaceEdit"_s)->text().contains(u"Firenze"_s));
    typeInto(u"surnameEdit"_s, u"Bianchi"_s);
    typeInto(u"givenNamesEdit"_s, u"Giulia"_s);
    typeInto(u"phoneEdit"_s, u"+39 055 1234567"_s);
    QTest::mouseClick(child<QPushButton>(u"saveCitizenButton"_s), Qt::LeftButton);

    QCOMPARE(scalar(u"SELECT surname || ' ' || given_names || ' ' || sex || ' ' || birth_date "
                    "FROM citizen WHERE fiscal_code = 'BNCGLI90A41D612I'"_s),
             u"Bianchi Giulia F 1990-01-01"_s);
    // The list now shows the new citizen.
    auto *table = child<QTableView>(u"citizenTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QTRY_COMPARE(table->model()->index(0, 0).data().toString(), u"BNCGLI90A41D612I"_s);

    // The compute button gives the same code from the data.
    QTest::mouseClick(child<QPushButton>(u"newCitizenButton"_s), Qt::LeftButton);
    typeInto(u"surnameEdit"_s, u"D'Amico"_s);
    typeInto(u"givenNamesEdit"_s, u"Nicolò"_s);
    child<QComboBox>(u"sexCombo"_s)->setCurrentIndex(1);
    typeInto(u"birthDateEdit"_s, u"29/02/1996"_s);
    typeInto(u"birthPlaceEdit"_s, u"F537"_s);
    QTest::mouseClick(child<QPushButton>(u"computeFiscalCodeButton"_s), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(u"fiscalCodeEdit"_s)->text(), u"DMCNCL96B29F537L"_s);
}

// A fiscal code identifies one person: a second record with it is refused, whatever the
// clerk answers, and the record that has it is offered. In another municipality the same
// person may be registered too: that is only a warning.
void tst_CitizensPanel::registeredCodeIsRefusedAndItsRecordOffered()
{
    const QString code
        = scalar(u"SELECT fiscal_code FROM citizen WHERE municipality = '%1' "
                 "AND deleted = 0 LIMIT 1"_s.arg(TestDatabase::clerk().municipality));
    const QString surname
        = scalar(u"SELECT surname FROM citizen WHERE fiscal_code = '%1'"_s.arg(code));
    const int before = scalar(u"SELECT count(*) FROM citizen"_s).toInt();
    auto *save = child<QPushButton>(u"saveCitizenButton"_s);
    QTest::mouseClick(child<QPushButton>(u"newCitizenButton"_s), Qt::LeftButton);
    typeInto(u"fiscalCodeEdit"_s, code);
    typeInto(u"surnameEdit"_s, u"Altro"_s);
    typeInto(u"givenNamesEdit"_s, u"Nome"_s);
    Dialogs::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(Dialogs::lastText().contains(u"is already registered for %1"_s.arg(surname)),
             qPrintable(Dialogs::lastText()));
    QCOMPARE(scalar(u"SELECT count(*) FROM citizen"_s).toInt(), before);
    QCOMPARE(child<QLineEdit>(u"surnameEdit"_s)->text(), u"Altro"_s); // still the new one

    Dialogs::setNextAnswer(QMessageBox::Open); // there is no "save anyway"
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(scalar(u"SELECT count(*) FROM citizen"_s).toInt(), before);
    QCOMPARE(child<QLineEdit>(u"fiscalCodeEdit"_s)->text(), code);
    QCOMPARE(child<QLineEdit>(u"surnameEdit"_s)->text(), surname); // the registered person

    // The code of a citizen of Firenze, registered at this desk of Vibo Valentia too.
    const QString elsewhere
        = scalar(u"SELECT fiscal_code FROM citizen WHERE municipality <> "
                 "'%1' AND deleted = 0 LIMIT 1"_s.arg(TestDatabase::clerk().municipality));
    QTest::mouseClick(child<QPushButton>(u"newCitizenButton"_s), Qt::LeftButton);
    typeInto(u"fiscalCodeEdit"_s, elsewhere);
    typeInto(u"surnameEdit"_s,
             scalar(u"SELECT surname FROM citizen WHERE fiscal_code = '%1'"_s.arg(elsewhere)));
    typeInto(u"givenNamesEdit"_s,
             scalar(u"SELECT given_names FROM citizen WHERE fiscal_code = "
                    "'%1'"_s.arg(elsewhere)));
    Dialogs::setNextAnswer(QMessageBox::Save);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(Dialogs::lastText().contains(u"Already registered"_s),
             qPrintable(Dialogs::lastText()));
    QCOMPARE(
        scalar(u"SELECT count(*) FROM citizen WHERE fiscal_code = '%1'"_s.arg(elsewhere)).toInt(),
        2);
}

// The date of birth typed is that date, or is refused saying why; Compute refuses a date that
// cannot be a birth date rather than coding it into another century.
void tst_CitizensPanel::typedDatesAreThoseDatesOrRefused()
{
    QTest::mouseClick(child<QPushButton>(u"newCitizenButton"_s), Qt::LeftButton);
    typeInto(u"surnameEdit"_s, u"Bianchi"_s);
    typeInto(u"givenNamesEdit"_s, u"Giulia"_s);
    child<QComboBox>(u"sexCombo"_s)->setCurrentIndex(2);
    typeInto(u"birthPlaceEdit"_s, u"D612"_s);
    typeInto(u"birthDateEdit"_s, u"31/02/1990"_s);
    QTest::mouseClick(child<QPushButton>(u"saveCitizenButton"_s), Qt::LeftButton);
    auto *issues = child<QLabel>(u"issuesLabel"_s);
    QVERIFY2(issues->text().contains(u"31/02/1990 is not a date."_s), qPrintable(issues->text()));
    QVERIFY(!issues->text().contains(u"date of birth is required"_s));
    QVERIFY(child<QLineEdit>(u"birthDateEdit"_s)->property("invalid").toBool());

    typeInto(u"birthDateEdit"_s, u"15101990"_s);
    QTest::mouseClick(child<QPushButton>(u"computeFiscalCodeButton"_s), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(u"fiscalCodeEdit"_s)->text(), u"BNCGLI90R55D612D"_s);
    QCOMPARE(child<QLineEdit>(u"birthDateEdit"_s)->text(), u"15/10/1990"_s);

    // Born in 2030? A code for it would read 1930: refused.
    const QString future = QDate::currentDate().addYears(4).toString(u"dd/MM/yyyy"_s);
    typeInto(u"fiscalCodeEdit"_s, QString());
    typeInto(u"birthDateEdit"_s, future);
    QTest::mouseClick(child<QPushButton>(u"computeFiscalCodeButton"_s), Qt::LeftButton);
    QVERIFY(child<QLineEdit>(u"fiscalCodeEdit"_s)->text().isEmpty());
    QVERIFY2(child<QLabel>(u"fiscalCodeStatus"_s)->text().contains(u"in the future"_s),
             qPrintable(child<QLabel>(u"fiscalCodeStatus"_s)->text()));
}

void tst_CitizensPanel::invalidDataIsShownNotSaved()
{
    const int before = scalar(u"SELECT count(*) FROM citizen"_s).toInt();
    QTest::mouseClick(child<QPushButton>(u"newCitizenButton"_s), Qt::LeftButton);
    typeInto(u"fiscalCodeEdit"_s, u"RSSMRA85T10A562T"_s);
    QVERIFY(child<QLabel>(u"fiscalCodeStatus"_s)->text().startsWith(u"✗"_s));
    typeInto(u"givenNamesEdit"_s, QString(150, u'x'));
    QTest::mouseClick(child<QPushButton>(u"saveCitizenButton"_s), Qt::LeftButton);
    auto *issues = child<QLabel>(u"issuesLabel"_s);
    QVERIFY(issues->isVisibleTo(m_panel));
    QVERIFY(issues->text().contains(u"surname is required"_s));
    QVERIFY(issues->text().contains(u"check character"_s));
    QVERIFY(child<QLineEdit>(u"fiscalCodeEdit"_s)->property("invalid").toBool());
    QCOMPARE(child<QLineEdit>(u"givenNamesEdit"_s)->text().size(), 100); // field limit
    QCOMPARE(scalar(u"SELECT count(*) FROM citizen"_s).toInt(), before);

    // Fixing a field takes its message away; what is still wrong stays said.
    typeInto(u"surnameEdit"_s, u"Rossi"_s);
    QVERIFY2(!issues->text().contains(u"surname is required"_s), qPrintable(issues->text()));
    QVERIFY(!child<QLineEdit>(u"surnameEdit"_s)->property("invalid").toBool());
    QVERIFY(issues->text().contains(u"check character"_s));
    QVERIFY(child<QLineEdit>(u"fiscalCodeEdit"_s)->property("invalid").toBool());
    typeInto(u"fiscalCodeEdit"_s, u"RSSMRA85T10A562S"_s); // and fills sex, date, place
    QVERIFY(!issues->isVisibleTo(m_panel));
}

void tst_CitizensPanel::deleteAndUndo()
{
    search(u"bruno"_s);
    auto *table = child<QTableView>(u"citizenTable"_s);
    QTRY_VERIFY(table->model()->rowCount() > 0);
    const int matches = table->model()->rowCount();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTRY_VERIFY(!child<QLineEdit>(u"surnameEdit"_s)->text().isEmpty());
    const QString code = child<QLineEdit>(u"fiscalCodeEdit"_s)->text();
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(u"deleteCitizenButton"_s), Qt::LeftButton);
    QCOMPARE(scalar(u"SELECT deleted FROM citizen WHERE fiscal_code = '%1'"_s.arg(code)), u"1"_s);
    QTRY_COMPARE(table->model()->rowCount(), matches - 1);
    m_undo->undo();
    QCOMPARE(scalar(u"SELECT deleted FROM citizen WHERE fiscal_code = '%1'"_s.arg(code)), u"0"_s);
    QTRY_COMPARE(table->model()->rowCount(), matches);
}

void tst_CitizensPanel::savingKeepsTheListWhereItWasANewSearchStartsAtTheTop()
{
    auto *table = child<QTableView>(u"citizenTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1500);
    table->setFocus();
    table->scrollTo(table->model()->index(900, 0), QAbstractItemView::PositionAtTop);
    QTRY_VERIFY(!table->model()->index(900, 0).data().toString().startsWith(u"…"_s));
    table->setCurrentIndex(table->model()->index(900, 0));
    const QString code = table->model()->index(900, 0).data().toString();
    QTRY_COMPARE(child<QLineEdit>(u"fiscalCodeEdit"_s)->text(), code);
    const int scroll = table->verticalScrollBar()->value();
    QVERIFY(scroll > 0);

    typeInto(u"phoneEdit"_s, u"0963 99 88 77"_s);
    QTest::mouseClick(child<QPushButton>(u"saveCitizenButton"_s), Qt::LeftButton);
    QCOMPARE(scalar(u"SELECT phone FROM citizen WHERE fiscal_code = '%1'"_s.arg(code)),
             u"0963 99 88 77"_s);
    QTRY_COMPARE(table->currentIndex().row(), 900); // same row, selected again
    QCOMPARE(table->verticalScrollBar()->value(), scroll);
    QCOMPARE(table->model()->index(900, 0).data().toString(), code);

    search(u"m"_s);
    QVERIFY(table->model()->rowCount() > 100);
    QCOMPARE(table->verticalScrollBar()->value(), 0);
}

// Every field takes as much as its bound and no more, and the record's buttons stay in the
// window at the bound, on a large screen and at the smallest size of the window.
void tst_CitizensPanel::longestNamesKeepTheButtonsOnScreen()
{
    search(u"rossi"_s);
    auto *table = child<QTableView>(u"citizenTable"_s);
    QTRY_VERIFY(table->model()->rowCount() > 0);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTRY_VERIFY(!child<QLineEdit>(u"surnameEdit"_s)->text().isEmpty());
    const QString id = scalar(u"SELECT id FROM citizen WHERE fiscal_code = '%1'"_s.arg(
        child<QLineEdit>(u"fiscalCodeEdit"_s)->text()));
    const QString longest = QString(CitizenRules::kMaxNameLength, u'W'); // one unbroken word
    typeInto(u"surnameEdit"_s, longest + u"MORE"_s);
    QCOMPARE(child<QLineEdit>(u"surnameEdit"_s)->text(), longest); // the field's bound
    typeInto(u"givenNamesEdit"_s, longest);
    typeInto(u"addressEdit"_s, QString(CitizenRules::kMaxAddressLength + 20, u'M'));
    QCOMPARE(child<QLineEdit>(u"addressEdit"_s)->text().size(), CitizenRules::kMaxAddressLength);
    Dialogs::setNextAnswer(QMessageBox::Save); // the code no longer matches the names
    QTest::mouseClick(child<QPushButton>(u"saveCitizenButton"_s), Qt::LeftButton);
    QCOMPARE(scalar(u"SELECT length(surname) FROM citizen WHERE id = '%1'"_s.arg(id)).toInt(),
             CitizenRules::kMaxNameLength);

    // The model holds the bound too, whatever writes.
    Citizen tooLong = *CitizenRepository(m_path).find(id);
    tooLong.surname = longest + u'W';
    QString error;
    QVERIFY(!CitizenRepository(m_path).update(TestDatabase::clerk(), tooLong, &error));
    QVERIFY2(error.contains(u"At most 100 characters"_s), qPrintable(error));

    for (const QSize size : {QSize(1600, 1000), m_panel->minimumSizeHint()}) {
        m_panel->resize(size);
        QTRY_COMPARE(m_panel->size(), size.expandedTo(m_panel->minimumSize()));
        QCoreApplication::processEvents();
        for (const QString &name :
             {u"saveCitizenButton"_s, u"revertCitizenButton"_s, u"deleteCitizenButton"_s}) {
            auto *button = child<QPushButton>(name);
            QVERIFY(button->isVisible());
            // Across, within the panel and within what the record's scroll area shows of it
            // (down, the record scrolls: its sections follow the buttons).
            const QRect inPanel(button->mapTo(m_panel, QPoint(0, 0)), button->size());
            QVERIFY2(inPanel.left() >= 0 && inPanel.right() < m_panel->width(),
                     qPrintable(u"%1 at %2,%3 %4x%5 in %6x%7"_s.arg(name)
                                    .arg(inPanel.x())
                                    .arg(inPanel.y())
                                    .arg(inPanel.width())
                                    .arg(inPanel.height())
                                    .arg(m_panel->width())
                                    .arg(m_panel->height())));
            const QWidget *viewport = button->parentWidget()->parentWidget();
            const QRect inViewport(button->mapTo(viewport, QPoint(0, 0)), button->size());
            QVERIFY2(inViewport.left() >= 0 && inViewport.right() < viewport->width(),
                     qPrintable(u"%1 at x %2, width %3, shown %4"_s.arg(name)
                                    .arg(inViewport.x())
                                    .arg(inViewport.width())
                                    .arg(viewport->width())));
        }
    }
}

// Feedback: a save is confirmed in the status bar; the record pane never shows a citizen
// the search no longer lists.
void tst_CitizensPanel::savingSaysSoAndTheRecordIsAmongTheResults()
{
    search(u"rossi"_s);
    auto *table = child<QTableView>(u"citizenTable"_s);
    QTRY_VERIFY(table->model()->rowCount() > 0);
    QTest::keyClick(child<QLineEdit>(u"citizenSearchEdit"_s), Qt::Key_Down);
    const QString surname = table->model()->index(0, 1).data().toString();
    QTRY_COMPARE(child<QLineEdit>(u"surnameEdit"_s)->text(), surname);
    typeInto(u"phoneEdit"_s, u"0963 123456"_s);
    QTest::mouseClick(child<QPushButton>(u"saveCitizenButton"_s), Qt::LeftButton);
    QVERIFY2(Dialogs::lastNotice().contains(u"is saved"_s), qPrintable(Dialogs::lastNotice()));

    // Another search, the open record not among its results: the pane says so and waits.
    search(u"zzzznobody"_s);
    QTRY_COMPARE(table->model()->rowCount(), 0);
    QTRY_VERIFY(child<QLineEdit>(u"surnameEdit"_s)->text().isEmpty());
    QVERIFY(!child<QLineEdit>(u"surnameEdit"_s)->isEnabled());
}

// The ISEE's expiry typed is that date; an impossible one is told as such, not as a format.
void tst_CitizensPanel::iseeExpiryIsTheDateTypedOrRefused()
{
    search(u"rossi"_s);
    auto *table = child<QTableView>(u"citizenTable"_s);
    QTRY_VERIFY(table->model()->rowCount() > 0);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTRY_VERIFY(!child<QLineEdit>(u"surnameEdit"_s)->text().isEmpty());
    const QString id = scalar(u"SELECT id FROM citizen WHERE fiscal_code = '%1'"_s.arg(
        child<QLineEdit>(u"fiscalCodeEdit"_s)->text()));
    const int year = QDate::currentDate().year() + 1;
    typeInto(u"iseeValueEdit"_s, u"12.345,67"_s);
    typeInto(u"iseeValidUntilEdit"_s, u"31/02/%1"_s.arg(year));
    Dialogs::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(u"recordIseeButton"_s), Qt::LeftButton);
    QCOMPARE(Dialogs::lastText(), u"Valid until: 31/02/%1 is not a date."_s.arg(year));
    QCOMPARE(scalar(u"SELECT count(*) FROM isee_declaration WHERE citizen_id = '%1' AND "
                    "valid_until LIKE '%2-%%'"_s.arg(id)
                        .arg(year))
                 .toInt(),
             0);
    typeInto(u"iseeValidUntilEdit"_s, u"1510%1"_s.arg(year));
    QTest::mouseClick(child<QPushButton>(u"recordIseeButton"_s), Qt::LeftButton);
    QCOMPARE(scalar(u"SELECT valid_until FROM isee_declaration WHERE citizen_id = '%1' ORDER BY "
                    "updated_at DESC LIMIT 1"_s.arg(id)),
             u"%1-10-15"_s.arg(year));
}

QTEST_MAIN(tst_CitizensPanel)
#include "tst_citizenspanel.moc"
