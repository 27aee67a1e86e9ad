#include "widgets/shell/datastatus.h"

#include "models/db/localstate.h"
#include "models/registry/municipalities.h"

#include <QFileInfo>
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
    parts << tr("Local database: %1").arg(QFileInfo(m_dbPath).fileName());
    if (m_demo)
        parts << tr("DEMO DATA (invented people)");
    parts << tr("%n change(s) waiting to be sent to the region", nullptr, int(m_pending));
    parts << tr("Municipality of %1").arg(Municipalities::nameOf(m_session.municipality));
    setText(parts.join(u"  ·  "_s));
    setToolTip(m_dbPath);
}

} // namespace Sportello
