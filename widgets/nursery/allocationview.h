#pragma once

#include "models/access/session.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Sportello {

namespace Nursery {
struct EvaluatedRound;
}

// Seats and answers: who holds an offer or an accepted place, who waits and in which
// position; the family's answer to an offer; re-allocation after refusals (scorrimento).
class AllocationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllocationView)

public:
    AllocationView(const QString &dbPath, const Session &session, QWidget *parent = nullptr);
    ~AllocationView() override;

    void setRound(std::shared_ptr<const Nursery::EvaluatedRound> round);
    void reallocate();
    void answer(bool accept);
    QString summary() const;

signals:
    void changed();

private:
    QString currentProtocol() const;
    void updateButtons();

    QString m_dbPath;
    Session m_session;
    std::shared_ptr<const Nursery::EvaluatedRound> m_round;
    QLabel *m_summary;
    QTableWidget *m_admitted;
    QTableWidget *m_waiting;
    QPushButton *m_allocate;
    QPushButton *m_accept;
    QPushButton *m_refuse;
};

} // namespace Sportello
