#include "models/casework/caseworkflow.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello::Casework;

namespace {

const QDateTime kOpened = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
const QDateTime kNow = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

SocialCase aCase(CaseStatus status, bool complex = false, const QString &worker = u"s.greco"_s)
{
    SocialCase c;
    c.id = u"c1"_s;
    c.status = status;
    c.complex = complex;
    c.assignedTo = worker;
    c.openedAt = kOpened;
    if (status == CaseStatus::Suspended)
        c.resumeStatus = CaseStatus::ActivePlan;
    return c;
}

CaseFacts ready()
{
    return {true, true, true, kOpened.addDays(10)};
}

} // namespace

// The case workflow: which steps exist, and why a step is refused.
class TestCaseWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void steps_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("allowed");
        const auto row = [](CaseStatus from, CaseStatus to, bool allowed) {
            QTest::addRow("%s -> %s", qPrintable(caseStatusId(from)), qPrintable(caseStatusId(to)))
                << int(from) << int(to) << allowed;
        };
        for (const CaseStatus from : caseStatuses()) {
            for (const CaseStatus to : caseStatuses()) {
                bool allowed = false;
                switch (from) {
                case CaseStatus::Intake:
                    allowed = to == CaseStatus::Assessment;
                    break;
                case CaseStatus::Assessment:
                    allowed = to == CaseStatus::ActivePlan;
                    break;
                case CaseStatus::ActivePlan:
                    allowed = to == CaseStatus::Monitoring;
                    break;
                case CaseStatus::Monitoring:
                    allowed = to == CaseStatus::ActivePlan;
                    break;
                case CaseStatus::Suspended:
                    allowed = to == CaseStatus::ActivePlan; // where it was
                    break;
                case CaseStatus::Closed:
                    break;
                }
                if (from != CaseStatus::Closed && from != CaseStatus::Suspended
                    && to == CaseStatus::Suspended)
                    allowed = true;
                if (from != CaseStatus::Closed && to == CaseStatus::Closed)
                    allowed = true;
                row(from, to, allowed);
            }
        }
    }

    void steps()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, allowed);
        const SocialCase c = aCase(CaseStatus(from));
        const QString problem
            = transitionProblem(c, ready(), CaseStatus(to), u"motivo"_s, kOpened.addDays(20), kNow);
        QVERIFY2(problem.isEmpty() == allowed, qPrintable(problem));
        QCOMPARE(nextStatuses(c).contains(CaseStatus(to)), allowed);
    }

    void refusals_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<bool>("complex");
        QTest::addColumn<CaseFacts>("facts");
        QTest::addColumn<QString>("expected");
        const QDateTime fine = kOpened.addDays(20);
        const int intake = int(CaseStatus::Intake);
        const int assessment = int(CaseStatus::Assessment);
        const int plan = int(CaseStatus::ActivePlan);
        QTest::newRow("empty reason")
            << intake << assessment << u"  "_s << fine << false << ready() << u"Say why"_s;
        QTest::newRow("closing without reason")
            << plan << int(CaseStatus::Closed) << QString() << fine << false << ready()
            << u"Say why the case is closed"_s;
        QTest::newRow("future date") << intake << assessment << u"ok"_s << kNow.addDays(1) << false
                                     << ready() << u"future"_s;
        QTest::newRow("before the last event")
            << intake << assessment << u"ok"_s << kOpened.addDays(5) << false << ready()
            << u"before the case's last event"_s;
        QTest::newRow("before the opening")
            << intake << assessment << u"ok"_s << kOpened.addDays(-1) << false << CaseFacts {}
            << u"before the case's last event"_s;
        QTest::newRow("no preliminary assessment")
            << assessment << plan << u"ok"_s << fine << false << CaseFacts {false, false, true, {}}
            << u"preliminary assessment"_s;
        QTest::newRow("complex without team")
            << assessment << plan << u"ok"_s << fine << true << CaseFacts {true, false, true, {}}
            << u"team assessment"_s;
        QTest::newRow("no plan") << assessment << plan << u"ok"_s << fine << false
                                 << CaseFacts {true, false, false, {}} << u"personalised plan"_s;
        QTest::newRow("closed is final") << int(CaseStatus::Closed) << intake << u"ok"_s << fine
                                         << false << ready() << u"closed"_s;
        QTest::newRow("skipping a state")
            << intake << plan << u"ok"_s << fine << false << ready() << u"cannot go from"_s;
    }

    void refusals()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QString, reason);
        QFETCH(QDateTime, at);
        QFETCH(bool, complex);
        QFETCH(CaseFacts, facts);
        QFETCH(QString, expected);
        const QString problem = transitionProblem(aCase(CaseStatus(from), complex), facts,
                                                  CaseStatus(to), reason, at, kNow);
        QVERIFY2(problem.contains(expected), qPrintable(problem));
    }

    void takingChargeNeedsAWorker()
    {
        const QString problem
            = transitionProblem(aCase(CaseStatus::Intake, false, QString()), ready(),
                                CaseStatus::Assessment, u"ok"_s, kOpened.addDays(20), kNow);
        QVERIFY(problem.contains(u"Assign"_s));
    }

    void suspensionRemembersWhereToReturn()
    {
        SocialCase c = aCase(CaseStatus::Monitoring);
        c = afterTransition(c, CaseStatus::Suspended, u"ricovero"_s, kOpened.addDays(30));
        QCOMPARE(c.status, CaseStatus::Suspended);
        QCOMPARE(c.resumeStatus, CaseStatus::Monitoring);
        QCOMPARE(nextStatuses(c), QList<CaseStatus>({CaseStatus::Monitoring, CaseStatus::Closed}));
        c = afterTransition(c, CaseStatus::Monitoring, u"dimesso"_s, kOpened.addDays(40));
        QVERIFY(!c.resumeStatus);
        c = afterTransition(c, CaseStatus::Closed, u"obiettivi raggiunti"_s, kOpened.addDays(50));
        QCOMPARE(c.closingReason, u"obiettivi raggiunti"_s);
        QCOMPARE(c.closedAt, kOpened.addDays(50));
        QVERIFY(nextStatuses(c).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCaseWorkflow)
#include "tst_caseworkflow.moc"
