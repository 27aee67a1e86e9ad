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
    void duplicateWarnsAndTheClerkDecides();
    void invalidDataIsShownNotSaved();
    void deleteAndUndo();
    void savingKeepsTheListWhereItWasANewSearchStartsAtTheTop();

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

void tst_CitizensPanel::duplicateWarnsAndTheClerkDecides()
{
    const QString code = scalar(u"SELECT fiscal_code FROM citizen LIMIT 1"_s);
    const int before = scalar(u"SELECT count(*) FROM citizen"_s).toInt();
    QTest::mouseClick(child<QPushButton>(u"newCitizenButton"_s), Qt::LeftButton);
    typeInto(u"fiscalCodeEdit"_s, code);
    typeInto(u"surnameEdit"_s, u"Altro"_s);
    typeInto(u"givenNamesEdit"_s, u"Nome"_s);
    Dialogs::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(child<QPushButton>(u"saveCitizenButton"_s), Qt::LeftButton);
    QVERIFY(Dialogs::lastText().contains(u"Already registered"_s));
    QCOMPARE(scalar(u"SELECT count(*) FROM citizen"_s).toInt(), before);

    Dialogs::setNextAnswer(QMessageBox::Save); // the clerk checked: save anyway
    QTest::mouseClick(child<QPushButton>(u"saveCitizenButton"_s), Qt::LeftButton);
    QCOMPARE(scalar(u"SELECT count(*) FROM citizen"_s).toInt(), before + 1);
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

QTEST_MAIN(tst_CitizensPanel)
#include "tst_citizenspanel.moc"
