#pragma once

#include "models/access/staffnames.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace Sportello {

struct Session;

namespace Nursery {
class RankingModel;
struct EvaluatedRound;
} // namespace Nursery

// The graduatoria of an age group, for every nursery or one, and beside it the reason of
// the selected row's score and position, printable for an appeal. Exports of the list are
// recorded in the audit log with the session.
class RankingView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RankingView)

public:
    RankingView(const QString &dbPath, const Session &session, QWidget *parent = nullptr);
    ~RankingView() override;

    void setRound(std::shared_ptr<const Nursery::EvaluatedRound> round);
    // Selects the best row of the application and explains it.
    void showApplication(const QString &protocol);
    QString explanation() const;

private:
    void applyFilter();
    void explainCurrent();
    void printExplanation();

    std::shared_ptr<const Nursery::EvaluatedRound> m_round;
    StaffNames m_staff;
    Nursery::RankingModel *m_model;
    QComboBox *m_ageGroup;
    QComboBox *m_nursery;
    QLineEdit *m_find;
    QTableView *m_table;
    QTextBrowser *m_explanation;
    QPushButton *m_print;
};

} // namespace Sportello
