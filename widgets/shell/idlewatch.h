#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace Sportello {

// Tells when nobody has touched the keyboard or mouse on any window of the program for a
// while: an event filter on the application, and one timer that looks at the last input.
class IdleWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleWatch)

public:
    // intervalMs: the idle time before idle() (0 = never).
    explicit IdleWatch(int intervalMs, QObject *parent = nullptr);
    ~IdleWatch() override;

    int interval() const { return m_interval; }

signals:
    // Once per idle period: the next input starts counting again.
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();

    int m_interval;
    QTimer *m_timer;
    QElapsedTimer m_sinceInput;
};

} // namespace Sportello
