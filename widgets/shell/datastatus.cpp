#include "widgets/shell/datastatus.h"

#include "models/db/localstate.h"
#include "models/registry/municipalities.h"
#include "models/sync/waitingchanges.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Sportello {

DataStatus::DataStatus(const QString &dbPath, const Session &session, QWidget *parent)
    : QLabel(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_demo(LocalState::isDemo(dbPath))
{
    setObjectName(u"dataStatus"_s);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *timer = new QTimer(this);
    timer->start(30000);
    connect(timer, &QTimer::timeout, this, &DataStatus::refresh);
    refresh();
}

void DataStatus::refresh()
{
    m_pending = LocalState::pendingChanges(m_dbPath);
    QStringList parts;
    if (m_demo)
        parts << tr("DEMO DATA (invented people)");
    parts << tr("%n change(s) waiting to be sent to the region", nullptr, int(m_pending));
    // A shared desk: each person's changes go out under their own login. One colleague is
    // named here; several are counted, and named in the tooltip.
    const QMap<QString, qint64> waiting = LocalState::pendingByAuthor(m_dbPath);
    const QStringList others = WaitingChanges(m_dbPath).described(m_session.username);
    qint64 othersChanges = 0;
    for (auto it = waiting.cbegin(); it != waiting.cend(); ++it) {
        if (it.key() != m_session.username)
            othersChanges += it.value();
    }
    if (others.size() == 1)
        parts << others.first();
    else if (others.size() > 1)
        parts << tr("%n change(s) of colleagues wait for their next sign-in", nullptr,
                    int(othersChanges));
    parts << tr("Municipality of %1").arg(Municipalities::nameOf(m_session.municipality));
    setText(parts.join(u"  ·  "_s));
    QStringList tip {tr("Local database: %1").arg(m_dbPath)};
    tip << others;
    setToolTip(tip.join(u'\n'));
}

} // namespace Sportello
