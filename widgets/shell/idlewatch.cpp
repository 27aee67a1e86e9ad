#include "widgets/shell/idlewatch.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace Sportello {

namespace {

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::InputMethod:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleWatch::IdleWatch(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_interval(qMax(0, intervalMs))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleWatch::check);
    m_sinceInput.start();
    if (m_interval > 0) {
        QCoreApplication::instance()->installEventFilter(this);
        m_timer->start(m_interval);
    }
}

IdleWatch::~IdleWatch()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

bool IdleWatch::eventFilter(QObject *watched, QEvent *event)
{
    // Every event of the program passes here: only note the time, the timer does the rest.
    if (isInput(event->type())) {
        m_sinceInput.restart();
        if (!m_timer->isActive())
            m_timer->start(m_interval);
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatch::check()
{
    const qint64 idleFor = m_sinceInput.elapsed();
    if (idleFor >= m_interval)
        emit idle(); // the timer stays stopped until the next input
    else
        m_timer->start(int(m_interval - idleFor));
}

} // namespace Sportello
