#pragma once

#include "models/access/session.h"
#include "models/casework/agenda.h"

#include <QDate>
#include <QWidget>

class QAbstractButton;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Sportello {

// The social workers' agenda, a day or a week of one worker at a time. Clerks book for
// any worker and may cancel; only the worker records whether an appointment was held.
class AgendaView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaView)

public:
    AgendaView(const QString &dbPath, const Session &session, QWidget *parent = nullptr);
    ~AgendaView() override;

    void refresh();
    void showWorker(const QString &username);
    void showDate(const QDate &date);

signals:
    void dataChanged();

private:
    bool weekMode() const;
    QDate periodStart() const;
    QString periodText() const;
    void step(int direction);
    const Casework::Appointment *selected() const;
    void updateActions();
    void book();
    void setStatus(Casework::AppointmentStatus status);

    QString m_dbPath;
    Session m_session;
    QDate m_date;
    QList<Casework::Appointment> m_appointments; // as the table's rows

    QComboBox *m_worker;
    QAbstractButton *m_day;
    QAbstractButton *m_week;
    QLabel *m_period;
    QTableWidget *m_table;
    QPushButton *m_book;
    QPushButton *m_held;
    QPushButton *m_missed;
    QPushButton *m_cancel;
};

} // namespace Sportello
