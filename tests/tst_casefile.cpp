#include "models/casework/casefile.h"
#include "models/casework/catalogue.h"
#include "models/casework/caserepository.h"
#include "models/db/database.h"
#include "models/registry/citizenrepository.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;
using namespace Sportello::Casework;

namespace {

const Session kWorker {u"s.greco"_s, u"Sara Greco"_s, Role::SocialWorker, u"102047"_s};
const QDate kToday = QDate::currentDate();

Plan aPlan()
{
    return Plan {
        QString(),
        kToday.addDays(-10),
        u"municipal"_s,
        u"Trovare una casa e un lavoro"_s,
        kToday.addMonths(3),
        {PlanAction {QString(), u"Iscrizione al Centro per l'Impiego"_s, Responsible::Citizen,
                     QString(), kToday.addDays(7), QDate(), ActionStatus::Open},
         PlanAction {QString(), u"Domanda di contributo affitto"_s, Responsible::Service,
                     u"Servizio sociale"_s, kToday.addDays(14), kToday.addDays(30),
                     ActionStatus::Open}}};
}

} // namespace

// The content of a case file: assessments, plan and actions, referral, interventions,
// documents and members, each checked before it is written, written whole, and never on a
// closed case.
class TestCaseFile : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_citizen;
    QString m_case;

    int events() const
    {
        QSqlQuery q(u"SELECT count(*) FROM case_event"_s, Db::connection(m_db->path()));
        return q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_citizen = m_db->addMarioRossi();
        QString error;
        CaseRequest r;
        r.citizenId = m_citizen;
        r.receivedAt = QDateTime::currentDateTimeUtc().addDays(-20);
        r.summary = u"Sfratto"_s;
        r.needArea = NeedArea::Housing;
        CaseRepository cases(m_db->path());
        QVERIFY(cases.recordRequest(TestDatabase::clerk(), &r, &error));
        SocialCase opened;
        QVERIFY(cases.openCase(kWorker, r.id, kWorker.username, &opened, &error));
        m_case = opened.id;
    }

    void cleanup() { m_db.reset(); }

    void assessments_data()
    {
        QTest::addColumn<Assessment>("assessment");
        QTest::addColumn<QString>("expected"); // empty = accepted
        const Assessment ok {QString(), Assessment::Kind::Preliminary,
                             kToday,    {{NeedArea::Housing, 4}, {NeedArea::Work, 2}},
                             QString(), u"Sfratto esecutivo"_s,
                             QString()};
        Assessment future = ok;
        future.assessedOn = kToday.addDays(1);
        Assessment noScores = ok;
        noScores.scores.clear();
        Assessment badScore = ok;
        badScore.scores[NeedArea::Income] = 7;
        Assessment noSummary = ok;
        noSummary.summary = u" "_s;
        Assessment teamAlone = ok;
        teamAlone.kind = Assessment::Kind::Team;
        Assessment team = teamAlone;
        team.team = u"Assistente sociale, operatore CPI, psicologa ASP"_s;
        QTest::newRow("preliminary") << ok << QString();
        QTest::newRow("team") << team << QString();
        QTest::newRow("future") << future << u"future"_s;
        QTest::newRow("no scores") << noScores << u"Score at least one"_s;
        QTest::newRow("score out of range") << badScore << u"from 0 to 4"_s;
        QTest::newRow("no conclusions") << noSummary << u"conclusions"_s;
        QTest::newRow("team without members") << teamAlone << u"who took part"_s;
    }

    void assessments()
    {
        QFETCH(Assessment, assessment);
        QFETCH(QString, expected);
        CaseFile file(m_db->path(), m_case);
        QString error;
        const int before = events();
        QCOMPARE(file.addAssessment(kWorker, &assessment, &error), expected.isEmpty());
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(file.assessments().size(), expected.isEmpty() ? 1 : 0);
        QCOMPARE(events(), before + (expected.isEmpty() ? 1 : 0));
        if (expected.isEmpty())
            QCOMPARE(file.assessments().first().scores, assessment.scores);
    }

    void planAndItsRevision()
    {
        CaseFile file(m_db->path(), m_case);
        Plan plan = aPlan();
        QString error;
        QVERIFY2(file.savePlan(kWorker, &plan, &error), qPrintable(error));
        QCOMPARE(file.plan()->actions.size(), 2);
        QCOMPARE(file.plan()->actions.at(1).responsibleName, u"Servizio sociale"_s);

        plan.actions[0].status = ActionStatus::Done;
        plan.actions.removeAt(1);
        plan.actions << PlanAction {
            QString(),          u"Tirocinio"_s, Responsible::External, u"Cooperativa Sole"_s,
            kToday.addDays(40), QDate(),        ActionStatus::Open};
        QVERIFY2(file.savePlan(kWorker, &plan, &error), qPrintable(error));
        const Plan stored = *file.plan();
        QCOMPARE(stored.id, plan.id);
        QCOMPARE(stored.actions.size(), 2);
        QCOMPARE(stored.actions.first().status, ActionStatus::Done);
        QCOMPARE(stored.actions.last().description, u"Tirocinio"_s);
    }

    void planProblems_data()
    {
        QTest::addColumn<Plan>("plan");
        QTest::addColumn<QString>("expected");
        Plan noGoals = aPlan();
        noGoals.goals.clear();
        Plan reviewFirst = aPlan();
        reviewFirst.reviewOn = reviewFirst.agreedOn.addDays(-1);
        Plan dueFirst = aPlan();
        dueFirst.actions[0].dueOn = dueFirst.agreedOn.addDays(-3);
        Plan nobody = aPlan();
        nobody.actions[1].responsibleName.clear();
        Plan emptyAction = aPlan();
        emptyAction.actions[0].description.clear();
        QTest::newRow("no goals") << noGoals << u"goals"_s;
        QTest::newRow("review before agreement") << reviewFirst << u"review date"_s;
        QTest::newRow("action due before agreement") << dueFirst << u"due before"_s;
        QTest::newRow("service unnamed") << nobody << u"which service"_s;
        QTest::newRow("action without description") << emptyAction << u"description"_s;
    }

    void planProblems()
    {
        QFETCH(Plan, plan);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!CaseFile(m_db->path(), m_case).savePlan(kWorker, &plan, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!CaseFile(m_db->path(), m_case).plan());
    }

    void referralToTheEmploymentCentre()
    {
        CaseFile file(m_db->path(), m_case);
        Referral r {QString(),
                    m_citizen,
                    u"Centro per l'Impiego di Vibo Valentia"_s,
                    kToday.addDays(-5),
                    QDate(),
                    ReferralOutcome::Pending,
                    QDate()};
        QString error;
        QVERIFY2(file.saveReferral(kWorker, &r, &error), qPrintable(error));
        r.outcome = ReferralOutcome::PactSigned;
        r.outcomeOn = kToday;
        QVERIFY(!file.saveReferral(kWorker, &r, &error)); // the pact's date is missing
        QVERIFY(error.contains(u"service pact"_s));
        r.pactSignedOn = kToday.addDays(-6);
        QVERIFY(!file.saveReferral(kWorker, &r, &error)); // before the referral
        r.pactSignedOn = kToday;
        QVERIFY2(file.saveReferral(kWorker, &r, &error), qPrintable(error));
        QCOMPARE(file.referrals().size(), 1);
        QCOMPARE(file.referrals().first().outcome, ReferralOutcome::PactSigned);
    }

    void interventionsFromTheCatalogue()
    {
        const QList<InterventionType> catalogue = Catalogue::active(m_db->path());
        QVERIFY(catalogue.size() >= 20);
        CaseFile file(m_db->path(), m_case);
        Intervention rent {QString(),
                           u"AFFITTO"_s,
                           kToday,
                           kToday.addMonths(6),
                           -1,
                           u"Comune"_s,
                           InterventionStatus::Active};
        QString error;
        QVERIFY(!file.saveIntervention(kWorker, &rent, &error));
        QVERIFY(error.contains(u"amount"_s));
        rent.amountCents = 150000;
        QVERIFY2(file.saveIntervention(kWorker, &rent, &error), qPrintable(error));
        Intervention care {QString(),
                           u"SAD"_s,
                           kToday,
                           kToday.addDays(-1),
                           -1,
                           QString(),
                           InterventionStatus::Planned};
        QVERIFY(!file.saveIntervention(kWorker, &care, &error));
        QVERIFY(error.contains(u"ends before it starts"_s));
        care.endsOn = QDate();
        care.amountCents = 100;
        QVERIFY(!file.saveIntervention(kWorker, &care, &error));
        QVERIFY(error.contains(u"has no amount"_s));
        Intervention unknown {
            QString(), u"NONE"_s, kToday, QDate(), -1, QString(), InterventionStatus::Planned};
        QVERIFY(!file.saveIntervention(kWorker, &unknown, &error));
        QCOMPARE(file.interventions().size(), 1);
        QCOMPARE(file.interventions().first().amountCents, 150000);
    }

    void documentsAndMembers()
    {
        CaseFile file(m_db->path(), m_case);
        Attachment doc {QString(), u"sfratto.pdf"_s, u"Atto giudiziario"_s, kToday};
        QString error;
        QVERIFY(file.addAttachment(kWorker, &doc, &error));
        Attachment nameless {QString(), QString(), u"x"_s, kToday};
        QVERIFY(!file.addAttachment(kWorker, &nameless, &error));
        CaseMember member {QString(), m_citizen, u"head"_s};
        QVERIFY(file.addMember(kWorker, &member, &error));
        QVERIFY(!file.addMember(kWorker, &member, &error)); // twice
        CaseMember stranger {QString(), u"nobody"_s, u"child"_s};
        QVERIFY(!file.addMember(kWorker, &stranger, &error));
        QCOMPARE(file.attachments().size(), 1);
        QCOMPARE(file.members().size(), 1);
    }

    void onlySocialWorkersAndOnlyOpenCases()
    {
        CaseFile file(m_db->path(), m_case);
        Plan plan = aPlan();
        QString error;
        QVERIFY(!file.savePlan(TestDatabase::clerk(), &plan, &error));
        QVERIFY(error.contains(u"social workers"_s));
        QVERIFY(CaseRepository(m_db->path())
                    .transition(kWorker, m_case, CaseStatus::Closed, u"trasferito"_s,
                                QDateTime::currentDateTimeUtc(), &error));
        QVERIFY(!file.savePlan(kWorker, &plan, &error));
        QVERIFY(error.contains(u"closed"_s));
    }
};

QTEST_GUILESS_MAIN(TestCaseFile)
#include "tst_casefile.moc"
