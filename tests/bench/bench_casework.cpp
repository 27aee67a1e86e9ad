// The social services' desk on a large municipality's year: 100,000 citizens and 20,000
// requests (most of them cases at every stage, with their timelines, plans, notes and
// appointments), two social workers, so each has thousands of open cases (a stress: real
// caseloads are tens). What each casework view reads, where the desk reads it (DESIGN.md
// §5: the GUI thread is never blocked over 100 ms), and the statistical extract.
// One JSON line per figure.
#include "benchreport.h"
#include "models/access/session.h"
#include "models/casework/agenda.h"
#include "models/casework/casefile.h"
#include "models/casework/caselistmodel.h"
#include "models/casework/casereports.h"
#include "models/casework/caserepository.h"
#include "models/casework/democases.h"
#include "models/casework/requestlistmodel.h"
#include "models/dashboard/localfigures.h"
#include "models/db/database.h"
#include "models/registry/demogenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Sportello;
using namespace Sportello::Casework;

namespace {

constexpr int kCitizens = 100'000;
constexpr int kRequests = 20'000;
constexpr int kRuns = 15;

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

enum class Thread { Gui, Background };

// Runs `work` kRuns times and reports its timings, with where the desk runs it: reads on
// the GUI thread have its 100 ms budget; longer ones run in the background.
template<typename Work>
void measure(const QString &name, qint64 n, Thread thread, Work work, const QJsonObject &extra = {})
{
    QList<double> ms;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms << msSince(timer);
    }
    QJsonObject where = extra;
    if (thread == Thread::Gui)
        where.insert(u"gui_budget_ms"_s, 100);
    else
        where.insert(u"thread"_s, u"background"_s);
    Bench::report(name, n, ms, where);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // SPORTELLO_BENCH_DB keeps the generated database for the next run.
    QTemporaryDir dir;
    const QString kept = qEnvironmentVariable("SPORTELLO_BENCH_DB");
    const QString path = kept.isEmpty() ? dir.filePath(u"casework.sqlite"_s) : kept;
    DemoGenerator::Options options;
    options.citizens = kCitizens;
    options.extras = [](const QString &db, QString *e) {
        return DemoCases::addTo(db, 7, e, kRequests);
    };
    QString error;
    QElapsedTimer timer;
    timer.start();
    const bool reused = QFile::exists(path);
    if ((!reused && !DemoGenerator::create(path, options, &error)) || !Db::open(path, &error))
        qFatal("%s", qPrintable(error));
    const double generated = reused ? 0 : msSince(timer);
    QSqlQuery count(Db::connection(path));
    const auto rows = [&count](const QString &table) {
        count.exec(u"SELECT count(*) FROM "_s + table);
        return count.next() ? count.value(0).toLongLong() : -1;
    };
    const QJsonObject shape {{u"citizens"_s, kCitizens},
                             {u"requests"_s, rows(u"case_request"_s)},
                             {u"cases"_s, rows(u"social_case"_s)},
                             {u"events"_s, rows(u"case_event"_s)}};
    if (generated > 0)
        Bench::report(u"casework_demo_year"_s, kRequests, {generated}, shape);

    const Session worker {u"sociale"_s, u"Paolo Greco"_s, Role::SocialWorker, u"102047"_s};
    const QDate today = QDate::currentDate();
    CaseRepository cases(path);
    const qint64 open = cases.caseload(worker.username).size();

    measure(
        u"casework_statistics_year"_s, shape.value(u"cases"_s).toInteger(), Thread::Background,
        [&] { caseStatistics(path, today.addYears(-1), today); }, shape);
    // The dashboard: every figure a social worker sees (cases, nursery, libretti, sync).
    measure(
        u"dashboard_local_figures"_s, shape.value(u"cases"_s).toInteger(), Thread::Background,
        [&] { Dashboard::localFigures(path, worker, today); }, shape);
    measure(u"casework_requests_tab_90_days"_s, kRequests, Thread::Background, [&] {
        RequestListModel::rowsFor(
            path, cases.requestsSince(QDateTime::currentDateTimeUtc().addDays(-90)));
    });
    measure(u"casework_my_caseload_and_reminders"_s, open, Thread::Background,
            [&] {
                CaseListModel::rowsFor(path, cases.caseload(worker.username));
                reminders(path, worker.username, today);
            },
            {{u"open_cases_of_the_worker"_s, open}});

    // The case file with the longest timeline, as the case file view reads it.
    count.exec(u"SELECT case_id FROM case_event GROUP BY case_id ORDER BY count(*) DESC LIMIT 1"_s);
    const QString caseId = count.next() ? count.value(0).toString() : QString();
    const Session assigned {cases.find(caseId)->assignedTo, QString(), Role::SocialWorker,
                            u"102047"_s};
    measure(u"casework_open_case_file"_s, cases.timeline(caseId).size(), Thread::Gui, [&] {
        const CaseFile file(path, caseId);
        cases.find(caseId);
        cases.timeline(caseId);
        cases.notes(assigned, caseId);
        file.assessments();
        file.plan();
        file.referrals();
        file.interventions();
        file.attachments();
        file.members();
    });
    measure(u"casework_agenda_week"_s, 1, Thread::Gui, [&] {
        Agenda(path).of(worker.username, QDateTime::currentDateTimeUtc().addDays(-7),
                        QDateTime::currentDateTimeUtc());
    });
    const Session admin {u"admin"_s, QString(), Role::Admin, u"102047"_s};
    QByteArray csv;
    timer.start();
    if (!statisticalExtract(path, admin, QByteArray(32, 'k'), today.addYears(-1), today, &csv,
                            &error))
        qFatal("%s", qPrintable(error));
    Bench::report(u"casework_statistical_extract_year"_s, shape.value(u"cases"_s).toInteger(),
                  {msSince(timer)}, {{u"csv_bytes"_s, csv.size()}});
    Db::closeConnection(path);
    return 0;
}
