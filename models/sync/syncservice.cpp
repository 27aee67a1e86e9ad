#include "models/sync/syncservice.h"

#include "models/access/staffrepository.h"
#include "models/db/database.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Sportello {

namespace {

const QString kConnection = u"sportello-background-sync"_s;

} // namespace

SyncWorker::SyncWorker(const QString &dbPath, const Central::Endpoint &endpoint,
                       const QString &username, const QString &password)
    : m_path(dbPath)
    , m_endpoint(endpoint)
    , m_username(username)
    , m_password(password)
{ }

void SyncWorker::runCycle()
{
    SyncReport report;
    // A fresh connection per cycle: a link that dropped is simply opened again.
    if (!Central::open(kConnection, m_endpoint.conninfo(m_username), m_password, &report.failure,
                       &report.error)) {
        // The region no longer takes this password: neither does the desk, offline.
        if (Central::isWrongPassword(report.error))
            StaffRepository(m_path).forgetRefusedPassword(m_username, m_password);
    } else {
        SyncEngine engine(m_path, kConnection);
        engine.setCancelFlag(&stopping);
        report = engine.run([this](const SyncEngine::Progress &p) {
            emit progress(int(p.stage), p.done, p.total);
        });
    }
    Central::close(kConnection);
    emit finished(report);
}

void SyncWorker::shutDown()
{
    Central::close(kConnection);
    Db::closeConnection(m_path);
}

SyncService::SyncService(const QString &dbPath, const Central::Endpoint &endpoint,
                         const QString &username, const QString &password, int intervalMinutes,
                         QObject *parent)
    : QObject(parent)
    , m_worker(new SyncWorker(dbPath, endpoint, username, password))
    , m_timer(new QTimer(this))
    , m_interval(intervalMinutes * 60 * 1000)
{
    qRegisterMetaType<Sportello::SyncReport>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::progress, this, &SyncService::progress);
    connect(m_worker, &SyncWorker::finished, this, &SyncService::onFinished);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncService::syncNow);
    m_thread.setObjectName(u"sync"_s);
    m_thread.start();
}

SyncService::~SyncService()
{
    m_timer->stop();
    // A running cycle stops at its next step (every step is a transaction); then the
    // worker closes its connections.
    m_worker->stopping = true;
    QMetaObject::invokeMethod(m_worker, &SyncWorker::shutDown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncService::start()
{
    syncNow();
}

void SyncService::syncNow()
{
    if (m_running)
        return;
    m_running = true;
    m_timer->stop();
    emit cycleStarted();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::runCycle, Qt::QueuedConnection);
}

void SyncService::onFinished(const SyncReport &report)
{
    m_running = false;
    m_lastReport = report;
    if (report.completed) {
        m_failures = 0;
        m_lastSuccess = QDateTime::currentDateTime();
        m_timer->start(m_interval);
    } else {
        // Offline: try again soon, then less often (30 s, 1, 2, 4 min... up to the interval).
        ++m_failures;
        m_timer->start(qMin(m_interval, 30'000 << qMin(m_failures - 1, 6)));
    }
    emit cycleFinished(report);
}

} // namespace Sportello
