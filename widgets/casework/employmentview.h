#pragma once

#include "models/access/session.h"
#include "models/casework/casefile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Sportello {

class DateEdit;

// The employment side of the case: referrals to the Centro per l'Impiego of the citizen
// or a linked member, the service pact (patto di servizio) and the outcome.
class EmploymentView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmploymentView)

public:
    EmploymentView(const QString &dbPath, const Session &session, QWidget *parent = nullptr);
    ~EmploymentView() override;

    void setCase(const Casework::SocialCase &socialCase);

signals:
    void changed();

private:
    void edit(int row); // -1: a new referral
    void save();

    QString m_dbPath;
    Session m_session;
    Casework::SocialCase m_case;
    QList<Casework::Referral> m_referrals;
    QString m_editingId;

    QTableWidget *m_list;
    QComboBox *m_person;
    QComboBox *m_centre;
    DateEdit *m_referredOn;
    DateEdit *m_pactSignedOn;
    QComboBox *m_outcome;
    DateEdit *m_outcomeOn;
    QLabel *m_problem;
    QPushButton *m_new;
    QPushButton *m_save;
};

} // namespace Sportello
