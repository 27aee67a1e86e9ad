#pragma once

#include <QWidget>

#include <memory>

class QChartView;
class QComboBox;
class QLabel;

namespace Sportello {

namespace Nursery {
struct EvaluatedRound;
}

// Charts of the round for one age group: first-choice demand against seats per nursery,
// and how the applications' scores are distributed.
class ChartsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsView)

public:
    explicit ChartsView(QWidget *parent = nullptr);
    ~ChartsView() override;

    void setRound(std::shared_ptr<const Nursery::EvaluatedRound> round);
    QChartView *demandChart() const { return m_demand; }
    QChartView *scoreChart() const { return m_scores; }

private:
    void draw();

    std::shared_ptr<const Nursery::EvaluatedRound> m_round;
    QComboBox *m_ageGroup;
    QChartView *m_demand;
    QChartView *m_scores;
    QLabel *m_legend; // the nursery codes of the demand chart
};

} // namespace Sportello
