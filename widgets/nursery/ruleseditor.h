#pragma once

#include "models/access/session.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Sportello {

class DateEdit;

namespace Nursery {
struct EvaluatedRound;
struct RuleSet;
} // namespace Nursery

// The rule set of a round, edited as data: age groups, criteria and points, the tie-break
// chain, nurseries and their seats per age group, the refusal policy. Problems are listed
// as they are typed; the rules are saved whole, and only while they may still change.
class RulesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesEditor)

public:
    RulesEditor(const QString &dbPath, const Session &session, QWidget *parent = nullptr);
    ~RulesEditor() override;

    void setRound(std::shared_ptr<const Nursery::EvaluatedRound> round);
    Nursery::RuleSet rules() const; // as edited
    QStringList problems() const;

signals:
    void changed(); // rules saved

private:
    void show(const Nursery::RuleSet &rules);
    void syncSeatColumns();
    void validate();
    void save();
    void addTieBreak();
    void moveTieBreak(int delta);

    QString m_dbPath;
    Session m_session;
    std::shared_ptr<const Nursery::EvaluatedRound> m_round;
    bool m_filling = false;
    bool m_editable = false;

    QLineEdit *m_code;
    QLineEdit *m_schoolYear;
    DateEdit *m_deadline;
    QCheckBox *m_firstChoiceRemoves;
    QSpinBox *m_maxRefusals;
    QTableWidget *m_ageGroups;
    QTableWidget *m_criteria;
    QListWidget *m_tieBreaks;
    QComboBox *m_tieBreakKey;
    QLineEdit *m_tieBreakParameter;
    QTableWidget *m_nurseries;
    QLabel *m_lock;
    QLabel *m_problems;
    QPushButton *m_save;
    QPushButton *m_revert;
    QList<QWidget *> m_editors; // what editing needs, disabled when the rules are locked
};

} // namespace Sportello
