#include "models/access/auditdetail.h"
#include "models/access/auditlog.h"
#include "models/casework/casefile.h"
#include "models/casework/casereports.h"
#include "models/casework/caserepository.h"
#include "models/db/database.h"
#include "models/registry/citizenrepository.h"
#include "models/registry/fiscalcode.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;
using namespace Sportello::Casework;

namespace {

const Session kWorker {u"s.greco"_s, u"Sara Greco"_s, Role::SocialWorker, u"102047"_s};
const QByteArray kKey = "chiave-tenuta-a-parte-2026";

} // namespace

// Reports, the caseload export and the pseudonymised statistical extract.
class TestCaseReports : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QStringList m_people;

    QString person(int i) const
    {
        Citizen c;
        c.surname = u"Calabrese"_s;
        c.givenNames
            = QStringList({u"Anna"_s, u"Bruno"_s, u"Carla"_s, u"Dario"_s, u"Elena"_s, u"Franco"_s})
                  .at(i);
        c.sex = i % 2 ? u'M' : u'F';
        c.birthDate = QDate(1980 + i, 3, 1 + i);
        c.birthPlaceCode = u"F537"_s;
        c.fiscalCode
            = FiscalCode::compute({c.surname, c.givenNames, c.sex, c.birthDate, u"F537"_s});
        QString error;
        if (!CitizenRepository(m_db->path()).create(TestDatabase::clerk(), &c, &error))
            qFatal("%s", qPrintable(error));
        return c.id;
    }

    QString openCase(const QString &citizen, NeedArea area)
    {
        CaseRequest r;
        r.citizenId = citizen;
        r.receivedAt = QDateTime::currentDateTimeUtc();
        r.summary = u"Richiesta"_s;
        r.needArea = area;
        QString error;
        CaseRepository cases(m_db->path());
        SocialCase c;
        if (!cases.recordRequest(TestDatabase::clerk(), &r, &error)
            || !cases.openCase(kWorker, r.id, kWorker.username, &c, &error))
            qFatal("%s", qPrintable(error));
        return c.id;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_people.clear();
        for (int i = 0; i < 6; ++i)
            m_people << person(i);
    }

    void cleanup() { m_db.reset(); }

    void statisticsByStatusAreaAndMonth()
    {
        for (const QString &p : std::as_const(m_people))
            openCase(p, NeedArea::Income);
        const QString housing = openCase(m_people.first(), NeedArea::Housing);
        QString error;
        CaseRepository cases(m_db->path());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(cases.transition(kWorker, housing, CaseStatus::Assessment, u"colloquio"_s, now,
                                 &error));
        Assessment a {QString(),
                      Assessment::Kind::Preliminary,
                      QDate::currentDate(),
                      {{NeedArea::Housing, 3}},
                      QString(),
                      u"ok"_s,
                      QString()};
        Plan plan {QString(),
                   QDate::currentDate(),
                   u"municipal"_s,
                   u"casa"_s,
                   QDate::currentDate().addMonths(2),
                   {}};
        QVERIFY(CaseFile(m_db->path(), housing).addAssessment(kWorker, &a, &error));
        QVERIFY(CaseFile(m_db->path(), housing).savePlan(kWorker, &plan, &error));
        QVERIFY2(cases.transition(kWorker, housing, CaseStatus::ActivePlan, u"patto"_s,
                                  QDateTime::currentDateTimeUtc(), &error),
                 qPrintable(error));

        const QDate today = QDate::currentDate();
        const CaseStatistics s = caseStatistics(m_db->path(), today.addMonths(-2), today);
        QCOMPARE(s.byStatus.value(CaseStatus::Intake), 6);
        QCOMPARE(s.byStatus.value(CaseStatus::ActivePlan), 1);
        QCOMPARE(s.byArea.value(NeedArea::Income), 6);
        QCOMPARE(s.byArea.value(NeedArea::Housing), 1);
        QCOMPARE(s.perMonth.size(), 3);
        QCOMPARE(s.perMonth.last().first, today.toString(u"yyyy-MM"_s));
        QCOMPARE(s.perMonth.last().second.first, 7);
        QCOMPARE(s.casesWithPlan, 1);
        QCOMPARE(s.averageDaysToPlan, 0.0);
    }

    void caseloadExportIsAudited()
    {
        openCase(m_people.at(0), NeedArea::Work);
        const QByteArray csv = caseloadCsv(m_db->path(), kWorker, kWorker.username);
        QVERIFY(csv.startsWith("case,surname,given_names,fiscal_code,status"));
        QVERIFY(csv.contains("Calabrese,Anna"));
        const auto events = AuditLog::events(Db::connection(m_db->path()), QString(), QString(), 5);
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const AuditLog::Event &e) {
            return e.action == AuditLog::Action::Export;
        }));
    }

    void statisticalExtractIsPseudonymisedAndSuppressed()
    {
        // Five people with an income case each, and Anna with four more: one cell of 9
        // cases and 5 persons; a housing cell of one case.
        for (const QString &p : m_people.mid(0, 5))
            openCase(p, NeedArea::Income);
        for (int i = 0; i < 4; ++i)
            openCase(m_people.first(), NeedArea::Income);
        openCase(m_people.last(), NeedArea::Housing);
        // All in one sex and age band, so the cells are need area and state alone.
        QSqlQuery q(Db::connection(m_db->path()));
        QVERIFY(q.exec(u"UPDATE citizen SET sex = 'F', birth_date = '1985-01-01'"_s));

        const QDate today = QDate::currentDate();
        QByteArray csv;
        QString error;
        QVERIFY(!statisticalExtract(m_db->path(), kWorker, "short", today.addDays(-1), today, &csv,
                                    &error));
        QVERIFY(error.contains(u"16 bytes"_s));
        QVERIFY2(
            statisticalExtract(m_db->path(), kWorker, kKey, today.addDays(-1), today, &csv, &error),
            qPrintable(error));
        const QStringList lines = QString::fromUtf8(csv).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), u"need_area,status,sex,age_band,cases,persons"_s);
        QVERIFY2(lines.contains(u"income,intake,F,30-44,9,5"_s), qPrintable(lines.join(u'|')));
        QVERIFY(lines.contains(u"housing,intake,F,30-44,<5,<5"_s));
        QVERIFY(!csv.contains("Calabrese"));
        QVERIFY(!csv.contains("CLB"));
        const auto events = AuditLog::events(Db::connection(m_db->path()), QString(), QString(), 5);
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const AuditLog::Event &e) {
            return e.action == AuditLog::Action::Export
                && AuditLog::describe(e.detail).startsWith(u"Statistical extract from"_s);
        }));
    }
};

QTEST_GUILESS_MAIN(TestCaseReports)
#include "tst_casereports.moc"
