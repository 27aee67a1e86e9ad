#pragma once

#include "models/access/session.h"
#include "models/competences/courses.h"
#include "models/competences/libretto.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTextBrowser;

namespace Sportello {

class DateEdit;

namespace Competences {
class CompetenceIndex;
}

// A citizen's Libretto formativo at the desk: section 1, the experiences (work, education,
// training); section 2, the competences acquired, each linked to the repertory or ESCO when
// one fits, with its context, evidence and certification. Printed or exported as PDF.
class LibrettoDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibrettoDialog)

public:
    LibrettoDialog(const QString &dbPath, const Session &session, const QString &citizenId,
                   QWidget *parent = nullptr);
    ~LibrettoDialog() override;

signals:
    void changed();

private:
    QWidget *experiencesPage();
    QWidget *competencesPage();
    QWidget *coursesPage();
    QWidget *orientationPage();
    void findTargets();
    void showGap(const QString &targetId);
    void enrol();
    void reload();
    void editExperience(int row);
    void saveExperience();
    void editCompetence(int row);
    void saveCompetence();
    void withdraw(bool experience);
    void lookUp();
    void print();
    void exportPdf();

    QString m_dbPath;
    Session m_session;
    QString m_citizenId;
    Competences::LibrettoRepository m_libretto;
    QList<Competences::Experience> m_experiences;
    QList<Competences::AcquiredCompetence> m_competences;
    std::shared_ptr<const Competences::CompetenceIndex> m_index;
    Competences::Experience m_experience; // being edited
    Competences::AcquiredCompetence m_competence;

    QTableWidget *m_experienceList;
    QComboBox *m_kind;
    QLineEdit *m_title;
    QLineEdit *m_organisation;
    QLineEdit *m_place;
    DateEdit *m_startsOn;
    DateEdit *m_endsOn;
    QSpinBox *m_hours;
    QPlainTextEdit *m_details;
    QLabel *m_experienceProblem;

    QTableWidget *m_competenceList;
    QLineEdit *m_lookUp;
    QListWidget *m_found;
    QLabel *m_linked;
    QLineEdit *m_description;
    QComboBox *m_context;
    QComboBox *m_acquiredIn;
    QLineEdit *m_evidence;
    QCheckBox *m_certified;
    QLineEdit *m_certifiedBy;
    DateEdit *m_certifiedOn;
    QLabel *m_competenceProblem;

    QTableWidget *m_enrolmentList;
    QComboBox *m_course;
    QLabel *m_courseProblem;
    QList<Competences::Enrolment> m_enrolments;

    QLineEdit *m_target;
    QListWidget *m_targets;
    QTextBrowser *m_sheet;
    QString m_targetId;
};

} // namespace Sportello
