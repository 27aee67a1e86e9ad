#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Sportello {

namespace Nursery {
struct EvaluatedRound;
}

// What if a criterion were worth more or less? The ranking and the allocation are
// recomputed with the changed points (nothing is saved) and the rows that move, and the
// applications that would gain or lose a seat, are listed.
class WhatIfView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhatIfView)

public:
    explicit WhatIfView(QWidget *parent = nullptr);
    ~WhatIfView() override;

    void setRound(std::shared_ptr<const Nursery::EvaluatedRound> round);
    void simulate();
    QString summary() const;

private:
    void show(const std::shared_ptr<const Nursery::EvaluatedRound> &changed);

    std::shared_ptr<const Nursery::EvaluatedRound> m_round;
    QTableWidget *m_points;
    QPushButton *m_simulate;
    QPushButton *m_reset;
    QLabel *m_summary;
    QTableWidget *m_moves;
};

} // namespace Sportello
