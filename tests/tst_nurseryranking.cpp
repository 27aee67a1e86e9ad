#include "models/nursery/ranking.h"
#include "nurseryfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;
using namespace Sportello::Nursery;

namespace {

// "protocol/nursery" of each row of age group g, in ranking order.
QStringList order(const RuleSet &rules, const QList<Application> &apps, const Ranking &r, int g = 0)
{
    QStringList out;
    for (qsizetype i = r.groupStart.at(g); i < r.groupStart.at(g + 1); ++i) {
        const RankRow &row = r.rows.at(i);
        out << apps.at(row.application).protocol + u'/' + rules.nurseries.at(row.nursery).code;
    }
    return out;
}

Criterion criterion(const QString &code, double points, Scope scope = Scope::Application,
                    const QString &group = QString())
{
    return Criterion {code, u"Criterio "_s + code, Points(points * 100), group, scope};
}

} // namespace

// The graduatoria: scores per preference row, scopes, and every tie-break key.
class TestNurseryRanking : public QObject
{
    Q_OBJECT

private slots:
    // The worked example of tests/data/nursery, ranked by hand:
    //   piccoli (older first)              score     why
    //   1 2025-003/B  20030  RES + LAV + SIB (B is its first choice)
    //   2 2025-001/A  20020  RES + 2 LAV; same score both rows, A is preference 1
    //   3 2025-001/B  20020
    //   4 2025-002/A  20010  RES + LAV; ISEE 8000 before 003's missing ISEE
    //   5 2025-002/B  20010
    //   6 2025-003/A  20010  SIB does not count on a second choice
    //   7 2025-005/A     25  2 LAV + VIC at A
    //   8 2025-005/B     20
    //   9 2025-004/A  20020  late: after every on-time row whatever the score
    //   grandi (younger first): 2025-011 (born 2024-01-10) before 2025-010 (2023-05-01)
    //   2025-006 is born 2025-03-15, after every age group: excluded with the reason.
    void workedExample()
    {
        const RuleSet rules = Test::workedRules();
        const QList<Application> apps = Test::workedApplications();
        const Ranking r = rank(rules, apps);
        QCOMPARE(order(rules, apps, r, 0),
                 QStringList({u"2025-003/B"_s, u"2025-001/A"_s, u"2025-001/B"_s, u"2025-002/A"_s,
                              u"2025-002/B"_s, u"2025-003/A"_s, u"2025-005/A"_s, u"2025-005/B"_s,
                              u"2025-004/A"_s}));
        QCOMPARE(order(rules, apps, r, 1),
                 QStringList({u"2025-011/B"_s, u"2025-010/A"_s, u"2025-010/B"_s}));
        const QList<Points> scores
            = {2003000, 2002000, 2002000, 2001000, 2001000, 2001000, 2500, 2000, 2002000};
        for (int i = 0; i < scores.size(); ++i) {
            QCOMPARE(r.rows.at(i).score, scores.at(i));
            QCOMPARE(r.rows.at(i).position, i + 1);
            QCOMPARE(r.rows.at(i).late, i == 8);
        }
        QCOMPARE(r.rows.at(9).position, 1); // positions restart per age group
        const int excluded = 5;
        QCOMPARE(apps.at(excluded).protocol, u"2025-006"_s);
        QCOMPARE(r.ageGroupOf.at(excluded), -1);
        QVERIFY(r.exclusion.at(excluded).contains(u"15/03/2025"_s));
        QCOMPARE(r.rowOf(excluded, 0), -1);
        QCOMPARE(r.find(2, 0)->position, 1); // 2025-003's first choice
    }

    void explanationAddsUpToTheScore()
    {
        const RuleSet rules = Test::workedRules();
        const QList<Application> apps = Test::workedApplications();
        const Ranking r = rank(rules, apps);
        for (const RankRow &row : r.rows) {
            Points sum = 0;
            for (const ScoreLine &line : explain(rules, apps.at(row.application), row.preference))
                sum += line.points;
            QCOMPARE(sum, row.score);
        }
        const QList<ScoreLine> lines = explain(rules, apps.at(2), 0); // 2025-003 at B
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(2).code, u"SIB"_s);
        QCOMPARE(lines.at(2).label, u"Fratello frequentante"_s);
        QCOMPARE(lines.at(2).points, Points(2000));
        QCOMPARE(explain(rules, apps.at(0), 0).at(1).count, 2); // LAV*2
    }

    void scopes_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QStringList>("preferences");
        QTest::addColumn<QList<Points>>("scores"); // per preference row

        const auto app = int(Scope::Application);
        const auto named = int(Scope::NamedNursery);
        const auto first = int(Scope::NamedNurseryFirstChoice);
        const QStringList ab = {u"A"_s, u"B"_s};
        const QStringList ba = {u"B"_s, u"A"_s};
        QTest::newRow("application: every row") << app << u"X"_s << ab << QList<Points> {700, 700};
        QTest::newRow("application: count") << app << u"X*3"_s << ab << QList<Points> {2100, 2100};
        QTest::newRow("named: its row only") << named << u"X@B"_s << ab << QList<Points> {0, 700};
        QTest::newRow("named: count") << named << u"X*2@A"_s << ab << QList<Points> {1400, 0};
        QTest::newRow("named: not chosen") << named << u"X@C"_s << ab << QList<Points> {0, 0};
        QTest::newRow("first choice: is first")
            << first << u"X@B"_s << ba << QList<Points> {700, 0};
        QTest::newRow("first choice: is second") << first << u"X@B"_s << ab << QList<Points> {0, 0};
    }

    void scopes()
    {
        QFETCH(int, scope);
        QFETCH(QString, condition);
        QFETCH(QStringList, preferences);
        QFETCH(QList<Points>, scores);
        const RuleSet rules = Test::smallRules({{u"A"_s, 1}, {u"B"_s, 1}, {u"C"_s, 1}},
                                               {criterion(u"X"_s, 7, Scope(scope))});
        const QList<Application> apps = {Test::application(u"1"_s, preferences, {condition})};
        const Ranking r = rank(rules, apps);
        QCOMPARE(r.rows.size(), preferences.size());
        for (int p = 0; p < preferences.size(); ++p)
            QCOMPARE(r.find(0, p)->score, scores.at(p));
    }

    void rejectedConditionsStopCounting()
    {
        const RuleSet rules
            = Test::smallRules({{u"A"_s, 1}}, {criterion(u"X"_s, 10), criterion(u"Y"_s, 1)});
        Application a = Test::application(u"1"_s, {u"A"_s}, {u"X"_s, u"Y"_s});
        a.conditions[0].status = ConditionStatus::Validated;
        QCOMPARE(rank(rules, {a}).rows.first().score, Points(1100));
        a.conditions[0].status = ConditionStatus::Rejected;
        QCOMPARE(rank(rules, {a}).rows.first().score, Points(100));
        QCOMPARE(explain(rules, a, 0).size(), 1);
    }

    // Each key decides between two applications that differ in what it looks at (and
    // in protocol order the other way, so the fallback would say the opposite).
    void tieBreaks_data()
    {
        QTest::addColumn<QString>("chain");
        QTest::addColumn<Application>("first");
        QTest::addColumn<Application>("second");

        const QStringList a = {u"A"_s};
        const auto app = [&](const QString &protocol, const QStringList &conditions = {},
                             const QString &submitted = u"2025-04-10T09:00:00"_s,
                             const QString &birth = u"2024-06-15"_s, qint64 isee = -1) {
            return Test::application(protocol, a, conditions, submitted, birth, isee);
        };
        QTest::newRow("on_time_first beats score") << u"on_time_first,score_desc"_s << app(u"9"_s)
                                                   << app(u"1"_s, {u"W"_s}, u"2025-05-02"_s);
        QTest::newRow("score_desc") << u"score_desc"_s << app(u"9"_s, {u"W"_s}) << app(u"1"_s);
        QTest::newRow("isee_asc") << u"isee_asc"_s
                                  << app(u"9"_s, {}, u"2025-04-10"_s, u"2024-06-15"_s, 500000)
                                  << app(u"1"_s, {}, u"2025-04-10"_s, u"2024-06-15"_s, 900000);
        QTest::newRow("isee_asc: missing last")
            << u"isee_asc"_s << app(u"9"_s, {}, u"2025-04-10"_s, u"2024-06-15"_s, 9900000)
            << app(u"1"_s);
        QTest::newRow("isee_at_most: under first")
            << u"isee_at_most:10000"_s << app(u"9"_s, {}, u"2025-04-10"_s, u"2024-06-15"_s, 1000000)
            << app(u"1"_s, {}, u"2025-04-10"_s, u"2024-06-15"_s, 1000001);
        QTest::newRow("isee_at_most: missing counts above")
            << u"isee_at_most:10000"_s << app(u"9"_s, {}, u"2025-04-10"_s, u"2024-06-15"_s, 0)
            << app(u"1"_s);
        QTest::newRow("isee_at_most: both under, then score")
            << u"isee_at_most:10000,score_desc"_s
            << app(u"9"_s, {u"W"_s}, u"2025-04-10"_s, u"2024-06-15"_s, 900000)
            << app(u"1"_s, {}, u"2025-04-10"_s, u"2024-06-15"_s, 100);
        QTest::newRow("group_points_desc")
            << u"group_points_desc:work"_s << app(u"9"_s, {u"W"_s}) << app(u"1"_s, {u"H*5"_s});
        QTest::newRow("group_points_desc: same total")
            << u"score_desc,group_points_desc:work"_s << app(u"9"_s, {u"W"_s, u"H"_s})
            << app(u"1"_s, {u"H*11"_s});
        QTest::newRow("child_age older first")
            << u"child_age"_s << app(u"9"_s, {}, u"2025-04-10"_s, u"2024-02-01"_s)
            << app(u"1"_s, {}, u"2025-04-10"_s, u"2024-09-01"_s);
        QTest::newRow("submitted_asc")
            << u"submitted_asc"_s << app(u"9"_s, {}, u"2025-04-10T09:00:00"_s)
            << app(u"1"_s, {}, u"2025-04-10T09:00:01"_s);
    }

    void tieBreaks()
    {
        QFETCH(QString, chain);
        QFETCH(Application, first);
        QFETCH(Application, second);
        const RuleSet rules
            = Test::smallRules({{u"A"_s, 1}},
                               {criterion(u"W"_s, 10, Scope::Application, u"work"_s),
                                criterion(u"H"_s, 1, Scope::Application, u"home"_s)},
                               chain.split(u','));
        for (const auto &apps :
             {QList<Application> {first, second}, QList<Application> {second, first}}) {
            const Ranking r = rank(rules, apps);
            QCOMPARE(order(rules, apps, r),
                     QStringList({first.protocol + u"/A"_s, second.protocol + u"/A"_s}));
        }
        // Without the chain, protocol order decides: the opposite.
        const RuleSet none = Test::smallRules({{u"A"_s, 1}}, rules.criteria, {});
        QCOMPARE(order(none, {first, second}, rank(none, {first, second})).first(),
                 second.protocol + u"/A"_s);
    }

    void childAgeYoungerFirst()
    {
        RuleSet rules = Test::smallRules({{u"A"_s, 1}}, {}, {u"child_age"_s});
        rules.ageGroups[0].birthOrder = BirthOrder::YoungerFirst;
        const QList<Application> apps
            = {Test::application(u"1"_s, {u"A"_s}, {}, u"2025-04-10"_s, u"2024-02-01"_s),
               Test::application(u"2"_s, {u"A"_s}, {}, u"2025-04-10"_s, u"2024-09-01"_s)};
        QCOMPARE(order(rules, apps, rank(rules, apps)), QStringList({u"2/A"_s, u"1/A"_s}));
    }

    void preferenceAscOrdersRowsOfOneApplication()
    {
        const RuleSet with
            = Test::smallRules({{u"A"_s, 1}, {u"B"_s, 1}}, {}, {u"preference_asc"_s});
        const QList<Application> apps = {Test::application(u"1"_s, {u"B"_s, u"A"_s}),
                                         Test::application(u"2"_s, {u"A"_s, u"B"_s})};
        // Preference 1 rows first (1/B, 2/A by protocol), then the second choices.
        QCOMPARE(order(with, apps, rank(with, apps)),
                 QStringList({u"1/B"_s, u"2/A"_s, u"1/A"_s, u"2/B"_s}));
    }

    void withdrawnAndUnknownNurseriesAreNotRanked()
    {
        const RuleSet rules = Test::smallRules({{u"A"_s, 1}});
        Application gone = Test::application(u"1"_s, {u"A"_s});
        gone.withdrawn = true;
        const Application stale = Test::application(u"2"_s, {u"Z"_s, u"A"_s});
        const Ranking r = rank(rules, {gone, stale});
        QCOMPARE(r.rows.size(), 1);
        QVERIFY(!r.exclusion.at(0).isEmpty());
        QCOMPARE(r.rowOf(1, 0), -1);
        QCOMPARE(r.find(1, 1)->position, 1);
    }

    void whatIfShowsWhoMoves()
    {
        RuleSet rules = Test::workedRules();
        const QList<Application> apps = Test::workedApplications();
        const Ranking before = rank(rules, apps);
        rules.criteria[3].points = 20000 * 100; // VIC as heavy as residence
        const Ranking after = rank(rules, apps);
        const QList<Move> moves = movesBetween(before, after);
        // 2025-005/A (VIC at A) reaches 20020 like 2025-001 and passes it on the lower
        // ISEE: from 7th to 2nd; the five rows it passes move down one.
        const auto it = std::find_if(moves.cbegin(), moves.cend(), [&](const Move &m) {
            return apps.at(m.application).protocol == u"2025-005"_s && m.preference == 1;
        });
        QVERIFY(it != moves.cend());
        QCOMPARE(it->before, 7);
        QCOMPARE(it->after, 2);
        QCOMPARE(it->scoreAfter, Points(2000000 + 2000));
        QCOMPARE(moves.size(), 6); // 005/B, 004/A and the first row stay
        QVERIFY(movesBetween(before, before).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNurseryRanking)
#include "tst_nurseryranking.moc"
