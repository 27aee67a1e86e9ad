#include "cliprocess.h"
#include "models/common/settings.h"
#include "models/competences/librettodocument.h"
#include "models/competences/searchresultmodel.h"
#include "models/db/database.h"
#include "models/nursery/round.h"
#include "models/registry/citizenlistmodel.h"
#include "widgets/casework/intakedialog.h"
#include "widgets/common/dateedits.h"
#include "widgets/common/dialogs.h"
#include "widgets/competences/competencespanel.h"
#include "widgets/nursery/applicationsview.h"
#include "widgets/nursery/nurserypanel.h"
#include "widgets/registry/citizenspanel.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/signindialog.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Sportello;
using namespace Sportello::Nursery;

// A day at the desk, end to end on the real program's windows offscreen and a real demo
// database made by the real program: a clerk's morning (sign in, find a citizen, register a
// new one, record a social request with an appointment, enter a nursery application, look
// up a competence, take the libretto away as PDF) and a coordinator's ranking run.
class TestDayAtTheDesk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QString scalar(const QString &sql) const
    {
        QSqlQuery q(sql, Db::connection(m_db));
        return q.next() ? q.value(0).toString() : QString();
    }

    static void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    std::optional<Session> signIn(const QString &username)
    {
        SignInDialog dialog(m_db, username, true);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"passwordEdit"_s), u"demo-sportello"_s);
        QTest::keyClick(dialog.findChild<QLineEdit *>(u"passwordEdit"_s), Qt::Key_Return);
        return dialog.session();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!Test::cliProgram().isEmpty());
        m_db = m_dir.filePath(u"desk.sqlite"_s);
        const Test::CliRun demo
            = Test::runCli({u"--db"_s, m_db, u"demo"_s, u"--citizens"_s, u"2000"_s});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        QString error;
        QVERIFY2(Db::open(m_db, &error), qPrintable(error));
    }

    void cleanupTestCase() { Db::closeConnection(m_db); }

    void aClerksMorning()
    {
        const auto session = signIn(u"sportello"_s);
        QVERIFY(session);
        QCOMPARE(session->role, Role::Clerk);
        Settings settings(m_dir.filePath(u"clerk.ini"_s));
        MainWindow window(m_db, *session, &settings);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // 1. Finds a citizen by fiscal code and opens the record.
        const QString code = scalar(u"SELECT fiscal_code FROM citizen WHERE municipality = "
                                    "'102047' ORDER BY fiscal_code LIMIT 1"_s);
        const QString surname
            = scalar(u"SELECT surname FROM citizen WHERE fiscal_code = '%1'"_s.arg(code));
        auto *search = window.findChild<QLineEdit *>(u"citizenSearchEdit"_s);
        typeInto(search, code);
        auto *table = window.findChild<QTableView *>(u"citizenTable"_s);
        auto *list = qobject_cast<CitizenListModel *>(table->model());
        QTRY_VERIFY(list->queryText() == code && !list->isBusy() && list->rowCount() == 1);
        table->selectRow(0);
        QTRY_COMPARE(window.findChild<QLineEdit *>(u"surnameEdit"_s)->text(), surname);

        // 2. Registers a new citizen from the fiscal code.
        QTest::mouseClick(window.findChild<QPushButton *>(u"newCitizenButton"_s), Qt::LeftButton);
        typeInto(window.findChild<QLineEdit *>(u"fiscalCodeEdit"_s), u"BNCGLI90A41D612I"_s);
        QTRY_VERIFY(window.findChild<QLabel *>(u"fiscalCodeStatus"_s)->text().startsWith(u"✓"_s));
        typeInto(window.findChild<QLineEdit *>(u"surnameEdit"_s), u"Bianchi"_s);
        typeInto(window.findChild<QLineEdit *>(u"givenNamesEdit"_s), u"Giulia"_s);
        QTest::mouseClick(window.findChild<QPushButton *>(u"saveCitizenButton"_s), Qt::LeftButton);
        QTRY_COMPARE(
            scalar(u"SELECT surname FROM citizen WHERE fiscal_code = 'BNCGLI90A41D612I'"_s),
            u"Bianchi"_s);
        const QString giulia
            = scalar(u"SELECT id FROM citizen WHERE fiscal_code = 'BNCGLI90A41D612I'"_s);

        // 3. Records her social request, with an appointment, and gets the receipt.
        window.citizensPanel()->openCitizen(giulia);
        window.citizensPanel()->newSocialRequest();
        auto *intake = window.findChild<IntakeDialog *>();
        QVERIFY(intake);
        QTest::keyClicks(intake->findChild<QPlainTextEdit *>(u"intakeSummary"_s),
                         u"Cerca lavoro"_s);
        intake->findChild<QGroupBox *>(u"intakeAppointment"_s)->setChecked(true);
        intake->findChild<DateEdit *>(u"intakeStartsAt"_s)
            ->setDateTime(QDateTime(QDate::currentDate().addDays(1), QTime(11, 0)));
        QTest::mouseClick(intake->findChild<QPushButton *>(u"intakeSave"_s), Qt::LeftButton);
        const QString receipt
            = intake->findChild<QTextBrowser *>(u"intakeReceipt"_s)->toPlainText();
        QVERIFY2(receipt.contains(intake->request().number) && receipt.contains(u"Bianchi"_s),
                 qPrintable(receipt));
        intake->close();

        // 4. Enters a nursery application for a child of the registry.
        const QString child
            = scalar(u"SELECT fiscal_code FROM citizen WHERE birth_date > date('now', '-2 years') "
                     "AND fiscal_code NOT IN (SELECT child_fiscal_code FROM nursery_application "
                     "WHERE child_fiscal_code IS NOT NULL) ORDER BY fiscal_code LIMIT 1"_s);
        QVERIFY(!child.isEmpty());
        window.showPanel(u"nursery"_s);
        NurseryPanel *nursery = window.nurseryPanel();
        QTRY_VERIFY(nursery->round() && !nursery->isLoading());
        const qsizetype before = nursery->round()->data.applications.size();
        bool saved = false;
        QTimer::singleShot(0, this, [&saved, child] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(u"protocol"_s)->setText(u"DESK-0001"_s);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"childFiscalCode"_s), child);
            dialog->findChild<QComboBox *>(u"nurseryChoice"_s)->setCurrentIndex(0);
            dialog->findChild<QPushButton *>(u"addPreference"_s)->click();
            auto *save = dialog->findChild<QPushButton *>(u"saveApplication"_s);
            saved = save->isEnabled();
            // After the round's deadline it is saved as late, once the clerk confirms.
            if (dialog->findChild<QLabel *>(u"lateMark"_s)->isVisibleTo(dialog))
                Dialogs::setNextAnswer(QMessageBox::Save);
            if (saved)
                save->click();
            else
                dialog->reject();
        });
        window.findChild<ApplicationsView *>(u"applicationsView"_s)->newApplication();
        QVERIFY(saved);
        QTRY_VERIFY(!nursery->isLoading()
                    && nursery->round()->data.applications.size() == before + 1);

        // 5. Looks up a competence.
        window.showPanel(u"competences"_s);
        CompetencesPanel *competences = window.competencesPanel();
        QTRY_VERIFY_WITH_TIMEOUT(competences->isReady(), 10000);
        typeInto(window.findChild<QLineEdit *>(u"competenceQuery"_s), u"socio sanitario"_s);
        QTRY_COMPARE(competences->results()
                         ->index(0, Competences::SearchResultModel::Label)
                         .data()
                         .toString(),
                     u"Operatore socio-sanitario (OSS)"_s);

        // 6. Gives Giulia her libretto as PDF.
        const QString pdf = m_dir.filePath(u"libretto.pdf"_s);
        QString error;
        QVERIFY2(Competences::writeLibrettoPdf(m_db, giulia, pdf, &error), qPrintable(error));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
    }

    void aCoordinatorsRankingRun()
    {
        const auto session = signIn(u"nidi"_s);
        QVERIFY(session);
        Settings settings(m_dir.filePath(u"nidi.ini"_s));
        MainWindow window(m_db, *session, &settings);
        window.resize(1400, 900);
        window.show();
        window.showPanel(u"nursery"_s);
        NurseryPanel *nursery = window.nurseryPanel();
        QTRY_VERIFY_WITH_TIMEOUT(nursery->round() && !nursery->isLoading(), 10000);
        auto *ranking = window.findChild<QTableView *>(u"rankingTable"_s);
        QTRY_VERIFY(ranking->model()->rowCount() > 10);
        // The clerk's application of this morning is in the ranking.
        const RoundData &data = nursery->round()->data;
        QVERIFY(data.applicationIndex(u"DESK-0001"_s) >= 0);
        QVERIFY(!nursery->round()->result.ranking.rows.isEmpty());
    }
};

QTEST_MAIN(TestDayAtTheDesk)
#include "tst_dayatthedesk.moc"
