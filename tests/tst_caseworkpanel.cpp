#include "models/access/staffrepository.h"
#include "models/casework/agenda.h"
#include "models/casework/casefile.h"
#include "models/casework/caselistmodel.h"
#include "models/casework/caserepository.h"
#include "models/casework/requestlistmodel.h"
#include "models/common/settings.h"
#include "models/db/database.h"
#include "testdatabase.h"
#include "widgets/casework/bookingdialog.h"
#include "widgets/casework/casefileview.h"
#include "widgets/casework/caseloadview.h"
#include "widgets/casework/casestepdialog.h"
#include "widgets/casework/caseworkpanel.h"
#include "widgets/casework/intakedialog.h"
#include "widgets/casework/requestsview.h"
#include "widgets/common/dateedits.h"
#include "widgets/common/dialogs.h"
#include "widgets/registry/citizenspanel.h"
#include "widgets/shell/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace Sportello;
using namespace Sportello::Casework;

namespace {

const Session kClerk {u"sportello"_s, u"Maria Rossi"_s, Role::Clerk, u"102047"_s};
const Session kWorker {u"sociale"_s, u"Paolo Greco"_s, Role::SocialWorker, u"102047"_s};
const Session kOtherWorker {u"sociale2"_s, u"Chiara Esposito"_s, Role::SocialWorker, u"102047"_s};

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s", qPrintable(name));
    return found;
}

void click(QObject *parent, const QString &button)
{
    QTest::mouseClick(child<QPushButton>(parent, button), Qt::LeftButton);
}

} // namespace

// The casework desk offscreen, as its people use it: the clerk records a request from the
// citizen's record with an appointment and a receipt, a social worker takes charge, assesses,
// agrees a plan and moves the case on; refused steps say why and change nothing.
class TestCaseworkPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Settings> m_settings;
    QString m_citizen;

    std::unique_ptr<MainWindow> window(const Session &session)
    {
        auto w = std::make_unique<MainWindow>(m_db->path(), session, m_settings.get());
        w->show();
        return w;
    }

    // The clerk's intake through the citizen's record; returns the dialog's request.
    CaseRequest intake(bool withAppointment)
    {
        auto w = window(kClerk);
        w->showPanel(u"citizens"_s);
        w->citizensPanel()->openCitizen(m_citizen);
        auto *section = child<QWidget>(w.get(), u"socialSection"_s);
        if (!section || !section->isVisible())
            return {};
        click(section, u"socialNewRequest"_s);
        auto *dialog = w->findChild<IntakeDialog *>();
        if (!dialog)
            return {};
        auto *area = child<QComboBox>(dialog, u"intakeArea"_s);
        area->setCurrentIndex(area->findData(u"work"_s));
        QTest::keyClicks(child<QPlainTextEdit>(dialog, u"intakeSummary"_s),
                         u"Cerca lavoro da un anno; chiede un colloquio."_s);
        if (withAppointment) {
            child<QGroupBox>(dialog, u"intakeAppointment"_s)->setChecked(true);
            auto *worker = child<QComboBox>(dialog, u"intakeWorker"_s);
            worker->setCurrentIndex(worker->findData(kWorker.username));
            child<DateEdit>(dialog, u"intakeStartsAt"_s)
                ->setDateTime(QDateTime(QDate::currentDate().addDays(1), QTime(10, 0)));
        }
        click(dialog, u"intakeSave"_s);
        return dialog->request();
    }

    // A request of the citizen taken in charge by the worker, through the repositories.
    QString openedCase(NeedArea area)
    {
        CaseRequest r {QString(),     QString(), m_citizen,      QDateTime::currentDateTimeUtc(),
                       Channel::Desk, area,      u"Richiesta"_s, QString(),
                       QString()};
        QString error;
        SocialCase opened;
        CaseRepository cases(m_db->path());
        if (!cases.recordRequest(kClerk, &r, &error)
            || !cases.openCase(kWorker, r.id, kWorker.username, &opened, &error))
            qWarning("%s", qPrintable(error));
        return opened.id;
    }

    QTableWidget *timeline(CaseFileView *view)
    {
        return child<QTableWidget>(view, u"caseTimeline"_s);
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        m_settings = std::make_unique<Settings>(m_db->path() + u".ini"_s);
        m_citizen = m_db->addMarioRossi();
        StaffRepository staff(m_db->path());
        QString error;
        for (const Session &s : {kClerk, kWorker, kOtherWorker})
            QVERIFY2(staff.create({s.username, s.displayName, s.role, s.municipality, true},
                                  u"una-password-lunga"_s, &error),
                     qPrintable(error));
    }

    void cleanup()
    {
        Db::closeConnection(m_db->path());
        m_db.reset();
    }

    void theClerkRecordsARequestWithAnAppointmentAndAReceipt()
    {
        const CaseRequest request = intake(true);
        QVERIFY(request.number.startsWith(u"R-"_s));
        const auto stored = CaseRepository(m_db->path()).request(request.id);
        QVERIFY(stored);
        QCOMPARE(stored->needArea, NeedArea::Work);
        QCOMPARE(stored->recordedBy, kClerk.username);
        const QList<Appointment> booked = Agenda(m_db->path())
                                              .of(kWorker.username, QDateTime::currentDateTimeUtc(),
                                                  QDateTime::currentDateTimeUtc().addDays(3));
        QCOMPARE(booked.size(), 1);
        QCOMPARE(booked.first().citizenId, m_citizen);
    }

    void theReceiptNamesTheRequestAndTheAppointment()
    {
        auto w = window(kClerk);
        w->citizensPanel()->openCitizen(m_citizen);
        click(w.get(), u"socialNewRequest"_s);
        auto *dialog = w->findChild<IntakeDialog *>();
        QTest::keyClicks(child<QPlainTextEdit>(dialog, u"intakeSummary"_s), u"Sfratto"_s);
        child<QGroupBox>(dialog, u"intakeAppointment"_s)->setChecked(true);
        auto *worker = child<QComboBox>(dialog, u"intakeWorker"_s);
        worker->setCurrentIndex(worker->findData(kWorker.username));
        child<DateEdit>(dialog, u"intakeStartsAt"_s)
            ->setDateTime(QDateTime(QDate::currentDate().addDays(2), QTime(11, 30)));
        click(dialog, u"intakeSave"_s);
        const QString receipt = child<QTextBrowser>(dialog, u"intakeReceipt"_s)->toPlainText();
        QVERIFY(receipt.contains(dialog->request().number));
        QVERIFY(receipt.contains(u"RSSMRA85T10A562S"_s));
        QVERIFY(receipt.contains(u"Paolo Greco"_s));
        QVERIFY(child<QPushButton>(dialog, u"intakePrint"_s)->isVisible());
        // The clerk sees the request waiting, in the record and in the panel.
        dialog->close();
        w->showPanel(u"casework"_s);
        QTRY_COMPARE(w->caseworkPanel()->requests()->model()->rowCount(), 1);
        QVERIFY(w->caseworkPanel()
                    ->requests()
                    ->model()
                    ->index(0, 0)
                    .data(RequestListModel::PendingRole)
                    .toBool());
        QVERIFY(!w->caseworkPanel()->caseFile()); // a clerk has no case file to open
    }

    void aRefusedAppointmentLeavesNoRequestBehind()
    {
        auto w = window(kClerk);
        w->citizensPanel()->openCitizen(m_citizen);
        click(w.get(), u"socialNewRequest"_s);
        auto *dialog = w->findChild<IntakeDialog *>();
        QTest::keyClicks(child<QPlainTextEdit>(dialog, u"intakeSummary"_s), u"Bollette"_s);
        child<QGroupBox>(dialog, u"intakeAppointment"_s)->setChecked(true);
        child<DateEdit>(dialog, u"intakeStartsAt"_s)
            ->setDateTime(QDateTime::currentDateTime().addDays(-1));
        click(dialog, u"intakeSave"_s);
        QVERIFY(dialog->request().id.isEmpty());
        QVERIFY(dialog->findChild<QLabel *>() != nullptr);
        QCOMPARE(CaseRepository(m_db->path()).requestsOf(m_citizen).size(), 0);
    }

    void intakeAssignmentAndPlan()
    {
        const CaseRequest request = intake(false);
        QVERIFY(!request.id.isEmpty());

        auto w = window(kWorker);
        CaseworkPanel *panel = w->caseworkPanel();
        QVERIFY(panel && panel->caseFile());
        w->showPanel(u"casework"_s);
        RequestsView *requests = panel->requests();
        QAbstractItemModelTester requestsTester(requests->model());
        auto *table = child<QTableView>(requests, u"requestsTable"_s);
        QTRY_COMPARE(requests->model()->rowCount(), 1); // read in the background
        table->selectRow(0);
        auto *assignee = child<QComboBox>(requests, u"requestsWorker"_s);
        assignee->setCurrentIndex(assignee->findData(kWorker.username));
        click(requests, u"requestsTakeCharge"_s);

        CaseFileView *file = panel->caseFile();
        QVERIFY(!file->caseId().isEmpty());
        QVERIFY(child<QLabel>(file, u"caseTitle"_s)->text().contains(u"Rossi"_s));
        QCOMPARE(CaseRepository(m_db->path()).find(file->caseId())->assignedTo, kWorker.username);
        QCOMPARE(CaseRepository(m_db->path()).request(request.id)->caseId, file->caseId());

        // A step without a reason is refused in the dialog, and nothing changes.
        click(file, u"caseChangeStatus"_s);
        auto *step = file->findChild<CaseStepDialog *>();
        QVERIFY(step && step->isVisible());
        click(step, u"stepOk"_s);
        QVERIFY(step->isVisible());
        QCOMPARE(CaseRepository(m_db->path()).find(file->caseId())->status, CaseStatus::Intake);
        QTest::keyClicks(child<QPlainTextEdit>(step, u"stepReason"_s), u"Primo colloquio"_s);
        click(step, u"stepOk"_s);
        QTRY_VERIFY(!file->findChild<CaseStepDialog *>());
        QCOMPARE(CaseRepository(m_db->path()).find(file->caseId())->status, CaseStatus::Assessment);

        // The preliminary assessment.
        child<QSpinBox>(file, u"score_work"_s)->setValue(3);
        QTest::keyClicks(child<QPlainTextEdit>(file, u"assessmentSummary"_s),
                         u"Disoccupato di lunga durata, motivato."_s);
        click(file, u"assessmentRecord"_s);
        QCOMPARE(CaseFile(m_db->path(), file->caseId()).assessments().size(), 1);

        // Moving to the active plan before a plan is agreed is refused with the reason.
        click(file, u"caseChangeStatus"_s);
        step = file->findChild<CaseStepDialog *>();
        auto *to = child<QComboBox>(step, u"stepChoice"_s);
        to->setCurrentIndex(to->findData(u"active_plan"_s));
        QTest::keyClicks(child<QPlainTextEdit>(step, u"stepReason"_s), u"Progetto firmato"_s);
        click(step, u"stepOk"_s);
        QVERIFY(step->isVisible());
        step->reject();
        QTRY_VERIFY(!file->findChild<CaseStepDialog *>());

        // The plan with one action, then the active plan.
        QTest::keyClicks(child<QPlainTextEdit>(file, u"planGoals"_s),
                         u"Trovare lavoro entro sei mesi"_s);
        QTest::keyClicks(child<QLineEdit>(file, u"actionDescription"_s),
                         u"Iscrizione al Centro per l'Impiego"_s);
        // The plan's dates typed as a person types them: exactly those dates, or refused.
        const auto typeDate = [&](const QString &field, const QString &text) {
            auto *edit = child<DateEdit>(file, field);
            edit->setFocus();
            edit->selectAll();
            QTest::keyClicks(edit, text);
        };
        const QDate review = QDate::currentDate().addMonths(5);
        const QDate due = QDate::currentDate().addDays(20);
        typeDate(u"planReviewOn"_s, review.toString(u"ddMMyyyy"_s));
        typeDate(u"actionDueOn"_s, u"31/02/%1"_s.arg(due.year()));
        click(file, u"actionAdd"_s);
        const QString refused = child<QLabel>(file, u"planProblem"_s)->text();
        QVERIFY2(refused.endsWith(u": 31/02/%1 is not a date."_s.arg(due.year())),
                 qPrintable(refused));
        QCOMPARE(child<QTableWidget>(file, u"planActions"_s)->rowCount(), 0);
        typeDate(u"actionDueOn"_s, due.toString(u"dd/MM/yyyy"_s));
        click(file, u"actionAdd"_s);
        QCOMPARE(child<QTableWidget>(file, u"planActions"_s)->rowCount(), 1);
        // That the action waits for the plan to be saved is information, not a problem in red.
        QCOMPARE(child<QLabel>(file, u"planProblem"_s)->text(), QString());
        QVERIFY2(Dialogs::lastNotice().contains(u"save the plan"_s),
                 qPrintable(Dialogs::lastNotice()));
        click(file, u"planSave"_s);
        QCOMPARE(Dialogs::lastNotice(), u"The plan is saved."_s);
        const auto plan = CaseFile(m_db->path(), file->caseId()).plan();
        QVERIFY(plan);
        QCOMPARE(plan->actions.size(), 1);
        QCOMPARE(plan->goals, u"Trovare lavoro entro sei mesi"_s);
        QCOMPARE(plan->reviewOn, review);
        QCOMPARE(plan->actions.first().dueOn, due);

        click(file, u"caseChangeStatus"_s);
        step = file->findChild<CaseStepDialog *>();
        to = child<QComboBox>(step, u"stepChoice"_s);
        to->setCurrentIndex(to->findData(u"active_plan"_s));
        QTest::keyClicks(child<QPlainTextEdit>(step, u"stepReason"_s), u"Progetto firmato"_s);
        click(step, u"stepOk"_s);
        QTRY_VERIFY(!file->findChild<CaseStepDialog *>());
        QCOMPARE(CaseRepository(m_db->path()).find(file->caseId())->status, CaseStatus::ActivePlan);
        // The timeline tells it all, newest first.
        QVERIFY(timeline(file)->item(0, 2)->text().contains(u"Progetto firmato"_s));
        QVERIFY(timeline(file)->rowCount() >= 6);

        // The next interview, booked from the case file, belongs to the case and its citizen.
        click(file, u"caseBook"_s);
        auto *booking = file->findChild<BookingDialog *>();
        QVERIFY(booking);
        child<DateEdit>(booking, u"bookingStart"_s)
            ->setDateTime(QDateTime(QDate::currentDate().addDays(3), QTime(11, 0)));
        click(booking, u"bookingSave"_s);
        const QList<Appointment> booked = Agenda(m_db->path())
                                              .of(kWorker.username, QDateTime::currentDateTimeUtc(),
                                                  QDateTime::currentDateTimeUtc().addDays(5));
        QCOMPARE(booked.size(), 1);
        QCOMPARE(booked.first().caseId, file->caseId());
        QCOMPARE(booked.first().citizenId, m_citizen);

        // My caseload counts it under its state.
        CaseloadView *caseload = panel->caseload();
        QAbstractItemModelTester caseloadTester(caseload->model());
        QSignalSpy loaded(caseload, &CaseloadView::loaded);
        caseload->refresh();
        QVERIFY(loaded.wait());
        QCOMPARE(caseload->model()->rowCount(), 1);
        QCOMPARE(caseload->model()->index(0, CaseListModel::Status).data().toString(),
                 caseStatusLabel(CaseStatus::ActivePlan));
        QVERIFY(
            child<QPushButton>(caseload, u"caseloadCount%1"_s.arg(int(CaseStatus::ActivePlan))));
    }

    void aClosedCaseCannotBeEditedFromTheFile()
    {
        const QString caseId = openedCase(NeedArea::Income);
        QVERIFY(!caseId.isEmpty());
        QString error;
        QVERIFY2(CaseRepository(m_db->path())
                     .transition(kWorker, caseId, CaseStatus::Closed, u"Trasferito"_s,
                                 QDateTime::currentDateTimeUtc(), &error),
                 qPrintable(error));
        auto w = window(kWorker);
        w->caseworkPanel()->openCase(caseId);
        CaseFileView *file = w->caseworkPanel()->caseFile();
        QVERIFY(!child<QPushButton>(file, u"caseChangeStatus"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(file, u"caseReassign"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(file, u"planSave"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(file, u"noteAdd"_s)->isEnabled());
        QVERIFY(child<QLabel>(file, u"caseInfo"_s)->text().contains(u"Trasferito"_s));
    }

    void confidentialNotesStayWithTheAssignedWorker()
    {
        const QString caseId = openedCase(NeedArea::Family);
        QVERIFY(!caseId.isEmpty());

        auto own = window(kWorker);
        own->showPanel(u"casework"_s);
        own->caseworkPanel()->openCase(caseId);
        CaseFileView *file = own->caseworkPanel()->caseFile();
        child<QTabWidget>(file, u"caseTabs"_s)->setCurrentIndex(1);
        QVERIFY(child<QPushButton>(file, u"noteAddConfidential"_s)->isEnabled());
        QTest::keyClicks(child<QPlainTextEdit>(file, u"noteBody"_s), u"Riferisce violenze"_s);
        click(file, u"noteAddConfidential"_s);
        QVERIFY(child<QTextBrowser>(file, u"notesList"_s)->toPlainText().contains(u"violenze"_s));
        own.reset();

        auto other = window(kOtherWorker);
        other->showPanel(u"casework"_s);
        other->caseworkPanel()->openCase(caseId);
        file = other->caseworkPanel()->caseFile();
        child<QTabWidget>(file, u"caseTabs"_s)->setCurrentIndex(1);
        QVERIFY(!child<QTextBrowser>(file, u"notesList"_s)->toPlainText().contains(u"violenze"_s));
        QVERIFY(!child<QPushButton>(file, u"noteAddConfidential"_s)->isEnabled());
    }
};

QTEST_MAIN(TestCaseworkPanel)
#include "tst_caseworkpanel.moc"
