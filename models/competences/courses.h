#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sportello {

struct Session;

namespace Competences {

// A distance-training course of the regional catalogue and the competences it develops.
struct Course
{
    enum class Mode { SelfPaced, Tutored, Blended };
    QString code;
    QString title;
    int hours = 0;
    QString provider;
    Mode mode = Mode::SelfPaced;
    QString url;
    QStringList competences; // concept ids: repertory units, ESCO skills
};

struct Enrolment
{
    enum class Status { Enrolled, Completed, Failed, Withdrawn };
    QString id;
    QString citizenId;
    QString courseCode;
    QDate enrolledOn;
    QString enrolledBy;
    Status status = Status::Enrolled;
    QDate completedOn;
};

// The platform's completions that could not be recorded, each with its line and reason.
struct CompletionReport
{
    int recorded = 0; // completions written into libretti
    int failed = 0; // outcomes "not passed", recorded on the enrolment only
    int alreadyKnown = 0; // lines already imported before
    QStringList unmatched; // "line 7: no citizen with the fiscal code ..."
};

QString modeLabel(Course::Mode mode); // translated
QString statusLabel(Enrolment::Status status); // translated
QString sampleCoursesPath(); // the sample catalogue shipped with the program

class CourseCatalogue final
{
public:
    explicit CourseCatalogue(const QString &dbPath);

    // Loads `code,title,hours,provider,mode,url,competences` (competences as concept ids
    // separated by ';'); the whole file is checked first, the first bad line rejects it.
    // Courses left out are retired, kept for the enrolments that name them.
    int importCsv(const QByteArray &csv, QString *error);
    QList<Course> courses() const; // the active ones, by title
    QList<Course> coursesFor(const QString &conceptId) const; // those developing it

    QList<Enrolment> enrolmentsOf(const QString &citizenId) const;
    bool enrol(const Session &session, const QString &citizenId, const QString &courseCode,
               QString *error);
    bool withdraw(const Session &session, const QString &enrolmentId, QString *error);

    // The platform's CSV export: `fiscal_code,course_code,completion_date,outcome` (date
    // dd/mm/yyyy or ISO; outcome passed/superato or failed/non superato). A malformed file
    // is refused whole with its line; lines naming an unknown citizen or course are
    // reported and the rest recorded in one transaction: the enrolment completed (created
    // if the citizen enrolled elsewhere), and for a pass the course as a training
    // experience and its competences (non-formal, declared, with the completion as
    // evidence) in the citizen's libretto. Importing the same export again changes nothing.
    bool importCompletions(const Session &session, const QByteArray &csv, CompletionReport *report,
                           QString *error);

private:
    QString m_path;
};

} // namespace Competences
} // namespace Sportello
