#include "centralfixture.h"
#include "cliprocess.h"
#include "models/dashboard/regionalfigures.h"
#include "models/sync/centralconnection.h"
#include "models/sync/centralschema.h"
#include "testdatabase.h"
#include "widgets/dashboard/dashboardchart.h"
#include "widgets/dashboard/dashboardpanel.h"

#include <QComboBox>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Sportello;

namespace {

const QString kVibo = u"102047"_s;
const QString kFirenze = u"048017"_s;
const QString kRegion = u"r.calabria"_s;
const QString kClerk = u"m.rossi"_s;

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const QString kRules = uR"({"round": "2026-nidi", "municipality": "102047",
  "school_year": "2026/2027", "deadline": "2026-05-01T23:59:59",
  "age_groups": [
    {"code": "lattanti", "label": "Lattanti", "born_from": "2025-06-01", "born_to": "2026-05-31"},
    {"code": "grandi", "label": "Grandi", "born_from": "2023-09-01", "born_to": "2025-05-31"}],
  "criteria": [], "tie_breaks": [],
  "nurseries": [
    {"code": "N1", "name": "Il Girasole", "seats": {"lattanti": 10, "grandi": 20}},
    {"code": "N2", "name": "Arcobaleno", "seats": {"grandi": 15}}]})"_s;

} // namespace

// The region's view: aggregate views of the central database that a sportello_region login
// reads, with every count of persons from 1 to 4 suppressed and no personal row reachable.
class tst_RegionalFigures final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void smallCountsAreSuppressedButTheRegionCountsThem();
    void nurseryDemandAndWaitingListFollowTheRounds();
    void learningAndSyncHealth();
    void theRegionReadsNoPersonalRowAndDesksNoRegionalView();
    void theCommandLinePrintsTheFiguresAsJson();
    void theDashboardShowsTheRegionToItsOfficersOnly();

private:
    Dashboard::Figures figures(const QString &municipality);
    void addCases(const QString &municipality, const QString &status, const QString &area, int n);
    // The citizen the rows of a municipality are about (the region checks references).
    QString citizenOf(const QString &municipality);
    QHash<QString, QString> m_citizens;

    std::unique_ptr<CentralFixture> m_central;
};

void tst_RegionalFigures::initTestCase()
{
    if (!CentralFixture::serverAvailable()) {
        if (qEnvironmentVariableIntValue("SPORTELLO_REQUIRE_PG"))
            QFAIL("no PostgreSQL server: run the tests through pg_virtualenv");
        QSKIP("no PostgreSQL server (PGHOST unset)");
    }
    m_central = std::make_unique<CentralFixture>();
    QVERIFY2(m_central->isValid(), qPrintable(m_central->error()));
    QVERIFY2(m_central->addRegionUser(kRegion, CentralSchema::RegionRole::Officer),
             qPrintable(m_central->error()));
    QVERIFY2(m_central->addUser(kClerk, Role::Clerk, kVibo), qPrintable(m_central->error()));

    // Vibo: 3 cases at intake (suppressed there), 6 in assessment, 1 closed; Firenze: 4
    // at intake. The region counts 7 at intake.
    addCases(kVibo, u"intake"_s, u"income"_s, 3);
    addCases(kVibo, u"assessment"_s, u"housing"_s, 6);
    addCases(kVibo, u"closed"_s, u"housing"_s, 1);
    addCases(kFirenze, u"intake"_s, u"income"_s, 4);

    const QString round = uuid();
    QVERIFY(m_central->exec(u"INSERT INTO sportello.nursery_round (id, municipality, code, "
                            "school_year, state, rules, updated_at) VALUES ('%1', '102047', "
                            "'2026-nidi', '2026/2027', 'allocation', '%2', '2026-06-01')"_s.arg(
                                round, QString(kRules).replace(u'\'', u"''"_s))));
    // 8 applications: 6 "grandi", 2 "lattanti"; 2 accepted offers, 1 withdrawn.
    for (int i = 0; i < 8; ++i) {
        const QString application = uuid();
        const QString born = i < 6 ? u"2024-03-10"_s : u"2025-09-10"_s;
        QVERIFY(m_central->exec(
            u"INSERT INTO sportello.nursery_application (id, municipality, round_id, protocol, "
            "child_birth_date, submitted_at, preferences, withdrawn, updated_at) VALUES "
            "('%1', '102047', '%2', 'P%3', '%4', '2026-04-01', 'N1;N2', %5, '2026-04-01')"_s
                .arg(application, round)
                .arg(i)
                .arg(born)
                .arg(i == 7 ? 1 : 0)));
        if (i < 2) {
            QVERIFY(m_central->exec(
                u"INSERT INTO sportello.nursery_offer (id, municipality, round_id, "
                "application_id, nursery, preference, status, offered_at, updated_at) VALUES "
                "('%1', '102047', '%2', '%3', 'N1', 1, 'accepted', '2026-06-10', '2026-06-10')"_s
                    .arg(uuid(), round, application)));
        }
    }
    const QString month = QDate::currentDate().toString(u"yyyy-MM"_s);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(m_central->exec(
            u"INSERT INTO sportello.course_enrolment (id, municipality, "
            "citizen_id, course_code, enrolled_on, enrolled_by, status, "
            "completed_on, updated_at) VALUES ('%1', '102047', '%2', 'C1', "
            "'%3-01', 'm.rossi', 'completed', '%3-02', '%3-02')"_s.arg(uuid(), citizenOf(kVibo),
                                                                       month)));
    }
}

void tst_RegionalFigures::cleanupTestCase()
{
    m_central.reset();
}

QString tst_RegionalFigures::citizenOf(const QString &municipality)
{
    if (!m_citizens.contains(municipality)) {
        const QString id = uuid();
        m_central->exec(u"INSERT INTO sportello.citizen (id, municipality, fiscal_code, surname, "
                        "given_names, sex, birth_date, birth_place_code, updated_at) VALUES ('%1', "
                        "'%2', 'RSSMRA85T10A562S', 'Rossi', 'Mario', 'M', '1985-12-10', 'A562', "
                        "'2026-01-01')"_s.arg(id, municipality));
        m_citizens.insert(municipality, id);
    }
    return m_citizens.value(municipality);
}

void tst_RegionalFigures::addCases(const QString &municipality, const QString &status,
                                   const QString &area, int n)
{
    for (int i = 0; i < n; ++i) {
        const bool closed = status == u"closed"_s;
        QVERIFY(m_central->exec(
            u"INSERT INTO sportello.social_case (id, municipality, number, citizen_id, status, "
            "need_area, opened_at, closed_at, last_activity, updated_at) VALUES ('%1', '%2', "
            "'C-%3', '%4', '%5', '%6', '%7', %8, '%7', '%7')"_s.arg(uuid(), municipality)
                .arg(i)
                .arg(citizenOf(municipality), status, area, QDate::currentDate().toString(Qt::ISODate),
                     closed ? u"'%1'"_s.arg(QDate::currentDate().toString(Qt::ISODate))
                            : u"NULL"_s)));
    }
}

Dashboard::Figures tst_RegionalFigures::figures(const QString &municipality)
{
    Dashboard::Figures f;
    Central::Failure failure;
    QString error;
    const QString name = u"region"_s;
    [&] {
        QVERIFY2(Central::open(name, m_central->conninfo(kRegion), CentralFixture::password(),
                               &failure, &error),
                 qPrintable(error));
        QVERIFY2(Dashboard::regionalFigures(QSqlDatabase::database(name), municipality,
                                            QDate::currentDate(), &f, &error),
                 qPrintable(error));
    }();
    Central::close(name);
    return f;
}

static std::optional<qint64> valueOf(const Dashboard::Figure &figure, const QString &category,
                                     qsizetype set = 0)
{
    const qsizetype c = figure.categories.indexOf(category);
    if (c < 0)
        return qint64(-1);
    return figure.values.at(set).at(c);
}

void tst_RegionalFigures::smallCountsAreSuppressedButTheRegionCountsThem()
{
    const Dashboard::Figures region = figures(QString());
    QCOMPARE(valueOf(region.openCasesByStatus, u"Intake"_s), qint64(7));
    QCOMPARE(valueOf(region.openCasesByStatus, u"Assessment"_s), qint64(6));
    QCOMPARE(valueOf(region.openCasesByStatus, u"Monitoring"_s), qint64(0));
    QCOMPARE(valueOf(region.openCasesByArea, u"Income"_s), qint64(7));

    const Dashboard::Figures vibo = figures(kVibo);
    QCOMPARE(valueOf(vibo.openCasesByStatus, u"Intake"_s), std::nullopt);
    QCOMPARE(valueOf(vibo.openCasesByStatus, u"Assessment"_s), qint64(6));
    QVERIFY(vibo.openCasesByStatus.hasSuppressed());
    QCOMPARE(vibo.openCasesByStatus.csv(u"Status"_s).split('\n').at(1).trimmed(),
             QByteArray("Intake,<5"));
    // This month: 10 opened in Vibo (the closed one too), 1 closed (suppressed).
    const QString month = Dashboard::monthLabel(QDate::currentDate().toString(u"yyyy-MM"_s));
    QCOMPARE(valueOf(vibo.casesPerMonth, month, 0), qint64(10));
    QCOMPARE(valueOf(vibo.casesPerMonth, month, 1), std::nullopt);
    QCOMPARE(valueOf(figures(kFirenze).openCasesByStatus, u"Intake"_s), std::nullopt);
}

void tst_RegionalFigures::nurseryDemandAndWaitingListFollowTheRounds()
{
    const Dashboard::Figures vibo = figures(kVibo);
    QCOMPARE(vibo.nurseryDemand.size(), 1);
    const Dashboard::Figure &byGroup = vibo.nurseryDemand.constFirst().second;
    QCOMPARE(byGroup.categories, (QStringList {u"Lattanti"_s, u"Grandi"_s}));
    QCOMPARE(valueOf(byGroup, u"Grandi"_s, 0), qint64(6));
    QCOMPARE(valueOf(byGroup, u"Grandi"_s, 1), qint64(35));
    QCOMPARE(valueOf(byGroup, u"Lattanti"_s, 0), std::nullopt); // one child, not withdrawn
    QCOMPARE(valueOf(byGroup, u"Lattanti"_s, 1), qint64(10)); // seats are never suppressed
    QCOMPARE(valueOf(vibo.waitingList, u"2026-nidi"_s, 0), qint64(7));
    QCOMPARE(valueOf(vibo.waitingList, u"2026-nidi"_s, 1), qint64(5));

    const Dashboard::Figures region = figures(QString());
    const Dashboard::Figure &byMunicipality = region.nurseryDemand.constFirst().second;
    QCOMPARE(byMunicipality.categories, QStringList {u"Vibo Valentia"_s});
    QCOMPARE(valueOf(byMunicipality, u"Vibo Valentia"_s, 0), qint64(7));
    QCOMPARE(valueOf(byMunicipality, u"Vibo Valentia"_s, 1), qint64(45));
    QCOMPARE(valueOf(region.waitingList, u"2026/2027"_s, 1), qint64(5));
}

void tst_RegionalFigures::learningAndSyncHealth()
{
    const Dashboard::Figures vibo = figures(kVibo);
    const QString month = Dashboard::monthLabel(QDate::currentDate().toString(u"yyyy-MM"_s));
    QCOMPARE(valueOf(vibo.learningPerMonth, month, 1), qint64(5));
    QCOMPARE(valueOf(vibo.learningPerMonth, month, 0), qint64(0));
    // One clerk in Vibo who has sent nothing yet; the region's officer is no desk account.
    QCOMPARE(vibo.syncHealth.categories, QStringList {u"Vibo Valentia"_s});
    QCOMPARE(valueOf(vibo.syncHealth, u"Vibo Valentia"_s, 0), qint64(1));
    QCOMPARE(valueOf(vibo.syncHealth, u"Vibo Valentia"_s, 1), qint64(1));
    QVERIFY2(vibo.syncSummary.contains(u"never"_s), qPrintable(vibo.syncSummary));
}

void tst_RegionalFigures::theRegionReadsNoPersonalRowAndDesksNoRegionalView()
{
    const auto denied = [this](const QString &user, const QString &sql) {
        Central::Failure failure;
        QString error;
        bool refused = false;
        if (Central::open(u"probe"_s, m_central->conninfo(user), CentralFixture::password(),
                          &failure, &error)) {
            QSqlQuery query(QSqlDatabase::database(u"probe"_s));
            refused = !query.exec(sql) && query.lastError().text().contains(u"permission denied"_s);
        }
        Central::close(u"probe"_s);
        return refused;
    };
    for (const QString &table :
         {u"sportello.citizen"_s, u"sportello.social_case"_s, u"sportello.nursery_application"_s,
          u"sportello.staff"_s, u"sync.change_log"_s})
        QVERIFY2(denied(kRegion, u"SELECT count(*) FROM "_s + table), qPrintable(table));
    QVERIFY(!denied(kRegion, u"SELECT count(*) FROM region.open_cases"_s));
    QVERIFY(denied(kClerk, u"SELECT count(*) FROM region.open_cases"_s));
    QVERIFY(denied(kClerk, u"SELECT count(*) FROM region.sync_health"_s));
}

void tst_RegionalFigures::theCommandLinePrintsTheFiguresAsJson()
{
    if (Test::cliProgram().isEmpty())
        QSKIP("SPORTELLO_CLI is not set");
    const QByteArray saved = qgetenv("PGPASSWORD");
    qputenv("PGPASSWORD", CentralFixture::password().toUtf8());
    const Test::CliRun run
        = Test::runCli({u"central"_s, u"figures"_s, u"--central"_s, m_central->conninfo(kRegion),
                        u"--municipality"_s, kVibo, u"--json"_s});
    const Test::CliRun clerk
        = Test::runCli({u"central"_s, u"figures"_s, u"--central"_s, m_central->conninfo(kClerk)});
    const Test::CliRun bad
        = Test::runCli({u"central"_s, u"figures"_s, u"--central"_s, m_central->conninfo(kRegion),
                        u"--municipality"_s, u"Vibo"_s});
    qputenv("PGPASSWORD", saved);

    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(u"municipality"_s).toString(), kVibo);
    const QJsonObject status
        = root.value(u"figures"_s).toObject().value(u"open_cases_by_status"_s).toObject();
    const QJsonObject set = status.value(u"sets"_s).toArray().at(0).toObject();
    QCOMPARE(set.value(u"name"_s).toString(), u"Open cases"_s);
    const QJsonArray cases = set.value(u"values"_s).toArray();
    const qsizetype intake
        = status.value(u"categories"_s).toVariant().toStringList().indexOf(u"Intake"_s);
    QVERIFY(intake >= 0);
    QVERIFY(cases.at(intake).isNull()); // suppressed: null, not a number
    QCOMPARE(clerk.exitCode, 2);
    QVERIFY2(clerk.err.contains("permission denied"), clerk.err.constData());
    QCOMPARE(clerk.err.count('\n'), 1);
    QCOMPARE(bad.exitCode, 2);
}

void tst_RegionalFigures::theDashboardShowsTheRegionToItsOfficersOnly()
{
    TestDatabase desk;
    QVERIFY2(desk.isValid(), qPrintable(desk.error()));
    const Central::Endpoint endpoint = m_central->endpoint();

    DashboardPanel panel(desk.path(), TestDatabase::clerk(), endpoint);
    QSignalSpy loaded(&panel, &DashboardPanel::loaded);
    QSignalSpy failed(&panel, &DashboardPanel::failed);
    panel.resize(1200, 900);
    panel.show();
    QVERIFY(loaded.wait(10000)); // this desk's figures first
    QVERIFY(panel.findChild<QPushButton *>(u"dashboardRegional"_s)->isVisible());
    loaded.clear();

    panel.openRegionalView(kRegion, CentralFixture::password());
    QVERIFY(loaded.wait(10000));
    QStringList scopes;
    for (int i = 0; i < panel.scope()->count(); ++i)
        scopes << panel.scope()->itemText(i);
    QCOMPARE(scopes.mid(1),
             (QStringList {u"Region: all municipalities"_s, u"Region: Firenze"_s,
                           u"Region: Vibo Valentia"_s}));
    auto *status = panel.findChild<DashboardChart *>(u"openCasesByStatus"_s);
    QVERIFY(status->isVisible()); // the region sees the case figures, aggregated
    QCOMPARE(valueOf(status->figure(), u"Intake"_s), qint64(7));

    loaded.clear();
    panel.scope()->setCurrentIndex(3); // Vibo Valentia
    QVERIFY(loaded.wait(10000));
    QCOMPARE(valueOf(status->figure(), u"Intake"_s), std::nullopt);
    auto *note = status->findChild<QLabel *>(u"openCasesByStatusNote"_s);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"1 to 4"_s), qPrintable(note->text()));

    // A municipal login is refused by the region's grants, with a sentence that says why.
    panel.openRegionalView(kClerk, CentralFixture::password());
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.constLast().constFirst().toString().contains(u"sportello_region"_s),
             qPrintable(failed.constLast().constFirst().toString()));
    QCOMPARE(panel.scope()->count(), 1); // back to this desk's figures only
    QVERIFY(panel.scope()->currentText().startsWith(u"This desk"_s));
}

QTEST_MAIN(tst_RegionalFigures)
#include "tst_regionalfigures.moc"
