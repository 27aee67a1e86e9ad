#pragma once

#include "models/access/session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Sportello {

namespace Casework {
class RequestListModel;
}

// The requests recorded at the desk in a period, and what became of them. A social worker
// takes charge of one (a case assigned to a worker); a clerk sees each case's number, state
// and worker, never its content.
class RequestsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestsView)

public:
    RequestsView(const QString &dbPath, const Session &session, QWidget *parent = nullptr);
    ~RequestsView() override;

    void refresh(); // reads in the background, then emits loaded()
    Casework::RequestListModel *model() const { return m_model; }
    void takeCharge(); // of the selected request, for the chosen worker

signals:
    void openCase(const QString &caseId);
    void newRequestAsked(); // the request starts from the citizen's record
    void changed();
    void loaded();

private:
    void updateButtons();

    QString m_dbPath;
    Session m_session;
    int m_generation = 0;
    Casework::RequestListModel *m_model;
    QComboBox *m_period;
    QCheckBox *m_pendingOnly;
    QTableView *m_table;
    QComboBox *m_worker;
    QPushButton *m_takeCharge;
    QPushButton *m_open;
    QLabel *m_problem;
};

} // namespace Sportello
