#pragma once

#include "models/access/session.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace Sportello {

// The administrator's view of what the shared desk holds back from the region: changes
// waiting for their author's own sign-in (handed to a colleague when the author will not
// come back), rows of the region the desk set aside, with the reason, and citizens registered
// twice (see DuplicateCitizens), to be compared side by side and merged.
class DeskSyncView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskSyncView)

public:
    DeskSyncView(const QString &dbPath, const Session &session, QWidget *parent = nullptr);
    void reload();

signals:
    void openCitizen(const QString &citizenId); // in the citizens' panel

private:
    void handOverCurrent();
    void openDuplicate(bool local);
    void markDuplicateReviewed();

    QString m_dbPath;
    Session m_session;
    QTableWidget *m_waiting;
    QPushButton *m_handOver;
    QTableWidget *m_setAside;
    QWidget *m_duplicatesBox;
    QTableWidget *m_duplicates;
    QPushButton *m_openLocal;
    QPushButton *m_openOther;
    QPushButton *m_reviewed;
};

} // namespace Sportello
