#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Sportello {

class SyncService;
struct SyncReport;

// The status bar's account of the link with the region: online or not, last sync, changes
// waiting, conflicts to check (a link), a progress bar while a long pull runs, and
// "Sync now". Without a regional database it says the desk works on its own.
class SyncIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncIndicator)

public:
    explicit SyncIndicator(SyncService *service, QWidget *parent = nullptr);

    void setOpenConflicts(int count);
    QString stateText() const;

signals:
    void conflictsRequested();

private:
    void onStarted();
    void onProgress(int stage, qint64 done, qint64 total);
    void onFinished(const Sportello::SyncReport &report);
    void updateText();

    SyncService *m_service;
    QLabel *m_state;
    QProgressBar *m_progress;
    QToolButton *m_syncNow;
    QString m_status;
    int m_conflicts = 0;
};

} // namespace Sportello
