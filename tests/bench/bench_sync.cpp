// Sync throughput against a real local PostgreSQL (run under pg_virtualenv): the initial pull
// of 200,000 citizens beside the two-tool baseline, `psql \copy` of the same rows and the
// sqlite3 shell's .import of them into the same table (DESIGN.md §5: pull >= 50% of it),
// the push of 10,000 mutations, and how long the GUI thread waits while the background
// service pushes. One JSON line per figure.
#include "benchreport.h"
#include "centralfixture.h"
#include "models/db/database.h"
#include "models/sync/syncservice.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Sportello;

namespace {

constexpr int kPullRows = 200'000;
constexpr int kPushRows = 10'000;


const QString kColumns = u"id, municipality, fiscal_code, surname, given_names, sex, birth_date, "
                         "birth_place_code, address, phone, email, row_version, updated_at, "
                         "updated_by, deleted"_s;

// 10,000 changes made on the desk by the benchmark's own login (a change is sent only
// under its author's login), captured by the triggers.
void touchPhones(const QString &deskPath, const QString &prefix)
{
    QSqlDatabase db = Db::connection(deskPath);
    db.transaction();
    QSqlQuery update(db);
    update.prepare(u"UPDATE citizen SET phone = ? || substr(id, 1, 6), updated_by = 'bench' "
                   "WHERE id IN (SELECT id FROM citizen LIMIT %1)"_s.arg(kPushRows));
    update.addBindValue(prefix);
    update.exec();
    db.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (!CentralFixture::serverAvailable())
        qFatal("run under pg_virtualenv: no PostgreSQL server");
    CentralFixture central;
    if (!central.isValid() || !central.addUser(u"bench"_s, Role::Clerk, u"102047"_s))
        qFatal("%s", qPrintable(central.error()));

    // The region already holds 200,000 citizens of the municipality.
    central.exec(u"INSERT INTO sportello.citizen (id, municipality, fiscal_code, surname, "
                 "given_names, sex, birth_date, birth_place_code, address, phone, updated_at) "
                 "SELECT gen_random_uuid(), '102047', 'RSSMRA' || lpad(g::text, 10, '0'), "
                 "'Rossi' || (g % 997), 'Maria', 'F', date '1950-01-01' + (g % 20000), 'F537', "
                 "'Via Roma ' || g, '333 ' || g, '2026-01-01T00:00:00.000Z' "
                 "FROM generate_series(1, %1) g"_s.arg(kPullRows));
    central.exec(u"VACUUM ANALYZE"_s);

    // Baseline (DESIGN.md §5), the two tools: psql \copy of the same rows, as the same login,
    // to a file, then the sqlite3 shell's .import of it into the same indexed table of a
    // desk database.
    QTemporaryDir dir;
    QProcess psql;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGPASSWORD"_s, CentralFixture::password());
    psql.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    psql.start(u"psql"_s,
               {u"-X"_s, u"-q"_s, central.conninfo(u"bench"_s), u"-c"_s,
                u"\\copy (SELECT %1 FROM sportello.citizen) TO '%2' WITH (FORMAT csv)"_s.arg(
                    kColumns, dir.filePath(u"copy.csv"_s))});
    psql.waitForFinished(-1);
    const double copyMs = double(timer.nsecsElapsed()) / 1e6;
    if (psql.exitCode() != 0)
        qFatal("psql failed: %s", psql.readAllStandardError().constData());
    double importMs = 0;
    {
        TestDatabase target;
        {
            QSqlQuery quiet(u"UPDATE sync_control SET applying = 1"_s, Db::connection(target.path()));
        }
        Db::closeConnection(target.path());
        QProcess sqlite;
        timer.restart();
        sqlite.start(u"sqlite3"_s,
                     {target.path(), u".import --csv '%1' citizen"_s.arg(dir.filePath(u"copy.csv"_s))});
        sqlite.waitForFinished(-1);
        importMs = double(timer.nsecsElapsed()) / 1e6;
        if (sqlite.exitCode() != 0)
            qFatal("sqlite3 failed: %s", sqlite.readAllStandardError().constData());
    }
    const double baselineMs = copyMs + importMs;

    TestDatabase desk;
    timer.restart();
    const SyncReport pull = central.sync(desk.path(), u"bench"_s);
    const double pullMs = double(timer.nsecsElapsed()) / 1e6;
    if (!pull.completed || pull.pulled != kPullRows)
        qFatal("pull failed: %s (%d rows)", qPrintable(pull.error), pull.pulled);
    Bench::emitLine({{u"bench"_s, u"sync_pull"_s},
              {u"n"_s, kPullRows},
              {u"median_ms"_s, pullMs},
              {u"p95_ms"_s, pullMs},
              {u"rows_per_s"_s, kPullRows / pullMs * 1000},
              {u"baseline"_s, u"psql \\copy + sqlite3 .import"_s},
              {u"baseline_ms"_s, baselineMs},
              {u"copy_ms"_s, copyMs},
              {u"import_ms"_s, importMs},
              {u"ratio_of_baseline_throughput"_s, baselineMs / pullMs},
              {u"ratio_of_copy_throughput"_s, copyMs / pullMs}});

    // Push: 10,000 changes made on the desk (captured by the triggers), sent in batches.
    touchPhones(desk.path(), u"0963 "_s);
    timer.restart();
    const SyncReport push = central.sync(desk.path(), u"bench"_s);
    const double pushMs = double(timer.nsecsElapsed()) / 1e6;
    if (!push.completed || push.pushed != kPushRows)
        qFatal("push failed: %s (%d)", qPrintable(push.error), push.pushed);
    Bench::emitLine({{u"bench"_s, u"sync_push"_s},
              {u"n"_s, kPushRows},
              {u"median_ms"_s, pushMs},
              {u"p95_ms"_s, pushMs},
              {u"mutations_per_s"_s, kPushRows / pushMs * 1000}});

    // The GUI thread while the desk's background service sends another 10,000 changes
    // (DESIGN.md §5: never blocked over 100 ms): the gaps between ticks of a 5 ms timer.
    touchPhones(desk.path(), u"0964 "_s);
    SyncService service(desk.path(), central.endpoint(), u"bench"_s, CentralFixture::password(),
                        60);
    QList<double> gaps;
    QElapsedTimer sinceTick;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] { gaps << double(sinceTick.nsecsElapsed()) / 1e6;
                                                     sinceTick.restart(); });
    QEventLoop loop;
    SyncReport background;
    QObject::connect(&service, &SyncService::cycleFinished, [&](const SyncReport &r) {
        background = r;
        loop.quit();
    });
    sinceTick.start();
    tick.start();
    service.start();
    loop.exec();
    if (!background.completed || background.pushed != kPushRows)
        qFatal("background push failed: %s (%d)", qPrintable(background.error), background.pushed);
    Bench::report(u"sync_gui_thread_tick"_s, kPushRows, gaps,
                  {{u"budget_ms"_s, 100}, {u"timer_ms"_s, 5}});
    return 0;
}
