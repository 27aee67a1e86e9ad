#include "models/nursery/applicationsmodel.h"
#include "nurseryfixture.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;
using namespace Sportello::Nursery;

// The applications list of a round, checked as a Qt item model.
class TestApplicationsModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsFilterAndStanding()
    {
        RoundData data;
        data.round.rules = Test::workedRules();
        data.applications = Test::workedApplications();
        data.applications[2].conditions[0].status = ConditionStatus::Rejected;
        ApplicationsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRound(EvaluatedRound::of(data));
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.index(0, ApplicationsModel::IseeColumn).data().toString(), u"12.000,00 €"_s);
        QCOMPARE(model.index(0, ApplicationsModel::ConditionsColumn).data().toString(),
                 u"RES, LAV×2"_s);
        QCOMPARE(model.index(2, ApplicationsModel::ConditionsColumn).data().toString(),
                 u"RES (rejected), LAV, SIB@B"_s);
        QCOMPARE(model.index(3, ApplicationsModel::SubmittedColumn).data().toString(),
                 u"03/05/2025 08:15 (late)"_s);
        QVERIFY(model.index(5, ApplicationsModel::StandingColumn)
                    .data()
                    .toString()
                    .startsWith(u"Not ranked: Born on 15/03/2025"_s));
        QCOMPARE(model.index(4, ApplicationsModel::StandingColumn).data().toString(),
                 u"Waiting: position 6 in Piccoli"_s); // 2025-003 lost its residence points
        QCOMPARE(model.index(0, ApplicationsModel::StandingColumn).data().toString(),
                 u"Within the seats: Nido Aurora"_s);

        model.setFilter(u"bianchi"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.application(0), 1);
        model.setFilter(u"2025-01"_s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(u"id-2025-011"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestApplicationsModel)
#include "tst_applicationsmodel.moc"
