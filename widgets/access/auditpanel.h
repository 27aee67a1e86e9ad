#pragma once

#include "models/access/session.h"

#include <QWidget>

class QLineEdit;
class QTableWidget;

namespace Sportello {

// The audit log for administrators. Given a fiscal code it answers a citizen's access
// request: who opened or changed their record, and when. Its export is itself audited, so
// it needs the session: without one the panel has no export.
class AuditPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPanel)

public:
    // session: who exports the log (the export is itself recorded).
    AuditPanel(const QString &dbPath, const Session &session, QWidget *parent = nullptr);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();

    QString m_dbPath;
    QLineEdit *m_filter;
    QTableWidget *m_table;
};

} // namespace Sportello
