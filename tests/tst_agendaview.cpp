#include "models/access/staffrepository.h"
#include "models/casework/agenda.h"
#include "models/casework/caserepository.h"
#include "models/casework/socialcase.h"
#include "testdatabase.h"
#include "widgets/casework/agendaview.h"
#include "widgets/casework/casereportsview.h"
#include "widgets/common/dateedits.h"
#include "widgets/common/dialogs.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;
using namespace Sportello::Casework;

namespace {

const Session kWorker {u"s.greco"_s, u"Sara Greco"_s, Role::SocialWorker, u"102047"_s};
const Session kOtherWorker {u"a.verdi"_s, u"Anna Verdi"_s, Role::SocialWorker, u"102047"_s};

QDate tomorrow()
{
    return QDate::currentDate().addDays(1);
}

template<typename T> T *child(const QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no widget %s", qPrintable(name));
    return widget;
}

} // namespace

// The agenda and the casework reports, driven through their widgets offscreen.
class TestAgendaView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_citizen;

    std::unique_ptr<AgendaView> open(const Session &session) const
    {
        auto view = std::make_unique<AgendaView>(m_db->path(), session);
        view->resize(1000, 600);
        view->show();
        view->activateWindow();
        if (!QTest::qWaitForWindowActive(view.get()))
            qFatal("the agenda did not become active");
        return view;
    }

    QString bookAsClerk(const QTime &at) const
    {
        Appointment a;
        a.worker = kWorker.username;
        a.citizenId = m_citizen;
        a.startsAt = QDateTime(tomorrow(), at).toUTC();
        a.endsAt = a.startsAt.addSecs(45 * 60);
        a.place = u"Ufficio 2"_s;
        a.purpose = u"Colloquio con D'Amico"_s;
        QString error;
        if (!Agenda(m_db->path()).book(TestDatabase::clerk(), &a, &error))
            qFatal("%s", qPrintable(error));
        return a.id;
    }

    void openCase(NeedArea area) const
    {
        CaseRequest r;
        r.citizenId = m_citizen;
        r.receivedAt = QDateTime::currentDateTimeUtc();
        r.summary = u"Richiesta"_s;
        r.needArea = area;
        QString error;
        CaseRepository cases(m_db->path());
        SocialCase c;
        if (!cases.recordRequest(TestDatabase::clerk(), &r, &error)
            || !cases.openCase(kWorker, r.id, kWorker.username, &c, &error))
            qFatal("%s", qPrintable(error));
        if (area == NeedArea::Housing
            && !cases.transition(kWorker, c.id, CaseStatus::Assessment, u"colloquio"_s,
                                 QDateTime::currentDateTimeUtc(), &error))
            qFatal("%s", qPrintable(error));
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY(m_db->isValid());
        StaffRepository staff(m_db->path());
        QString error;
        for (const Session &s : {kWorker, kOtherWorker}) {
            QVERIFY2(staff.create({s.username, s.displayName, s.role, s.municipality, true},
                                  u"segreta-123"_s, &error),
                     qPrintable(error));
        }
        m_citizen = m_db->addMarioRossi();
    }

    void cleanup() { m_db.reset(); }

    void workerBooksSeesAndRecordsTheAppointment()
    {
        const auto view = open(kWorker);
        auto *worker = child<QComboBox>(view.get(), u"agendaWorker"_s);
        QCOMPARE(worker->count(), 2);
        QCOMPARE(worker->currentData().toString(), kWorker.username); // their own, not the first
        auto *table = child<QTableWidget>(view.get(), u"agendaTable"_s);
        auto *period = child<QLabel>(view.get(), u"agendaPeriod"_s);
        child<QPushButton>(view.get(), u"agendaDay"_s)->click();
        view->showDate(tomorrow());
        QCOMPARE(period->text(), view->locale().toString(tomorrow(), QLocale::LongFormat));
        QCOMPARE(table->rowCount(), 0);

        QSignalSpy changed(view.get(), &AgendaView::dataChanged);
        child<QPushButton>(view.get(), u"agendaBook"_s)->click();
        QPointer<QDialog> dialog = child<QDialog>(view.get(), u"agendaBookingDialog"_s);
        QVERIFY(dialog->isVisible());
        auto *start = child<DateEdit>(dialog, u"bookingStart"_s);
        QCOMPARE(start->dateTime(), QDateTime(tomorrow(), QTime(9, 0)));
        auto *save = child<QPushButton>(dialog, u"bookingSave"_s);
        QVERIFY(!save->isEnabled()); // no purpose yet
        // Typed as the clerk types it, the appointment starts exactly then.
        start->setFocus();
        start->selectAll();
        QTest::keyClicks(start, tomorrow().toString(u"dd/MM/yyyy"_s) + u" 10:00"_s);
        QCOMPARE(start->dateTime(), QDateTime(tomorrow(), QTime(10, 0)));
        QTest::keyClicks(child<QLineEdit>(dialog, u"bookingPlace"_s), u"Ufficio 2"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"bookingPurpose"_s), u"Primo colloquio"_s);
        QVERIFY(child<QLabel>(dialog, u"bookingProblem"_s)->text().isEmpty());
        save->click();
        QTRY_VERIFY(!dialog);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), u"10:30"_s);
        QCOMPARE(table->item(0, 3)->text(), u"Ufficio 2"_s);
        QCOMPARE(table->item(0, 4)->text(), u"Primo colloquio"_s);
        QCOMPARE(table->item(0, 5)->text(), appointmentStatusLabel(AppointmentStatus::Booked));

        // The week holds it too; Page Down and Page Up leave it and come back.
        child<QPushButton>(view.get(), u"agendaWeek"_s)->click();
        QVERIFY(period->text().startsWith(u"week from"_s));
        QCOMPARE(table->rowCount(), 1);
        const QString week = period->text();
        view->activateWindow(); // offscreen, closing the dialog activated no window
        QVERIFY(QTest::qWaitForWindowActive(view.get()));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_PageDown);
        QVERIFY(period->text() != week);
        QCOMPARE(table->rowCount(), 0);
        QTest::keyClick(table, Qt::Key_PageUp);
        QCOMPARE(period->text(), week);
        QCOMPARE(table->rowCount(), 1);

        // An overlapping booking is refused inline, and the dialog stays open.
        child<QPushButton>(view.get(), u"agendaBook"_s)->click();
        dialog = child<QDialog>(view.get(), u"agendaBookingDialog"_s);
        child<DateEdit>(dialog, u"bookingStart"_s)
            ->setDateTime(QDateTime(tomorrow(), QTime(10, 15)));
        QTest::keyClicks(child<QLineEdit>(dialog, u"bookingPurpose"_s), u"Verifica ISEE"_s);
        const QString problem = child<QLabel>(dialog, u"bookingProblem"_s)->text();
        QVERIFY2(problem.contains(u"already has an appointment from 10:00 to 10:30"_s),
                 qPrintable(problem));
        QVERIFY(!child<QPushButton>(dialog, u"bookingSave"_s)->isEnabled());
        QVERIFY(dialog->isVisible());
        dialog->reject();
        QTRY_VERIFY(!dialog);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(changed.count(), 1);

        // The worker records that it was held.
        auto *held = child<QPushButton>(view.get(), u"agendaHeld"_s);
        QVERIFY(!held->isEnabled()); // nothing selected
        table->selectRow(0);
        QVERIFY(held->isEnabled());
        held->click();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(table->item(0, 5)->text(), appointmentStatusLabel(AppointmentStatus::Held));
        QVERIFY(!held->isEnabled()); // still selected, already held
        const auto stored = Agenda(m_db->path())
                                .of(kWorker.username, tomorrow().startOfDay().toUTC(),
                                    tomorrow().addDays(1).startOfDay().toUTC());
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().status, AppointmentStatus::Held);
    }

    void clerkCancelsButDoesNotRecordTheOutcome()
    {
        const QString id = bookAsClerk(QTime(11, 0));
        const auto view = open(TestDatabase::clerk());
        auto *worker = child<QComboBox>(view.get(), u"agendaWorker"_s);
        QCOMPARE(worker->currentData().toString(),
                 kOtherWorker.username); // the first, alphabetically
        view->showWorker(kWorker.username);
        view->showDate(tomorrow());
        auto *table = child<QTableWidget>(view.get(), u"agendaTable"_s);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), u"11:45"_s);
        QCOMPARE(table->item(0, 2)->text(), u"Rossi Mario"_s);
        QCOMPARE(table->item(0, 4)->text(), u"Colloquio con D'Amico"_s);
        table->selectRow(0);
        auto *held = child<QPushButton>(view.get(), u"agendaHeld"_s);
        QVERIFY(!held->isVisibleTo(view.get()));
        QVERIFY(!held->isEnabled());
        QVERIFY(!child<QPushButton>(view.get(), u"agendaMissed"_s)->isEnabled());
        QString error;
        QVERIFY(!Agenda(m_db->path())
                     .setStatus(TestDatabase::clerk(), id, AppointmentStatus::Held, &error));

        // Another worker sees the outcome buttons, but not for someone else's appointment.
        {
            const auto colleague = open(kOtherWorker);
            colleague->showWorker(kWorker.username);
            colleague->showDate(tomorrow());
            auto *theirTable = child<QTableWidget>(colleague.get(), u"agendaTable"_s);
            theirTable->selectRow(0);
            auto *theirHeld = child<QPushButton>(colleague.get(), u"agendaHeld"_s);
            QVERIFY(theirHeld->isVisibleTo(colleague.get()));
            QVERIFY(!theirHeld->isEnabled());
        }

        // The clerk may cancel, after confirming.
        auto *cancel = child<QPushButton>(view.get(), u"agendaCancel"_s);
        QVERIFY(cancel->isEnabled());
        QSignalSpy changed(view.get(), &AgendaView::dataChanged);
        Dialogs::setNextAnswer(QMessageBox::No);
        cancel->click();
        QVERIFY(Dialogs::lastText().contains(u"Cancel the appointment of Sara Greco"_s));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(changed.count(), 0);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        cancel->click();
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(changed.count(), 1);
    }

    void reportsChartTheCaseCounts()
    {
        openCase(NeedArea::Income);
        openCase(NeedArea::Income);
        openCase(NeedArea::Income);
        openCase(NeedArea::Housing); // moved on to assessment
        CaseReportsView view(m_db->path(), kWorker);
        QSignalSpy loaded(&view,
                          &CaseReportsView::loaded); // the figures are read off the GUI thread
        view.resize(1000, 700);
        view.show();
        QVERIFY(loaded.wait());

        const auto counts = [](QChartView *chart) {
            QMap<QString, int> out;
            auto *series = qobject_cast<QAbstractBarSeries *>(chart->chart()->series().first());
            for (QAbstractAxis *axis : series->attachedAxes()) {
                if (const auto *names = qobject_cast<QBarCategoryAxis *>(axis)) {
                    for (int i = 0; i < names->count(); ++i)
                        out.insert(names->at(i), int(series->barSets().first()->at(i)));
                }
            }
            return out;
        };
        const QMap<QString, int> byStatus = counts(view.statusChart());
        QCOMPARE(byStatus.size(), caseStatuses().size());
        QCOMPARE(byStatus.value(caseStatusLabel(CaseStatus::Intake)), 3);
        QCOMPARE(byStatus.value(caseStatusLabel(CaseStatus::Assessment)), 1);
        QCOMPARE(byStatus.value(caseStatusLabel(CaseStatus::Closed)), 0);
        const QMap<QString, int> byArea = counts(view.areaChart());
        QCOMPARE(byArea.value(needAreaLabel(NeedArea::Income)), 3);
        QCOMPARE(byArea.value(needAreaLabel(NeedArea::Housing)), 1);
        const auto *monthly
            = qobject_cast<QAbstractBarSeries *>(view.monthlyChart()->chart()->series().first());
        QCOMPARE(monthly->barSets().first()->count(), 12);
        QCOMPARE(monthly->barSets().first()->at(11), 4.0); // new this month
        QVERIFY(child<QLabel>(&view, u"reportsTimeToPlan"_s)->text().contains(u"no plan"_s));
        QVERIFY(child<QPushButton>(&view, u"reportsCaseload"_s)->isVisibleTo(&view));
        {
            const CaseReportsView clerks(m_db->path(), TestDatabase::clerk());
            QVERIFY(child<QPushButton>(&clerks, u"reportsCaseload"_s)->isHidden());
        }

        // The statistical extract takes its key from a file kept apart.
        QTemporaryDir stick;
        QFile key(stick.filePath(u"chiave.txt"_s));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("corta\n");
        key.close();
        child<QPushButton>(&view, u"reportsExtract"_s)->click();
        QPointer<QDialog> dialog = child<QDialog>(&view, u"extractDialog"_s);
        auto *run = child<QPushButton>(dialog, u"extractRun"_s);
        QVERIFY(!run->isEnabled());
        child<QLineEdit>(dialog, u"extractKeyFile"_s)->setText(key.fileName());
        const QString output = stick.filePath(u"estratto.csv"_s);
        child<QLineEdit>(dialog, u"extractOutput"_s)->setText(output);
        Dialogs::setNextAnswer(QMessageBox::Ok);
        run->click();
        QVERIFY2(Dialogs::lastText().contains(u"16 bytes"_s), qPrintable(Dialogs::lastText()));
        QVERIFY(dialog->isVisible());
        QVERIFY(!QFile::exists(output));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("chiave-tenuta-a-parte-2026\n");
        key.close();
        run->click();
        QTRY_VERIFY(!dialog);
        QFile extract(output);
        QVERIFY(extract.open(QIODevice::ReadOnly));
        QVERIFY(extract.readAll().contains("<5"));
    }
};

QTEST_MAIN(TestAgendaView)
#include "tst_agendaview.moc"
