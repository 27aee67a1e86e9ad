#pragma once

#include "models/access/session.h"

#include <QLabel>

namespace Sportello {

// The status bar's account of the data: which local database, whether it is demo data,
// and how many changes wait to be sent to the region.
class DataStatus final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataStatus)

public:
    DataStatus(const QString &dbPath, const Session &session, QWidget *parent = nullptr);
    void refresh();
    qint64 pendingChanges() const { return m_pending; }

private:
    QString m_dbPath;
    Session m_session;
    bool m_demo = false;
    qint64 m_pending = 0;
};

} // namespace Sportello
