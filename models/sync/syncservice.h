#pragma once

#include "models/sync/centralconnection.h"
#include "models/sync/syncengine.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

class QTimer;

namespace Sportello {

class SyncWorker;

// Background sync for the desk: cycles on a worker thread (its own local and central
// connections) every few minutes and on demand; retries sooner after a network failure.
// The GUI thread only receives signals.
class SyncService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncService)

public:
    SyncService(const QString &dbPath, const Central::Endpoint &endpoint, const QString &username,
                const QString &password, int intervalMinutes, QObject *parent = nullptr);
    ~SyncService() override;

    void start(); // a first cycle now, then on the timer
    void syncNow(); // ignored while a cycle runs
    bool isRunning() const { return m_running; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    const SyncReport &lastReport() const { return m_lastReport; }

signals:
    void cycleStarted();
    void progress(int stage, qint64 done, qint64 total); // stage: SyncEngine::Progress::Stage
    void cycleFinished(const Sportello::SyncReport &report);

private:
    void onFinished(const Sportello::SyncReport &report);

    QThread m_thread;
    SyncWorker *m_worker;
    QTimer *m_timer;
    int m_interval;
    int m_failures = 0;
    bool m_running = false;
    QDateTime m_lastSuccess;
    SyncReport m_lastReport;
};

// Lives on SyncService's thread.
class SyncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWorker)

public:
    SyncWorker(const QString &dbPath, const Central::Endpoint &endpoint, const QString &username,
               const QString &password);
    void runCycle();
    void shutDown();
    std::atomic<bool> stopping {false}; // set from the GUI thread to end a cycle early

signals:
    void progress(int stage, qint64 done, qint64 total);
    void finished(const Sportello::SyncReport &report);

private:
    QString m_path;
    Central::Endpoint m_endpoint;
    QString m_username;
    QString m_password;
};

} // namespace Sportello

Q_DECLARE_METATYPE(Sportello::SyncReport)
