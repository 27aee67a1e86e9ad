#pragma once

#include "models/access/session.h"
#include "models/nursery/round.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace Sportello {

class DateEdit;

// One application: the child and the applicant (looked up in the citizen registry by
// fiscal code), submission time, ISEE, the nurseries in order of preference, and the
// declared conditions, which coordinators validate or reject.
class ApplicationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationDialog)

public:
    ApplicationDialog(const QString &dbPath, const Session &session,
                      const Nursery::EvaluatedRound &round, const Nursery::Application &application,
                      QWidget *parent = nullptr);
    ~ApplicationDialog() override;

    Nursery::Application application() const; // as edited
    QString problem() const; // empty when it can be saved
    bool isLate() const; // submitted after the round's deadline, as now typed

private:
    void lookUpChild();
    void lookUpApplicant();
    void addPreference();
    void movePreference(int delta);
    void addCondition(const Nursery::Condition &condition);
    void validate();
    void save();

    QString m_dbPath;
    Session m_session;
    Nursery::RuleSet m_rules;
    QString m_roundId;
    Nursery::Application m_original;
    QStringList m_usedProtocols; // by the round's other applications

    QLineEdit *m_protocol;
    DateEdit *m_submitted;
    QLabel *m_late;
    QLineEdit *m_childCode;
    QLineEdit *m_childSurname;
    QLineEdit *m_childNames;
    DateEdit *m_childBirth;
    QLabel *m_childLink;
    QLineEdit *m_applicantCode;
    QLabel *m_applicantLink;
    QLineEdit *m_isee;
    QListWidget *m_preferences;
    QComboBox *m_nurseryChoice;
    QTableWidget *m_conditions;
    QLabel *m_problem;
    QPushButton *m_save;
    QString m_childCitizenId;
    QString m_applicantCitizenId;
};

} // namespace Sportello
