#include "models/nursery/nurseryrepository.h"
#include "models/nursery/rankingmodel.h"
#include "models/registry/citizenrepository.h"
#include "nurseryfixture.h"
#include "testdatabase.h"
#include "widgets/common/dateedits.h"
#include "widgets/common/dialogs.h"
#include "widgets/nursery/allocationview.h"
#include "widgets/nursery/applicationsview.h"
#include "widgets/nursery/chartsview.h"
#include "widgets/nursery/nurserypanel.h"
#include "widgets/nursery/publicationsview.h"
#include "widgets/nursery/rankingview.h"
#include "widgets/nursery/ruleseditor.h"
#include "widgets/nursery/whatifview.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Sportello;
using namespace Sportello::Nursery;

namespace {

const Session kCoordinator {u"l.nidi"_s, u"Lucia Nidi"_s, Role::Coordinator, u"102047"_s};

} // namespace

// A coordinator takes the worked example through its stages on the real panel, offscreen:
// ranking with explanations, what-if, publication, offers, answers and scorrimento.
class TestNurseryPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<NurseryPanel> m_panel;

    template<typename T> T *child(const QString &name) const
    {
        T *widget = m_panel->findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }

    void open(const Session &session)
    {
        m_panel = std::make_unique<NurseryPanel>(m_db->path(), session);
        m_panel->resize(1300, 800);
        m_panel->show();
        QTRY_VERIFY(m_panel->round() && !m_panel->isLoading());
    }

    void reloadAfter(const std::function<void()> &action)
    {
        QSignalSpy loaded(m_panel.get(), &NurseryPanel::roundLoaded);
        action();
        QTRY_VERIFY(loaded.count() >= 1 && !m_panel->isLoading());
    }

    void advance()
    {
        Dialogs::setNextAnswer(QMessageBox::Yes);
        reloadAfter([this] { child<QPushButton>(u"advanceStage"_s)->click(); });
    }

    RoundState state() const { return m_panel->round()->data.round.state; }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY(m_db->isValid());
        NurseryRepository repository(m_db->path());
        QString roundId;
        QString error;
        QVERIFY(repository.importRules(kCoordinator, Test::workedRules(), RoundState::Open,
                                       &roundId, &error));
        QList<Application> applications = Test::workedApplications();
        QVERIFY(repository.importApplications(kCoordinator, roundId, &applications, &error));
    }

    void cleanup()
    {
        m_panel.reset();
        m_db.reset();
    }

    void rankingAndItsExplanation()
    {
        open(kCoordinator);
        QCOMPARE(child<QLabel>(u"roundStage"_s)->text().contains(u"Applications open"_s), true);
        auto *table = child<QTableView>(u"rankingTable"_s);
        QCOMPARE(table->model()->rowCount(), 9); // piccoli
        QCOMPARE(table->model()->index(0, RankingModel::ProtocolColumn).data().toString(),
                 u"2025-003"_s);
        QCOMPARE(table->model()->index(0, RankingModel::StatusColumn).data().toString(),
                 u"Within the seats"_s);
        child<QComboBox>(u"rankingNursery"_s)->setCurrentIndex(1); // Nido Aurora only
        QCOMPARE(table->model()->rowCount(), 5);

        // "Why is 2025-003 where it is?" from the applications list.
        auto *view = child<ApplicationsView>(u"applicationsView"_s);
        emit view->explainRequested(u"2025-003"_s);
        const QString why = child<RankingView>(u"rankingView"_s)->explanation();
        QVERIFY2(why.contains(u"Position 1 of 9 in the Piccoli ranking, with 20.030 points"_s),
                 qPrintable(why));
        QVERIFY(why.contains(u"Fratello frequentante (SIB)"_s));
        QVERIFY(why.contains(u"Ahead of 2025-001 (20.020 points): higher score first"_s));
    }

    void whatIfTellsWhoGainsAndLosesASeat()
    {
        open(kCoordinator);
        auto *points = child<QTableWidget>(u"whatIfPoints"_s);
        QCOMPARE(points->item(3, 0)->text(), u"VIC"_s);
        points->item(3, 3)->setText(u"20.000"_s);
        child<WhatIfView>(u"whatIfView"_s)->simulate();
        auto *summary = child<QLabel>(u"whatIfSummary"_s);
        QTRY_VERIFY(summary->text().contains(u"seat"_s));
        QVERIFY2(summary->text().contains(u"6 preference rows"_s), qPrintable(summary->text()));
        QVERIFY(summary->text().contains(u"1 application(s) would gain a seat, 1 would lose"_s));
        auto *moves = child<QTableWidget>(u"whatIfMoves"_s);
        QCOMPARE(moves->item(0, 0)->text(), u"2025-005"_s); // up five places
        // Nothing was saved.
        QCOMPARE(NurseryRepository(m_db->path())
                     .load(m_panel->round()->data.round.id)
                     ->round.rules.criteria.at(3)
                     .points,
                 Points(500));
    }

    void rulesAreEditedAsDataUntilPublished()
    {
        open(kCoordinator);
        auto *criteria = child<QTableWidget>(u"criteriaTable"_s);
        criteria->item(1, 2)->setText(u"12,5"_s); // LAV
        auto *save = child<QPushButton>(u"saveRules"_s);
        QVERIFY(save->isEnabled());
        criteria->item(1, 2)->setText(u"dieci"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY(child<QLabel>(u"rulesProblems"_s)->text().contains(u"LAV"_s));
        criteria->item(1, 2)->setText(u"12,5"_s);

        // An impossible date is refused as such, in a cell as in the deadline's field.
        auto *groups = child<QTableWidget>(u"ageGroupsTable"_s);
        const QString bornFrom = groups->item(0, 2)->text();
        groups->item(0, 2)->setText(u"31/02/2024"_s);
        QVERIFY(!save->isEnabled());
        auto *problems = child<QLabel>(u"rulesProblems"_s);
        QVERIFY2(problems->text().startsWith(
                     u"Age group %1: 31/02/2024 is not a date."_s.arg(groups->item(0, 0)->text())),
                 qPrintable(problems->text()));
        groups->item(0, 2)->setText(bornFrom);
        QVERIFY(save->isEnabled());
        auto *deadline = child<DateEdit>(u"roundDeadline"_s);
        QCOMPARE(deadline->text(), u"01/05/2025 23:59:59"_s); // the rules' wall-clock time
        deadline->setFocus();
        deadline->selectAll();
        QTest::keyClicks(deadline, u"31/04/2025 23:59"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY2(problems->text().startsWith(u"Application deadline: 31/04/2025 is not a date."_s),
                 qPrintable(problems->text()));
        deadline->selectAll();
        QTest::keyClicks(deadline, u"15/05/2025 12:00"_s);
        QVERIFY(save->isEnabled());
        reloadAfter([save] { save->click(); });
        QCOMPARE(m_panel->round()->data.round.rules.deadline,
                 QDateTime(QDate(2025, 5, 15), QTime(12, 0), Qt::UTC));
        QCOMPARE(m_panel->round()->data.round.rules.criteria.at(1).points, Points(1250));

        advance(); // provisional ranking: published, the rules are locked
        QCOMPARE(state(), RoundState::Provisional);
        QVERIFY(!child<QPushButton>(u"saveRules"_s)->isEnabled());
        QVERIFY(!child<QTableWidget>(u"criteriaTable"_s)->editTriggers());
    }

    void stagesPublicationOffersAnswersAndScorrimento()
    {
        open(kCoordinator);
        advance();
        QCOMPARE(state(), RoundState::Provisional);
        auto *publications = child<PublicationsView>(u"publicationsView"_s);
        QCOMPARE(child<QTableWidget>(u"snapshotTable"_s)->rowCount(), 1);
        PublishedList list = publications->currentList();
        QCOMPARE(list.nurseryCode, u"A"_s);
        QCOMPARE(list.rows.size(), 5);
        QCOMPARE(list.list, ListKind::Provisional);
        const QString csv = m_db->path() + u".csv"_s;
        QVERIFY(publications->exportTo(csv, false));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains(",1,2025-001,20020,0"));
        QVERIFY(!text.contains("Rossi"));

        advance(); // appeals
        advance(); // final ranking: published again
        QCOMPARE(state(), RoundState::Final);
        QCOMPARE(child<QTableWidget>(u"snapshotTable"_s)->rowCount(), 2);
        QCOMPARE(publications->currentList().list, ListKind::Final);
        QCOMPARE(publications->currentList().rows.first().preferences,
                 QStringList({u"A"_s, u"B"_s}));

        advance(); // allocation: the first offers
        QCOMPARE(state(), RoundState::Allocation);
        QCOMPARE(m_panel->round()->data.offers.size(), 5);
        auto *allocation = child<AllocationView>(u"allocationView"_s);
        QVERIFY2(allocation->summary().contains(u"5 offer(s) awaiting an answer"_s),
                 qPrintable(allocation->summary()));

        // 2025-002 refuses its first choice and leaves; the seat goes to 2025-005.
        auto *admitted = child<QTableWidget>(u"admittedTable"_s);
        const auto rowOf = [admitted](const QString &protocol) {
            for (int row = 0; row < admitted->rowCount(); ++row) {
                if (admitted->item(row, 0)->text() == protocol)
                    return row;
            }
            return -1;
        };
        admitted->selectRow(rowOf(u"2025-002"_s));
        QVERIFY(child<QPushButton>(u"refuseOffer"_s)->isEnabled());
        Dialogs::setNextAnswer(QMessageBox::Yes);
        reloadAfter([this] { child<QPushButton>(u"refuseOffer"_s)->click(); });
        QVERIFY(m_panel->round()->result.standings.at(1).removed);
        Dialogs::setNextAnswer(QMessageBox::Ok);
        reloadAfter([this] { child<QPushButton>(u"reallocate"_s)->click(); });
        QVERIFY2(Dialogs::lastText().contains(u"1 new offer(s)"_s),
                 qPrintable(Dialogs::lastText()));
        QVERIFY(rowOf(u"2025-005"_s) >= 0);
        QVERIFY(rowOf(u"2025-002"_s) < 0);
    }

    void registerAnApplicationLinkedToTheRegistry()
    {
        open(kCoordinator);
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(u"protocol"_s)->setText(u"2025-020"_s);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"childFiscalCode"_s),
                             u"RSSMRA85T10A562S"_s);
            dialog->findChild<DateEdit *>(u"childBirthDate"_s)->setDate(QDate(2024, 7, 10));
            dialog->findChild<QComboBox *>(u"nurseryChoice"_s)->setCurrentIndex(1); // B
            dialog->findChild<QPushButton *>(u"addPreference"_s)->click();
            auto *save = dialog->findChild<QPushButton *>(u"saveApplication"_s);
            QVERIFY(save->isEnabled());
            Dialogs::setNextAnswer(QMessageBox::Save); // submitted today: late, and confirmed
            save->click();
        });
        reloadAfter([this] { child<ApplicationsView>(u"applicationsView"_s)->newApplication(); });
        const RoundData &data = m_panel->round()->data;
        const int a = data.applicationIndex(u"2025-020"_s);
        QVERIFY(a >= 0);
        QCOMPARE(data.applications.at(a).preferences, QStringList({u"B"_s}));
        QCOMPARE(data.applications.at(a).childBirthDate, QDate(2024, 7, 10));
    }

    // The next protocol is proposed, a repeated one refused at once and by the repository,
    // the date of birth typed is the one stored, a late application saved only when confirmed.
    void protocolsDatesAndLateness()
    {
        open(kCoordinator);
        const QString roundId = m_panel->round()->data.round.id;
        Application copy = Test::workedApplications().first(); // 2025-001, as a new one
        copy.id.clear();
        for (Condition &c : copy.conditions)
            c.id.clear();
        QString error;
        QVERIFY(
            !NurseryRepository(m_db->path()).saveApplication(kCoordinator, roundId, &copy, &error));
        QVERIFY2(error.contains(u"2025-001"_s), qPrintable(error));

        bool done = false;
        QTimer::singleShot(0, this, [&done] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *protocol = dialog->findChild<QLineEdit *>(u"protocol"_s);
            auto *save = dialog->findChild<QPushButton *>(u"saveApplication"_s);
            auto *problem = dialog->findChild<QLabel *>(u"applicationProblem"_s);
            QCOMPARE(protocol->text(), u"2025-012"_s); // after 2025-011
            dialog->findChild<QComboBox *>(u"nurseryChoice"_s)->setCurrentIndex(1);
            dialog->findChild<QPushButton *>(u"addPreference"_s)->click();
            auto *born = dialog->findChild<DateEdit *>(u"childBirthDate"_s);
            born->setFocus();
            born->selectAll();
            QTest::keyClicks(born, u"15102024"_s);
            QCOMPARE(born->date(), QDate(2024, 10, 15));
            QVERIFY(save->isEnabled());

            protocol->selectAll();
            QTest::keyClicks(protocol, u"2025-003"_s);
            QVERIFY(!save->isEnabled());
            QVERIFY2(problem->text().contains(u"2025-003 is already used"_s),
                     qPrintable(problem->text()));
            protocol->selectAll();
            QTest::keyClicks(protocol, u"2025-012"_s);
            QVERIFY(save->isEnabled());

            // Submitted today, long after the deadline of 01/05/2025.
            auto *late = dialog->findChild<QLabel *>(u"lateMark"_s);
            QVERIFY(late->isVisible());
            QVERIFY2(late->text().startsWith(u"Late"_s), qPrintable(late->text()));
            Dialogs::setNextAnswer(QMessageBox::Cancel);
            save->click();
            QVERIFY(Dialogs::lastText().contains(u"saved as late"_s));
            QVERIFY(dialog->isVisible()); // not saved
            Dialogs::setNextAnswer(QMessageBox::Save);
            save->click();
            done = true;
        });
        reloadAfter([this] { child<ApplicationsView>(u"applicationsView"_s)->newApplication(); });
        QVERIFY(done);
        const RoundData &data = m_panel->round()->data;
        const int a = data.applicationIndex(u"2025-012"_s);
        QVERIFY(a >= 0);
        QCOMPARE(data.applications.at(a).childBirthDate, QDate(2024, 10, 15));
        QVERIFY(data.round.rules.isLate(data.applications.at(a).submittedAt));
    }

    // Every field of the application at its bound, the applicant linked to a registry name
    // as long as the registry allows: the dialog's buttons stay in the window, on a large
    // screen and at the dialog's smallest size.
    void longestTextsKeepTheButtonsOnScreen()
    {
        open(kCoordinator);
        Citizen applicant;
        applicant.fiscalCode = u"RSSMRA85T10A562S"_s;
        applicant.surname = QString(CitizenRules::kMaxNameLength, u'W');
        applicant.givenNames = QString(CitizenRules::kMaxNameLength, u'M');
        applicant.sex = u'M';
        applicant.birthDate = QDate(1985, 12, 10);
        applicant.birthPlaceCode = u"A562"_s;
        QString error;
        QVERIFY2(CitizenRepository(m_db->path()).create(kCoordinator, &applicant, &error),
                 qPrintable(error));

        bool done = false;
        QTimer::singleShot(0, this, [&done] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto close = qScopeGuard([dialog] { dialog->reject(); });
            const auto fill = [dialog](const QString &name, int bound) {
                auto *edit = dialog->findChild<QLineEdit *>(name);
                edit->selectAll();
                QTest::keyClicks(edit, QString(bound + 10, u'W'));
                QCOMPARE(edit->text().size(), bound); // the field's bound
            };
            fill(u"protocol"_s, ApplicationLimits::kProtocol);
            fill(u"childSurname"_s, ApplicationLimits::kName);
            fill(u"childGivenNames"_s, ApplicationLimits::kName);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"applicantFiscalCode"_s),
                             u"RSSMRA85T10A562S"_s);
            dialog->findChild<QPushButton *>(u"applicantFromRegistry"_s)->click();
            for (const QSize size : {QSize(1600, 1000), dialog->minimumSizeHint()}) {
                dialog->resize(size);
                QCoreApplication::processEvents();
                for (auto *button : dialog->findChild<QDialogButtonBox *>()->buttons()) {
                    const QRect at(button->mapTo(dialog, QPoint(0, 0)), button->size());
                    QVERIFY2(dialog->rect().contains(at),
                             qPrintable(u"%1 at %2,%3 in %4x%5"_s.arg(button->text())
                                            .arg(at.x())
                                            .arg(at.y())
                                            .arg(dialog->width())
                                            .arg(dialog->height())));
                }
                QVERIFY2(dialog->width() <= 1600, qPrintable(QString::number(dialog->width())));
            }
            done = true;
        });
        child<ApplicationsView>(u"applicationsView"_s)->newApplication();
        QVERIFY(done);
    }

    void importIsAllOrNothing()
    {
        open(kCoordinator);
        auto *view = child<ApplicationsView>(u"applicationsView"_s);
        const QString bad = m_db->path() + u"-bad.csv"_s;
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("protocol,child_birth_date,submitted_at,isee,preferences,conditions\n"
                   "2025-030,2024-07-01,2025-04-01,,A,RES\n"
                   "2025-031,2024-07-01,2025-04-01,,Z,RES\n");
        file.close();
        Dialogs::setNextAnswer(QMessageBox::Ok);
        view->importFile(bad);
        QVERIFY2(Dialogs::lastText().contains(u"line 3: the nursery Z"_s),
                 qPrintable(Dialogs::lastText()));
        QCOMPARE(NurseryRepository(m_db->path()).protocols(m_panel->round()->data.round.id).size(),
                 8);

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("protocol,child_birth_date,submitted_at,isee,preferences,conditions\n"
                   "2025-030,2024-07-01,2025-04-01,,A,RES\n"
                   "2025-031,2024-07-01,2025-04-01,,B,RES;SIB@B\n");
        file.close();
        Dialogs::setNextAnswer(QMessageBox::Ok);
        reloadAfter([&] { view->importFile(bad); });
        QVERIFY(Dialogs::lastText().contains(u"2 applications imported"_s));
        QCOMPARE(m_panel->round()->data.applications.size(), 10);
    }

    void chartsShowDemandAgainstSeats()
    {
        open(kCoordinator);
        auto *charts = child<ChartsView>(u"chartsView"_s);
        const auto series = charts->demandChart()->chart()->series();
        QCOMPARE(series.size(), 1);
        const auto bars = qobject_cast<QHorizontalBarSeries *>(series.first())->barSets();
        QCOMPARE(bars.size(), 2);
        // Bottom up: B then A. First choices in piccoli: B 2 (003, 005), A 3 (001, 002, 004).
        QCOMPARE(bars.at(0)->at(0), 2.0);
        QCOMPARE(bars.at(0)->at(1), 3.0);
        QCOMPARE(bars.at(1)->at(1), 2.0); // seats of A
        QVERIFY(!charts->scoreChart()->chart()->series().isEmpty());
    }

    void aClerkRegistersButDoesNotManage()
    {
        open(TestDatabase::clerk());
        QVERIFY(!child<QPushButton>(u"advanceStage"_s)->isVisible());
        QVERIFY(!child<QPushButton>(u"saveRules"_s)->isEnabled());
        QVERIFY(child<QPushButton>(u"newApplication"_s)->isVisible());
        QVERIFY(!child<QPushButton>(u"importApplications"_s)->isVisible());
        QVERIFY(!child<QPushButton>(u"reallocate"_s)->isVisible());
    }
};

QTEST_MAIN(TestNurseryPanel)
#include "tst_nurserypanel.moc"
