#pragma once

#include "models/casework/socialcase.h"

namespace Sportello {

struct Session;

namespace Casework {

// What the workflow looks at in a case file before allowing a step.
struct CaseFacts
{
    bool preliminaryAssessment = false;
    bool teamAssessment = false;
    bool plan = false;
    QDateTime lastEvent; // the newest line of the timeline
};

// The states a case may move to from where it is:
//   intake -> assessment -> active plan -> monitoring (-> active plan, when the plan is
//   revised); any open state -> suspended -> back where it was; any open state -> closed.
// A closed case is final: a new request opens a new case.
QList<CaseStatus> nextStatuses(const SocialCase &socialCase);

// Why the step cannot be taken (one translated sentence), or empty. Every step needs a
// reason and a time no earlier than the case's last event and not in the future; taking
// charge needs an assigned worker; the active plan needs the preliminary assessment (and
// the team assessment for a complex case) and an agreed plan.
QString transitionProblem(const SocialCase &socialCase, const CaseFacts &facts, CaseStatus to,
                          const QString &reason, const QDateTime &at,
                          const QDateTime &now = QDateTime::currentDateTimeUtc());

// The case after the step (which must be allowed).
SocialCase afterTransition(SocialCase socialCase, CaseStatus to, const QString &reason,
                           const QDateTime &at);

// Whether the person may change the case file at all: a social worker, on an open case.
bool mayEdit(const Session &session, const SocialCase &socialCase);
// Who may move the case to another state (take it into assessment, agree the plan, suspend
// or close it): the worker it is assigned to. A colleague covering an absence may add to the
// file, but the steps of the case are its responsible worker's, as in a municipal service;
// handing the case over comes first.
bool mayChangeState(const Session &session, const SocialCase &socialCase);
// Who may hand a case to another worker (the region checks the same on every push): the
// worker it is assigned to, anyone taking charge of an unassigned one, and the
// municipality's administrator, who assigns cases but does not work them.
bool mayReassign(const Session &session, const SocialCase &socialCase);

} // namespace Casework
} // namespace Sportello
