#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Sportello {

struct Session;

namespace Competences {

// Section 1 of the Libretto formativo: what the citizen did, besides their registry data.
struct Experience
{
    enum class Kind { Work, Education, Training };
    QString id;
    Kind kind = Kind::Work;
    QString title; // the role, the qualification obtained, the course
    QString organisation;
    QString place;
    QDate startsOn;
    QDate endsOn; // invalid: still going on
    int hours = 0; // for a course; 0 = not said
    QString details;
};

// Section 2: a competence acquired, linked to a repertory unit or an ESCO skill when one
// fits, with the context it was acquired in and its evidence; certified or declared.
struct AcquiredCompetence
{
    enum class Context { Formal, NonFormal, Informal };
    QString id;
    QString conceptId; // empty: described in words only
    QString description;
    Context context = Context::NonFormal;
    QString experienceId; // the experience of section 1 it comes from, if any
    QString evidence;
    bool certified = false;
    QString certifiedBy;
    QDate certifiedOn;
    QDate acquiredOn;
};

QString experienceKindLabel(Experience::Kind kind); // translated
QString contextLabel(AcquiredCompetence::Context context); // translated

// Why the entry cannot be saved (one translated sentence), or empty.
QString experienceProblem(const Experience &experience);
QString competenceProblem(const AcquiredCompetence &competence);

// A citizen's libretto on the local database. Every write is one transaction with its
// audit record; entries are withdrawn, never erased.
class LibrettoRepository final
{
public:
    explicit LibrettoRepository(const QString &dbPath);

    QList<Experience> experiences(const QString &citizenId) const; // newest first
    QList<AcquiredCompetence> competences(const QString &citizenId) const;
    bool saveExperience(const Session &session, const QString &citizenId, Experience *experience,
                        QString *error);
    bool saveCompetence(const Session &session, const QString &citizenId,
                        AcquiredCompetence *competence, QString *error);
    bool withdrawExperience(const Session &session, const QString &id, QString *error);
    bool withdrawCompetence(const Session &session, const QString &id, QString *error);

    // The citizens who hold a competence (certified first), for "who has it".
    QStringList holders(const QString &conceptId) const;

private:
    QString m_path;
};

} // namespace Competences
} // namespace Sportello
