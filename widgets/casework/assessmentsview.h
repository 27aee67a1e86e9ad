#pragma once

#include "models/access/session.h"
#include "models/casework/socialcase.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Sportello {

class DateEdit;

// The case's assessments (the preliminary one, and the team's for a complex case), each
// scoring the need areas from 0 to 4, and a new one to record.
class AssessmentsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentsView)

public:
    AssessmentsView(const QString &dbPath, const Session &session, QWidget *parent = nullptr);
    ~AssessmentsView() override;

    void setCase(const Casework::SocialCase &socialCase);

signals:
    void changed();

private:
    void record();

    QString m_dbPath;
    Session m_session;
    Casework::SocialCase m_case;

    QTableWidget *m_list;
    QComboBox *m_kind;
    DateEdit *m_date;
    QMap<Casework::NeedArea, QSpinBox *> m_scores;
    QLineEdit *m_team;
    QPlainTextEdit *m_summary;
    QLabel *m_problem;
    QPushButton *m_record;
};

} // namespace Sportello
