#pragma once

#include "models/access/session.h"
#include "models/casework/agenda.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Sportello {

class DateEdit;

// Books one appointment of a social worker (for a citizen and a case, when the draft has
// them). Why a booking would be refused shows while the form is filled in; the dialog
// closes once the appointment is written.
class BookingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookingDialog)

public:
    BookingDialog(const QString &dbPath, const Session &session, const Casework::Appointment &draft,
                  QWidget *parent = nullptr);
    ~BookingDialog() override;

    // The next full hour, or nine o'clock of a later day being looked at.
    static QDateTime suggestedStart(const QDate &day = QDate());

signals:
    void booked(const Casework::Appointment &appointment);

private:
    Casework::Appointment appointment() const;
    void check();
    void book();

    QString m_dbPath;
    Session m_session;
    Casework::Appointment m_draft;
    DateEdit *m_start;
    QSpinBox *m_minutes;
    QLineEdit *m_place;
    QLineEdit *m_purpose;
    QLabel *m_problem;
    QPushButton *m_save;
};

} // namespace Sportello
