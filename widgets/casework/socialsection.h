#pragma once

#include "models/access/session.h"

#include <QGroupBox>

class QPushButton;
class QTableView;

namespace Sportello {

namespace Casework {
class RequestListModel;
}

// The citizen record's social services: the requests recorded for the citizen and what
// became of them (case, state, worker, never its content), a new request at the desk and,
// for social workers, the way into the case file.
class SocialSection final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocialSection)

public:
    SocialSection(const QString &dbPath, const Session &session, QWidget *parent = nullptr);
    ~SocialSection() override;

    void setCitizen(const QString &citizenId);
    void newRequest();

signals:
    void changed(); // a request was recorded
    void openCase(const QString &caseId);

private:
    void reload();
    QString selectedCase() const;
    void updateButtons();

    QString m_dbPath;
    Session m_session;
    QString m_citizenId;
    Casework::RequestListModel *m_model;
    QTableView *m_table;
    QPushButton *m_new;
    QPushButton *m_open;
};

} // namespace Sportello
