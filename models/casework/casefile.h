#pragma once

#include "models/casework/socialcase.h"

#include <QDate>
#include <QHash>
#include <QMap>

namespace Sportello {

struct Session;

namespace Casework {

// Need areas scored 0 (no need) to 4 (severe), as the preliminary assessment asks.
struct Assessment
{
    enum class Kind { Preliminary, Team }; // team = équipe multidisciplinare
    QString id;
    Kind kind = Kind::Preliminary;
    QDate assessedOn;
    QMap<NeedArea, int> scores;
    QString team; // who took part, for a team assessment
    QString summary;
    QString assessedBy;
};

enum class Responsible { Citizen, Service, External };
enum class ActionStatus { Open, Done, Dropped };

struct PlanAction
{
    QString id;
    QString description;
    Responsible responsible = Responsible::Citizen;
    QString responsibleName; // the service or body, when not the citizen
    QDate dueOn;
    QDate reviewOn;
    ActionStatus status = ActionStatus::Open;
};

// The personalised plan (progetto personalizzato / patto per l'inclusione).
struct Plan
{
    QString id;
    QDate agreedOn;
    QString measure; // municipal, AdI, ...
    QString goals;
    QDate reviewOn;
    QList<PlanAction> actions;
};

enum class ReferralOutcome { Pending, PactSigned, Placed, Training, NotPresented, Exempt };

// The employment side: referral to the Centro per l'Impiego and the service pact.
struct Referral
{
    QString id;
    QString citizenId;
    QString centre;
    QDate referredOn;
    QDate pactSignedOn;
    ReferralOutcome outcome = ReferralOutcome::Pending;
    QDate outcomeOn;
};

enum class InterventionStatus { Planned, Active, Ended, Cancelled };

struct InterventionType
{
    QString code;
    QString label;
    NeedArea area = NeedArea::Other;
    bool hasAmount = false;
};

struct Intervention
{
    QString id;
    QString typeCode;
    QDate startsOn;
    QDate endsOn;
    qint64 amountCents = -1; // -1 = none
    QString provider;
    InterventionStatus status = InterventionStatus::Planned;
};

struct Attachment
{
    QString id;
    QString fileName;
    QString kind;
    QDate dated;
};

struct CaseMember
{
    QString id;
    QString citizenId;
    QString relation;
};

QString responsibleLabel(Responsible responsible); // translated
QString actionStatusLabel(ActionStatus status);
QString referralOutcomeLabel(ReferralOutcome outcome);
QString interventionStatusLabel(InterventionStatus status);

// What a case file holds besides its head row: assessments, the plan and its actions, the
// employment referral, interventions, document references and the household members
// involved. Only social workers write, only on open cases; each write is one transaction
// with its timeline event. Problems come back as one translated sentence.
class CaseFile final
{
public:
    CaseFile(const QString &dbPath, const QString &caseId);

    QList<Assessment> assessments() const;
    bool addAssessment(const Session &session, Assessment *assessment, QString *error);

    std::optional<Plan> plan() const; // the current one
    bool savePlan(const Session &session, Plan *plan, QString *error);

    QList<Referral> referrals() const;
    bool saveReferral(const Session &session, Referral *referral, QString *error);

    QList<Intervention> interventions() const;
    bool saveIntervention(const Session &session, Intervention *intervention, QString *error);

    QList<Attachment> attachments() const;
    bool addAttachment(const Session &session, Attachment *attachment, QString *error);

    QList<CaseMember> members() const;
    bool addMember(const Session &session, CaseMember *member, QString *error);

private:
    bool writable(const Session &session, QString *error) const;

    QString m_path;
    QString m_caseId;
};

// One line of the timeline in words (translated). `names` gives the words for the ids an
// event holds: social workers' names by username, interventions' labels by code.
QString describeEvent(const CaseEvent &event, const QHash<QString, QString> &names = {});

// The checks of each record, shared by the forms: empty = acceptable.
QString assessmentProblem(const Assessment &assessment);
QString planProblem(const Plan &plan);
QString referralProblem(const Referral &referral);
QString interventionProblem(const Intervention &intervention, const InterventionType *type);

} // namespace Casework
} // namespace Sportello
