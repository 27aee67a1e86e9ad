#include "widgets/sync/syncindicator.h"

#include "models/sync/syncservice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Sportello {

SyncIndicator::SyncIndicator(SyncService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_state(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_syncNow(new QToolButton(this))
{
    setObjectName(u"syncIndicator"_s);
    m_state->setObjectName(u"syncState"_s);
    m_state->setTextFormat(Qt::RichText);
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_syncNow->setObjectName(u"syncNowButton"_s);
    m_syncNow->setText(tr("Sync now"));
    m_syncNow->setToolTip(tr("Send and receive changes with the regional database now"));
    m_syncNow->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(m_progress);
    layout->addWidget(m_syncNow);
    connect(m_state, &QLabel::linkActivated, this, &SyncIndicator::conflictsRequested);

    if (!m_service) {
        m_status = tr("Regional database not configured: this desk works on its own");
        m_syncNow->hide();
    } else {
        m_status = tr("Region: connecting…");
        connect(m_syncNow, &QToolButton::clicked, m_service, &SyncService::syncNow);
        connect(m_service, &SyncService::cycleStarted, this, &SyncIndicator::onStarted);
        connect(m_service, &SyncService::progress, this, &SyncIndicator::onProgress);
        connect(m_service, &SyncService::cycleFinished, this, &SyncIndicator::onFinished);
    }
    updateText();
}

void SyncIndicator::setOpenConflicts(int count)
{
    m_conflicts = count;
    updateText();
}

QString SyncIndicator::stateText() const
{
    return m_state->text();
}

void SyncIndicator::onStarted()
{
    m_status = tr("Region: syncing…");
    m_syncNow->setEnabled(false);
    updateText();
}

void SyncIndicator::onProgress(int stage, qint64 done, qint64 total)
{
    // Only a long pull deserves a bar; a few rows come and go unnoticed.
    const bool show = stage == int(SyncEngine::Progress::Stage::Pull) && total > 1000;
    m_progress->setVisible(show);
    if (show) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * done / qMax<qint64>(total, 1)));
        m_status = tr("Region: receiving %1 of %2 changes…")
                       .arg(QLocale().toString(done), QLocale().toString(total));
        updateText();
    }
}

void SyncIndicator::onFinished(const SyncReport &report)
{
    m_progress->hide();
    m_syncNow->setEnabled(true);
    const QString pending = tr("%Ln change(s) to send", nullptr, int(report.pending));
    if (report.completed) {
        m_status
            = tr("Region: online, synced at %1").arg(m_service->lastSuccess().toString(u"HH:mm"_s));
    } else if (report.failure == Central::Failure::Unreachable) {
        const QString last = m_service->lastSuccess().isValid()
            ? tr("last sync at %1").arg(m_service->lastSuccess().toString(u"dd/MM HH:mm"_s))
            : tr("never synced");
        m_status = tr("Region: offline (%1), retrying soon · %2").arg(last, pending);
    } else {
        m_status = tr("Region: not synced · %1").arg(report.error);
    }
    setToolTip(report.error);
    updateText();
}

void SyncIndicator::updateText()
{
    QString text = m_status.toHtmlEscaped();
    if (m_conflicts > 0) {
        text += u" · <a href=\"conflicts\">"_s
            + tr("%Ln change(s) to check", nullptr, m_conflicts).toHtmlEscaped() + u"</a>"_s;
    }
    m_state->setText(text);
}

} // namespace Sportello
