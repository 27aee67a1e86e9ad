#include "models/nursery/rankingmodel.h"
#include "nurseryfixture.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;
using namespace Sportello::Nursery;

// The ranking as the coordinator's table shows it, checked as a Qt item model.
class TestRankingModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsFiltersAndStanding()
    {
        RoundData data;
        data.round.rules = Test::workedRules();
        data.applications = Test::workedApplications();
        RankingModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setRound(EvaluatedRound::of(data));
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.index(8, RankingModel::ProtocolColumn).data().toString(), u"2025-004"_s);
        QCOMPARE(model.index(8, RankingModel::LateColumn).data().toString(), u"yes"_s);
        QCOMPARE(model.index(0, RankingModel::ScoreColumn).data().toString(), u"20.030"_s);
        QCOMPARE(model.index(0, RankingModel::ChildColumn).data().toString(), u"Greco Sofia"_s);
        QCOMPARE(model.index(2, RankingModel::StatusColumn).data().toString(),
                 u"Placed at preference 1"_s); // 2025-001's second row
        QCOMPARE(model.index(6, RankingModel::StatusColumn).data().toString(), u"Waiting"_s);

        model.setFilter(1); // grandi
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, RankingModel::PositionColumn).data().toInt(), 1);
        model.setFilter(0, 1); // piccoli at B
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.find(u"romano"_s), 3); // 2025-005 Romano Anna, by name
        QCOMPARE(model.find(u"2025-999"_s), -1);

        // An offer refused: the row says so, the application leaves (first choice).
        data.offers = {{u"o1"_s, u"id-2025-003"_s, u"B"_s, 1, OfferStatus::Refused, {}, {}, {}}};
        model.setRound(EvaluatedRound::of(data));
        QCOMPARE(model.index(0, RankingModel::StatusColumn).data().toString(),
                 u"Off the list after refusing"_s);
        model.setRound(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRankingModel)
#include "tst_rankingmodel.moc"
