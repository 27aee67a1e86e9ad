#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace Sportello {

// The guided tour of the demo data: one step per panel the person may use, each opening
// its panel and saying what to try there with the demo's own data. Not modal: the person
// can try things while it is open. Escape or "Close" ends it.
class TourDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TourDialog)

public:
    struct Step
    {
        QString panel; // empty: no panel to open
        QString title;
        QString text;
    };

    // Steps for the panels available (ids as in the main window), in their order.
    static QList<Step> steps(const QStringList &panels);

    TourDialog(const QList<Step> &steps, QWidget *parent);
    int current() const { return m_current; }

signals:
    void panelRequested(const QString &panel);

private:
    void go(int step);

    QList<Step> m_steps;
    int m_current = -1;
    QLabel *m_counter;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_back;
    QPushButton *m_next;
};

} // namespace Sportello
