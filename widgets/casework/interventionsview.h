#pragma once

#include "models/access/session.h"
#include "models/casework/casefile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Sportello {

class DateEdit;

// Interventions and benefits of the case, from the coded catalogue: dates, amount where
// the type has one, provider and state. A row is chosen to change it, or a new one added.
class InterventionsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterventionsView)

public:
    InterventionsView(const QString &dbPath, const Session &session, QWidget *parent = nullptr);
    ~InterventionsView() override;

    void setCase(const Casework::SocialCase &socialCase);

signals:
    void changed();

private:
    void edit(int row); // -1: a new intervention
    void typeChosen();
    void save();

    QString m_dbPath;
    Session m_session;
    Casework::SocialCase m_case;
    QList<Casework::InterventionType> m_catalogue;
    QList<Casework::Intervention> m_interventions;
    QString m_editingId;
    bool m_writable = false;

    QTableWidget *m_list;
    QComboBox *m_type;
    DateEdit *m_startsOn;
    DateEdit *m_endsOn;
    QLineEdit *m_amount;
    QLineEdit *m_provider;
    QComboBox *m_status;
    QLabel *m_problem;
    QPushButton *m_new;
    QPushButton *m_save;
};

} // namespace Sportello
