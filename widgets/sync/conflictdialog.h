#pragma once

#include "models/access/session.h"
#include "models/sync/conflictstore.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Sportello {

// Changes the regional database kept aside, one at a time: this desk's version and the
// region's side by side, field by field; the person ticks which value each field keeps and
// resolves. The resolution is sent with the next sync.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    ConflictDialog(const QString &dbPath, const Session &session, QWidget *parent = nullptr);

    int openConflicts() const { return int(m_conflicts.size()); }
    // Selects a value column (1 = this desk, 2 = the region) for every field.
    void chooseAll(int column);
    void resolveCurrent();

signals:
    void resolved();

private:
    void reload();
    void showConflict(int index);
    void onItemChanged(int row, int column);

    QString m_dbPath;
    Session m_session;
    QList<SyncConflict> m_conflicts;
    QStringList m_fields;
    QListWidget *m_list;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_resolve;
    bool m_updating = false;
};

} // namespace Sportello
