#include "models/access/staffnames.h"
#include "models/access/staffrepository.h"
#include "models/casework/agenda.h"
#include "models/casework/caselistmodel.h"
#include "models/casework/caserepository.h"
#include "models/casework/requestlistmodel.h"
#include "models/common/settings.h"
#include "models/db/database.h"
#include "models/nursery/explanation.h"
#include "models/nursery/round.h"
#include "nurseryfixture.h"
#include "testdatabase.h"
#include "widgets/casework/caseworkpanel.h"
#include "widgets/shell/mainwindow.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace Sportello;
using namespace Sportello::Casework;

namespace {

const Session kClerk {u"sportello"_s, u"Maria Rossi"_s, Role::Clerk, u"102047"_s};
const Session kWorker {u"sociale2"_s, u"Chiara Esposito"_s, Role::SocialWorker, u"102047"_s};
const Session kCoordinator {u"nidi"_s, u"Anna Ferraro"_s, Role::Coordinator, u"102047"_s};

} // namespace

// People are shown to people by their names: a login ("sociale2") appears only in a tooltip
// or in the audit log. StaffNames turns a login into the name, read once per view.
class tst_StaffNames final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void nameForALogin();
    void readOnceUntilReloaded();
    void listsAndMessagesNameTheWorker();
    void theCaseFileAndTheAgendaNameTheWorker();
    void theExplanationNamesTheReviewer();

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_citizen;
    SocialCase m_case;
};

void tst_StaffNames::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_citizen = m_db->addMarioRossi();
    QString error;
    StaffRepository staff(m_db->path());
    for (const Session &s : {kClerk, kWorker, kCoordinator})
        QVERIFY2(staff.create({s.username, s.displayName, s.role, s.municipality, true},
                              u"una-password-lunga"_s, &error),
                 qPrintable(error));
    CaseRequest r {QString(),     QString(),        m_citizen,      QDateTime::currentDateTimeUtc(),
                   Channel::Desk, NeedArea::Income, u"Richiesta"_s, QString(),
                   QString()};
    CaseRepository cases(m_db->path());
    QVERIFY2(cases.recordRequest(kClerk, &r, &error), qPrintable(error));
    QVERIFY2(cases.openCase(kWorker, r.id, kWorker.username, &m_case, &error), qPrintable(error));
}

void tst_StaffNames::cleanup()
{
    Db::closeConnection(m_db->path());
    m_db.reset();
}

void tst_StaffNames::nameForALogin()
{
    const StaffNames names(m_db->path());
    QCOMPARE(names.of(u"sociale2"_s), u"Chiara Esposito"_s);
    QCOMPARE(names.of(u"nidi"_s), u"Anna Ferraro"_s);
    QCOMPARE(names.of(u"ex-collega"_s), u"ex-collega"_s); // no account here: the login
    QCOMPARE(names.of(QString()), QString());
}

void tst_StaffNames::readOnceUntilReloaded()
{
    StaffNames names(m_db->path());
    QCOMPARE(names.of(u"sociale3"_s), u"sociale3"_s);
    QString error;
    QVERIFY2(
        StaffRepository(m_db->path())
            .create({u"sociale3"_s, u"Nicolò D'Amico"_s, Role::SocialWorker, u"102047"_s, true},
                    u"una-password-lunga"_s, &error),
        qPrintable(error));
    QCOMPARE(names.of(u"sociale3"_s), u"sociale3"_s); // the view's copy, until it reloads
    names.reload();
    QCOMPARE(names.of(u"sociale3"_s), u"Nicolò D'Amico"_s);
}

void tst_StaffNames::listsAndMessagesNameTheWorker()
{
    // The requests list: "Cartella C-…, In valutazione, Chiara Esposito".
    const auto requests = CaseRepository(m_db->path()).requestsOf(m_citizen);
    RequestListModel requestList;
    requestList.setRows(RequestListModel::rowsFor(m_db->path(), requests));
    const QModelIndex caseCell = requestList.index(0, RequestListModel::Case);
    QVERIFY(caseCell.data().toString().endsWith(u", Chiara Esposito"_s));
    QVERIFY(!caseCell.data().toString().contains(u"sociale2"_s));
    QVERIFY(caseCell.data(Qt::ToolTipRole).toString().contains(u"sociale2"_s));

    CaseListModel caseList;
    caseList.setRows(CaseListModel::rowsFor(m_db->path(), {m_case}));
    QCOMPARE(caseList.index(0, CaseListModel::Worker).data().toString(), u"Chiara Esposito"_s);
    QCOMPARE(caseList.index(0, CaseListModel::Worker).data(Qt::ToolTipRole).toString(),
             u"sociale2"_s);

    // The agenda's refusal of a second appointment at the same time.
    Appointment first;
    first.worker = kWorker.username;
    first.citizenId = m_citizen;
    first.startsAt = QDateTime(QDate::currentDate().addDays(2), QTime(10, 0)).toUTC();
    first.endsAt = first.startsAt.addSecs(1800);
    first.purpose = u"Colloquio"_s;
    QString error;
    QVERIFY2(Agenda(m_db->path()).book(kClerk, &first, &error), qPrintable(error));
    Appointment second = first;
    second.id.clear();
    const QString problem = Agenda(m_db->path()).problem(kClerk, second);
    QVERIFY2(problem.startsWith(u"Chiara Esposito "_s), qPrintable(problem));
    QVERIFY(!problem.contains(u"sociale2"_s));
}

void tst_StaffNames::theCaseFileAndTheAgendaNameTheWorker()
{
    QString error;
    QVERIFY2(CaseRepository(m_db->path())
                 .addNote(kWorker, m_case.id, u"Primo colloquio"_s, false, QString(), &error),
             qPrintable(error));
    Settings settings(m_db->path() + u".ini"_s);
    MainWindow window(m_db->path(), kWorker, &settings);
    window.show();
    window.showPanel(u"casework"_s);
    window.caseworkPanel()->openCase(m_case.id);

    auto *timeline = window.findChild<QTableWidget *>(u"caseTimeline"_s);
    QVERIFY(timeline && timeline->rowCount() > 0);
    for (int row = 0; row < timeline->rowCount(); ++row) {
        QCOMPARE(timeline->item(row, 1)->text(), u"Chiara Esposito"_s); // "Who"
        QCOMPARE(timeline->item(row, 1)->toolTip(), u"sociale2"_s);
        QVERIFY(!timeline->item(row, 2)->text().contains(u"sociale2"_s)); // "Assigned to …"
    }
    QVERIFY(window.findChild<QLabel *>(u"caseInfo"_s)->text().contains(u"Chiara Esposito"_s));

    auto *sections = window.findChild<QTabWidget *>(u"caseTabs"_s);
    auto *notes = window.findChild<QTextBrowser *>(u"notesList"_s);
    sections->setCurrentWidget(notes->parentWidget());
    QTRY_VERIFY(notes->toPlainText().contains(u"Primo colloquio"_s));
    QVERIFY(notes->toPlainText().contains(u"Chiara Esposito"_s));
    QVERIFY(!notes->toPlainText().contains(u"sociale2"_s));

    auto *worker = window.findChild<QComboBox *>(u"agendaWorker"_s);
    QVERIFY(worker && worker->count() > 0);
    const int index = worker->findData(kWorker.username);
    QCOMPARE(worker->itemText(index), u"Chiara Esposito"_s);
    QCOMPARE(worker->itemData(index, Qt::ToolTipRole).toString(), u"sociale2"_s);
}

void tst_StaffNames::theExplanationNamesTheReviewer()
{
    using namespace Sportello::Nursery;
    RoundData data;
    data.round.rules = Test::workedRules();
    data.applications = Test::workedApplications();
    int application = -1;
    for (int i = 0; i < data.applications.size() && application < 0; ++i) {
        if (!data.applications.at(i).conditions.isEmpty())
            application = i;
    }
    QVERIFY(application >= 0);
    Condition &condition = data.applications[application].conditions[0];
    condition.status = ConditionStatus::Rejected;
    condition.reviewedBy = kCoordinator.username;
    condition.reviewedAt = u"2025-05-10T09:00:00.000Z"_s;
    const auto round = EvaluatedRound::of(data);
    const RankRow *row = round->bestRow(application);
    QVERIFY(row);
    const StaffNames names(m_db->path());
    const QString html = explanationHtml(*round, *row, &names);
    QVERIFY2(html.contains(u"rejected by Anna Ferraro"_s), qPrintable(html));
    QVERIFY(!html.contains(u"by nidi"_s));
}

QTEST_MAIN(tst_StaffNames)
#include "tst_staffnames.moc"
