// Citizen search over 1,000,000 citizens (DESIGN.md §5): query latency, the GUI thread's
// longest stall while the list model works, memory after scrolling the whole list, and
// time to the first painted page of the desk. One JSON line per figure.
#include "benchreport.h"
#include "models/access/session.h"
#include "models/common/settings.h"
#include "models/db/database.h"
#include "models/registry/citizenlistmodel.h"
#include "models/registry/citizensearch.h"
#include "models/registry/demogenerator.h"
#include "widgets/shell/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;
using namespace Sportello;

namespace {

constexpr int kCitizens = 1'000'000;

void report(const QString &name, const QList<double> &ms, const QJsonObject &extra = {})
{
    Bench::report(name, kCitizens, ms, extra);
}

double rssMegabytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// The longest time the event loop of this (GUI) thread waited to run a 1 ms timer.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double late = double(m_clock.nsecsElapsed()) / 1e6;
            m_worst = std::max(m_worst, late);
            m_clock.restart();
        });
        m_clock.start();
        m_timer.start();
    }
    double worst() const { return m_worst; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_worst = 0;
};

QString ensureDatabase()
{
    QString path = qEnvironmentVariable("SPORTELLO_BENCH_DB");
    if (path.isEmpty())
        path = QDir(QCoreApplication::applicationDirPath()).filePath(u"citizens-1m.sqlite"_s);
    if (QFile::exists(path))
        return path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QElapsedTimer timer;
    timer.start();
    DemoGenerator::Options options;
    options.citizens = kCitizens;
    QString error;
    if (!DemoGenerator::create(path, options, &error))
        qFatal("cannot create the benchmark database: %s", qPrintable(error));
    Bench::emitLine({{u"bench"_s, u"demo_generate"_s},
              {u"n"_s, kCitizens},
              {u"total_ms"_s, double(timer.elapsed())}});
    return path;
}

// Realistic desk queries: surname prefixes as typed, "surname given", accents and
// apostrophes either way, whole and partial fiscal codes sampled from the data.
QStringList queries(const QSqlDatabase &db)
{
    QStringList list {u"r"_s,          u"ro"_s,        u"ros"_s,         u"ross"_s,
                      u"rossi"_s,      u"rossi m"_s,   u"rossi mario"_s, u"de luca"_s,
                      u"de luca ma"_s, u"d'amico"_s,   u"damico a"_s,    u"nicolo"_s,
                      u"Nicolò"_s,     u"cantu"_s,     u"dell'acqua"_s,  u"lo russo g"_s,
                      u"grec"_s,       u"mammoliti"_s, u"zappia ro"_s,   u"nguyen"_s};
    std::mt19937 rng(7);
    QSqlQuery sample(u"SELECT fiscal_code FROM citizen_search LIMIT 200 OFFSET 312345"_s, db);
    while (sample.next()) {
        const QString code = sample.value(0).toString();
        list << (rng() % 2 ? code : code.left(6 + int(rng() % 6)));
    }
    return list;
}

void benchQueries(const QString &path)
{
    const QSqlDatabase db = Db::connection(path);
    const QStringList texts = queries(db);
    for (int warm = 0; warm < 2; ++warm) {
        for (const QString &text : texts)
            CitizenQuery::parse(text).first(db, 50);
    }
    QList<double> first;
    QList<double> codes;
    QElapsedTimer timer;
    for (int round = 0; round < 5; ++round) {
        for (const QString &text : texts) {
            timer.start();
            const auto rows = CitizenQuery::parse(text).first(db, 50);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            (text.contains(QRegularExpression(u"\\d"_s)) ? codes : first) << ms;
        }
    }
    report(u"citizen_search_names"_s, first);
    report(u"citizen_search_fiscal_codes"_s, codes);
}

// What the panel does per keystroke: count the matches and load the first page, on the
// model's worker thread, while the GUI thread keeps running.
void benchModel(const QString &path)
{
    const QSqlDatabase db = Db::connection(path);
    const QStringList texts = queries(db);
    CitizenListModel model(path);
    QList<double> times;
    QElapsedTimer timer;
    QEventLoop loop;
    QObject::connect(&model, &CitizenListModel::pageLoaded, &loop, &QEventLoop::quit);
    QObject::connect(&model, &CitizenListModel::searchFinished, &loop, [&loop](qint64 total) {
        if (total == 0)
            loop.quit();
    });
    StallMeter stalls;
    for (int round = 0; round < 3; ++round) {
        for (const QString &text : texts) {
            timer.start();
            model.setQueryText(text);
            if (!model.isBusy()) // the same text twice in a row: search again anyway
                model.refresh();
            loop.exec();
            times << double(timer.nsecsElapsed()) / 1e6;
        }
    }
    report(u"citizen_search_count_and_first_page"_s, times,
           {{u"gui_thread_max_stall_ms"_s, stalls.worst()}});
}

void benchScroll(const QString &path)
{
    CitizenListModel model(path);
    QEventLoop loop;
    QObject::connect(&model, &CitizenListModel::searchFinished, &loop, &QEventLoop::quit);
    model.refresh();
    loop.exec();
    QObject::connect(&model, &CitizenListModel::pageLoaded, &loop, &QEventLoop::quit);
    const double before = rssMegabytes();
    QElapsedTimer timer;
    timer.start();
    QList<double> pages;
    QElapsedTimer page;
    StallMeter stalls;
    for (int row = 0; row < model.rowCount(); row += CitizenListModel::kPageSize) {
        page.start();
        if (model.citizenId(row).isEmpty())
            loop.exec();
        pages << double(page.nsecsElapsed()) / 1e6;
    }
    report(u"citizen_list_scroll_page"_s, pages,
           {{u"rows"_s, model.rowCount()},
            {u"total_ms"_s, double(timer.elapsed())},
            {u"rss_mb_before"_s, before},
            {u"rss_mb"_s, rssMegabytes()},
            {u"gui_thread_max_stall_ms"_s, stalls.worst()}});
}

void benchFirstPaint(const QString &path)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"bench.ini"_s));
    QElapsedTimer timer;
    timer.start();
    QString error;
    Db::open(path, &error);
    const Session clerk {u"bench"_s, u"Bench"_s, Role::Clerk, u"102047"_s};
    MainWindow window(path, clerk, &settings);
    window.show();
    auto *table = window.findChild<QTableView *>(u"citizenTable"_s);
    // First paint with data: the first page of the registry is in the table.
    while (table->model()->index(0, 1).data().toString() == u"…"_s
           || table->model()->rowCount() == 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    window.grab();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    report(u"gui_start_to_first_paint"_s, {ms}, {{u"rows"_s, table->model()->rowCount()}});
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString path = ensureDatabase();
    QString error;
    if (!Db::open(path, &error))
        qFatal("%s", qPrintable(error));
    benchFirstPaint(path);
    benchQueries(path);
    benchModel(path);
    benchScroll(path);
    Db::closeConnection(path);
    return 0;
}
