#pragma once

#include "models/access/session.h"
#include "models/casework/casefile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Sportello {

class DateEdit;

// The personalised plan (progetto personalizzato / patto per l'inclusione): when it was
// agreed, under which measure, its goals and review date, and its actions, each with who
// is responsible, a deadline and a review. The plan and its actions are saved together.
class PlanView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanView)

public:
    PlanView(const QString &dbPath, const Session &session, QWidget *parent = nullptr);
    ~PlanView() override;

    void setCase(const Casework::SocialCase &socialCase);

signals:
    void changed();

private:
    void showActions();
    void actionSelected();
    Casework::PlanAction editedAction() const;
    void addAction();
    void updateAction();
    void removeAction();
    void save();

    QString m_dbPath;
    Session m_session;
    Casework::SocialCase m_case;
    Casework::Plan m_plan;

    DateEdit *m_agreedOn;
    QComboBox *m_measure;
    QPlainTextEdit *m_goals;
    DateEdit *m_reviewOn;
    QTableWidget *m_actions;
    QLineEdit *m_description;
    QComboBox *m_responsible;
    QLineEdit *m_responsibleName;
    DateEdit *m_dueOn;
    DateEdit *m_actionReviewOn;
    QComboBox *m_status;
    QPushButton *m_addAction;
    QPushButton *m_updateAction;
    QPushButton *m_removeAction;
    QLabel *m_problem;
    QPushButton *m_save;
};

} // namespace Sportello
