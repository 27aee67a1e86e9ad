#pragma once

#include "models/access/session.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Sportello {

namespace Nursery {
class ApplicationsModel;
struct EvaluatedRound;
} // namespace Nursery

// The applications of the round: search, register, edit and review conditions, withdraw,
// import a CSV file, and jump to the explanation of an application's position.
class ApplicationsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationsView)

public:
    ApplicationsView(const QString &dbPath, const Session &session, QWidget *parent = nullptr);
    ~ApplicationsView() override;

    void setRound(std::shared_ptr<const Nursery::EvaluatedRound> round);
    void newApplication();
    void editCurrent();
    void importFile(const QString &path); // all or nothing, off the GUI thread

signals:
    void changed();
    void explainRequested(const QString &protocol);

private:
    int currentApplication() const;
    void toggleWithdrawn();
    void importCsv();
    void updateButtons();

    QString m_dbPath;
    Session m_session;
    std::shared_ptr<const Nursery::EvaluatedRound> m_round;
    Nursery::ApplicationsModel *m_model;
    QLineEdit *m_filter;
    QTableView *m_table;
    QLabel *m_legend;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_withdraw;
    QPushButton *m_import;
    QPushButton *m_explain;
};

} // namespace Sportello
