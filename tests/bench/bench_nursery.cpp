// Ranking and allocation of a round of 100,000 applications, 150 nurseries, 3 age groups
// (DESIGN.md §5: <= 300 ms), in memory and as the desk does it from its database; plus
// the import of the applications and the load of the round. One JSON line per figure.
#include "benchreport.h"
#include "models/access/session.h"
#include "models/db/database.h"
#include "models/nursery/demoround.h"
#include "models/nursery/nurseryrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Sportello;
using namespace Sportello::Nursery;

namespace {

constexpr int kApplications = 100'000;
constexpr int kNurseries = 150;
constexpr int kRuns = 15;

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const RuleSet rules = DemoRound::rules(QDate(2025, 6, 1), kNurseries, u"102047"_s);
    QList<Application> applications = DemoRound::synthetic(rules, kApplications, 42);

    QList<double> rankMs, allocateMs, totalMs;
    RoundData data;
    data.round.rules = rules;
    data.applications = applications;
    qsizetype rows = 0;
    qsizetype admitted = 0;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        const Ranking ranking = rank(rules, applications);
        rankMs << msSince(timer);
        QElapsedTimer step;
        step.start();
        const QList<Standing> standings(applications.size());
        const Allocation allocation = allocate(rules, ranking, standings);
        allocateMs << msSince(step);
        totalMs << msSince(timer);
        rows = ranking.rows.size();
        admitted = allocation.admitted.size();
    }
    const QJsonObject shape {{u"nurseries"_s, kNurseries},
                             {u"age_groups"_s, rules.ageGroups.size()},
                             {u"rows"_s, rows},
                             {u"admitted"_s, admitted}};
    Bench::report(u"nursery_rank"_s, kApplications, rankMs, shape);
    Bench::report(u"nursery_allocate"_s, kApplications, allocateMs, shape);
    QJsonObject budget = shape;
    budget.insert(u"budget_ms"_s, 300);
    Bench::report(u"nursery_rank_and_allocate"_s, kApplications, totalMs, budget);

    if (qEnvironmentVariableIsSet("SPORTELLO_BENCH_MEMORY_ONLY"))
        return 0;

    // As the desk does it: import once, then load the round and evaluate it.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"nursery.sqlite"_s);
    QString error;
    if (!Db::open(path, &error))
        qFatal("%s", qPrintable(error));
    const Session session {u"bench"_s, u"Bench"_s, Role::Coordinator, u"102047"_s};
    NurseryRepository repository(path);
    QString roundId;
    QElapsedTimer timer;
    timer.start();
    if (!repository.importRules(session, rules, RoundState::Open, &roundId, &error)
        || !repository.importApplications(session, roundId, &applications, &error))
        qFatal("%s", qPrintable(error));
    Bench::report(u"nursery_import_applications"_s, kApplications, {msSince(timer)});

    QList<double> loadMs, evaluateMs;
    for (int run = 0; run < 5; ++run) {
        timer.start();
        const auto loaded = repository.load(roundId);
        loadMs << msSince(timer);
        timer.start();
        const RoundResult result = evaluate(*loaded);
        evaluateMs << msSince(timer);
    }
    Bench::report(u"nursery_load_round"_s, kApplications, loadMs);
    Bench::report(u"nursery_evaluate_loaded_round"_s, kApplications, evaluateMs);
    return 0;
}
