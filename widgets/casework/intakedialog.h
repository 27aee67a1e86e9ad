#pragma once

#include "models/access/session.h"
#include "models/casework/socialcase.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTextBrowser;

namespace Sportello {

class DateEdit;

// The desk's intake (segretariato sociale): a request of a citizen from the registry,
// optionally with an appointment with a social worker, then the receipt to print.
class IntakeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeDialog)

public:
    IntakeDialog(const QString &dbPath, const Session &session, const QString &citizenId,
                 QWidget *parent = nullptr);
    ~IntakeDialog() override;

    Casework::CaseRequest request() const { return m_request; } // once recorded
    QString receiptHtml() const { return m_receiptHtml; }

signals:
    void recorded(); // the request (and appointment) are written

private:
    void save();
    void printReceipt();

    QString m_dbPath;
    Session m_session;
    QString m_citizenId;
    Casework::CaseRequest m_request;
    QString m_receiptHtml;

    QStackedWidget *m_pages;
    DateEdit *m_received;
    QComboBox *m_channel;
    QComboBox *m_area;
    QPlainTextEdit *m_summary;
    QGroupBox *m_appointment;
    QComboBox *m_worker;
    DateEdit *m_startsAt;
    QSpinBox *m_minutes;
    QLineEdit *m_place;
    QLabel *m_problem;
    QTextBrowser *m_receipt;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    QPushButton *m_print;
};

} // namespace Sportello
