#include "cliprocess.h"
#include "models/access/session.h"
#include "models/dashboard/localfigures.h"
#include "models/db/database.h"
#include "widgets/dashboard/dashboardchart.h"
#include "widgets/dashboard/dashboardpanel.h"

#include <QChartView>
#include <QDate>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace Qt::StringLiterals;
using namespace Sportello;

namespace {

const Session kWorker {u"sociale"_s, u"Sara Greco"_s, Role::SocialWorker, u"102047"_s};
const Session kClerk {u"sportello"_s, u"Maria Rossi"_s, Role::Clerk, u"102047"_s};

qint64 total(const Dashboard::Figure &figure, qsizetype set = 0)
{
    qint64 sum = 0;
    for (const auto &value : figure.values.at(set))
        sum += value.value_or(0);
    return sum;
}

} // namespace

// The dashboard on a real demo database: the figures agree with the rows they count, the
// role decides which charts a person sees, and each chart saves its image and figures.
class tst_Dashboard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void caseFiguresCountTheOpenCases();
    void aClerkSeesNoCaseFigures();
    void nurseryDemandAddsUpOverTheAgeGroups();
    void learningAndPendingChangesAreCounted();
    void thePanelShowsTheRoleChartsAndSavesThem();

private:
    qint64 scalar(const QString &sql) const
    {
        QSqlQuery q(Db::connection(m_db));
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    QTemporaryDir m_dir;
    QString m_db;
};

void tst_Dashboard::initTestCase()
{
    QVERIFY(!Test::cliProgram().isEmpty());
    m_db = m_dir.filePath(u"desk.sqlite"_s);
    // Enough families for last year's demo round to leave some of them waiting.
    const Test::CliRun demo
        = Test::runCli({u"--db"_s, m_db, u"demo"_s, u"--citizens"_s, u"20000"_s});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    QString error;
    QVERIFY2(Db::open(m_db, &error), qPrintable(error));
}

void tst_Dashboard::cleanupTestCase()
{
    Db::closeConnection(m_db);
}

void tst_Dashboard::caseFiguresCountTheOpenCases()
{
    const Dashboard::Figures f = Dashboard::localFigures(m_db, kWorker, QDate::currentDate());
    QVERIFY(f.casework);
    const qint64 open = scalar(u"SELECT count(*) FROM social_case WHERE deleted = 0 AND "
                               "status <> 'closed'"_s);
    QVERIFY(open > 0);
    QCOMPARE(total(f.openCasesByStatus), open);
    QVERIFY(!f.openCasesByStatus.categories.contains(u"Closed"_s));
    QCOMPARE(f.casesPerMonth.categories.size(), 12);
    const qint64 newThisYear = scalar(
        u"SELECT count(*) FROM social_case WHERE deleted = 0 AND substr(opened_at, 1, 7) >= '%1'"_s
            .arg(Dashboard::lastTwelveMonths(QDate::currentDate()).constFirst()));
    QCOMPARE(total(f.casesPerMonth, 0), newThisYear);
    QVERIFY(f.casesPerMonth.csv(u"Month"_s).startsWith("Month,New,Closed\r\n"));
}

void tst_Dashboard::aClerkSeesNoCaseFigures()
{
    const Dashboard::Figures f = Dashboard::localFigures(m_db, kClerk, QDate::currentDate());
    QVERIFY(!f.casework);
    QVERIFY(f.openCasesByStatus.categories.isEmpty());
    QVERIFY(f.openCasesByArea.categories.isEmpty());
    QVERIFY(f.casesPerMonth.categories.isEmpty());
    QVERIFY(f.nursery);
}

void tst_Dashboard::nurseryDemandAddsUpOverTheAgeGroups()
{
    const Dashboard::Figures f = Dashboard::localFigures(m_db, kClerk, QDate::currentDate());
    QVERIFY(f.nurseryDemand.size() >= 2); // all age groups, then each
    const Dashboard::Figure &all = f.nurseryDemand.constFirst().second;
    QVERIFY(!all.categories.isEmpty());
    for (qsizetype set = 0; set < 2; ++set) {
        qint64 groups = 0;
        for (qsizetype g = 1; g < f.nurseryDemand.size(); ++g)
            groups += total(f.nurseryDemand.at(g).second, set);
        QCOMPARE(groups, total(all, set));
    }
    const qint64 applications = scalar(
        u"SELECT count(*) FROM nursery_application a JOIN nursery_round r ON r.id = a.round_id "
        "WHERE a.deleted = 0 AND a.withdrawn = 0 AND r.school_year = (SELECT max(school_year) "
        "FROM nursery_round)"_s);
    QVERIFY(total(all) > 0);
    QVERIFY(total(all) <= applications); // children outside every age group are not demand
    QVERIFY(total(all, 1) > 0); // seats

    // Last year's demo round was allocated: its waiting list is the applications left
    // without an offer open or accepted.
    QCOMPARE(f.waitingList.categories.size(), 1);
    const qint64 waiting = scalar(
        u"SELECT count(*) FROM nursery_application a JOIN nursery_round r ON r.id = a.round_id "
        "WHERE r.state = 'allocation' AND a.deleted = 0 AND a.withdrawn = 0 AND NOT EXISTS "
        "(SELECT 1 FROM nursery_offer o WHERE o.application_id = a.id AND o.deleted = 0 "
        "AND o.status IN ('offered', 'accepted'))"_s);
    QVERIFY(waiting > 0);
    QCOMPARE(total(f.waitingList, 1), waiting);
    QVERIFY(total(f.waitingList, 0) > waiting);
}

void tst_Dashboard::learningAndPendingChangesAreCounted()
{
    const auto before = Dashboard::localFigures(m_db, kClerk, QDate::currentDate());
    // The demo's year of the e-learning platform and of certifications.
    QCOMPARE(total(before.learningPerMonth, 1),
             scalar(u"SELECT count(*) FROM course_enrolment WHERE status = 'completed' AND "
                    "completed_on >= '%1'"_s.arg(
                        Dashboard::lastTwelveMonths(QDate::currentDate()).constFirst())));
    QVERIFY(total(before.learningPerMonth, 0) > 0);
    const QString citizen = [this] {
        QSqlQuery q(u"SELECT id FROM citizen LIMIT 1"_s, Db::connection(m_db));
        return q.next() ? q.value(0).toString() : QString();
    }();
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QSqlQuery q(Db::connection(m_db));
    QVERIFY(q.exec(u"INSERT INTO course_enrolment (id, municipality, citizen_id, course_code, "
                   "enrolled_on, enrolled_by, status, completed_on, updated_at) VALUES "
                   "('e-dash-1', '102047', '%1', 'C1', '%2', 'sportello', 'completed', '%2', "
                   "'%2')"_s.arg(citizen, today)));
    const auto after = Dashboard::localFigures(m_db, kClerk, QDate::currentDate());
    QCOMPARE(total(after.learningPerMonth, 1), total(before.learningPerMonth, 1) + 1);
    QCOMPARE(*after.learningPerMonth.values.at(1).constLast(),
             *before.learningPerMonth.values.at(1).constLast() + 1);
    // The write waits in the outbox: one more change to send for the libretto and courses.
    const qsizetype area
        = after.syncHealth.categories.indexOf(Dashboard::dataArea(u"course_enrolment"_s));
    QVERIFY(area >= 0);
    QVERIFY(*after.syncHealth.values.at(0).at(area) >= 1);
    QCOMPARE(total(after.syncHealth, 0), scalar(u"SELECT count(*) FROM outbox"_s));
    QVERIFY2(after.syncSummary.contains(u"never"_s), qPrintable(after.syncSummary));
}

void tst_Dashboard::thePanelShowsTheRoleChartsAndSavesThem()
{
    for (const Session &session : {kWorker, kClerk}) {
        DashboardPanel panel(m_db, session, {});
        QSignalSpy loaded(&panel, &DashboardPanel::loaded);
        panel.resize(1200, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(loaded.wait(10000));
        QStringList visible;
        for (DashboardChart *chart : panel.charts()) {
            if (chart->isVisible())
                visible << chart->objectName();
        }
        if (session.role == Role::Clerk) {
            QCOMPARE(visible,
                     (QStringList {u"nurseryDemand"_s, u"waitingList"_s, u"learningPerMonth"_s,
                                   u"syncHealth"_s}));
        } else {
            QCOMPARE(visible.size(), 7);
        }
    }

    DashboardPanel panel(m_db, kWorker, {});
    QSignalSpy loaded(&panel, &DashboardPanel::loaded);
    panel.resize(1200, 900);
    panel.show();
    QVERIFY(loaded.wait(10000));
    DashboardChart *status = panel.findChild<DashboardChart *>(u"openCasesByStatus"_s);
    QVERIFY(status);
    const QString png = m_dir.filePath(u"status.png"_s);
    QVERIFY(status->savePng(png));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 200 && image.height() > 200);
    const QString csv = m_dir.filePath(u"status.csv"_s);
    QString error;
    QVERIFY(status->saveCsv(csv, &error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.constFirst().trimmed(), QByteArray("Status,Open cases"));
    QCOMPARE(lines.at(1).trimmed().left(7), QByteArray("Intake,"));
    QVERIFY(!status->saveCsv(m_dir.filePath(u"missing/folder/x.csv"_s), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(tst_Dashboard)
#include "tst_dashboard.moc"
