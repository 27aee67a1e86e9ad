#pragma once

#include "models/casework/socialcase.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace Sportello {

class DateEdit;

// One step of a case: a new state (only those the workflow allows from here) or another
// social worker, with the reason and, for a state, when it happened. The caller writes it.
class CaseStepDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseStepDialog)

public:
    enum class Kind { Transition, Reassignment };

    CaseStepDialog(Kind kind, const QString &dbPath, const Casework::SocialCase &socialCase,
                   QWidget *parent = nullptr);
    ~CaseStepDialog() override;

    Kind kind() const { return m_kind; }
    Casework::CaseStatus status() const;
    QString worker() const;
    QString reason() const;
    QDateTime at() const; // UTC
    void setProblem(const QString &problem); // shown inline; the dialog stays open

signals:
    void submitted(); // the caller tries the step and closes the dialog when it is taken

private:
    Kind m_kind;
    QDateTime m_shown;
    QComboBox *m_choice;
    DateEdit *m_at;
    QPlainTextEdit *m_reason;
    QLabel *m_problem;
};

} // namespace Sportello
