#include "models/casework/caseworkflow.h"

#include "models/access/session.h"
#include "models/common/textlimits.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Sportello::Casework {

QList<CaseStatus> nextStatuses(const SocialCase &c)
{
    switch (c.status) {
    case CaseStatus::Intake:
        return {CaseStatus::Assessment, CaseStatus::Suspended, CaseStatus::Closed};
    case CaseStatus::Assessment:
        return {CaseStatus::ActivePlan, CaseStatus::Suspended, CaseStatus::Closed};
    case CaseStatus::ActivePlan:
        return {CaseStatus::Monitoring, CaseStatus::Suspended, CaseStatus::Closed};
    case CaseStatus::Monitoring:
        return {CaseStatus::ActivePlan, CaseStatus::Suspended, CaseStatus::Closed};
    case CaseStatus::Suspended:
        return {c.resumeStatus.value_or(CaseStatus::Intake), CaseStatus::Closed};
    case CaseStatus::Closed:
        return {};
    }
    return {};
}

QString transitionProblem(const SocialCase &c, const CaseFacts &facts, CaseStatus to,
                          const QString &reason, const QDateTime &at, const QDateTime &now)
{
    if (c.status == CaseStatus::Closed)
        return QCoreApplication::translate(
            "Sportello::CaseWorkflow",
            "The case is closed and can no longer change: a new request opens a new case.");
    if (!nextStatuses(c).contains(to))
        return QCoreApplication::translate("Sportello::CaseWorkflow",
                                           "A case cannot go from \"%1\" to \"%2\".")
            .arg(caseStatusLabel(c.status), caseStatusLabel(to));
    if (const QString tooLong
        = TextLimits::tooLong(QCoreApplication::translate("Sportello::CaseWorkflow", "Reason"),
                              reason.trimmed(), TextLimits::kText);
        !tooLong.isEmpty())
        return tooLong;
    if (reason.trimmed().isEmpty())
        return to == CaseStatus::Closed
            ? QCoreApplication::translate("Sportello::CaseWorkflow", "Say why the case is closed.")
            : QCoreApplication::translate("Sportello::CaseWorkflow",
                                          "Say why the case changes state.");
    if (!at.isValid())
        return QCoreApplication::translate("Sportello::CaseWorkflow", "The date is missing.");
    if (at > now.addSecs(60))
        return QCoreApplication::translate("Sportello::CaseWorkflow",
                                           "The date cannot be in the future.");
    const QDateTime earliest = std::max(c.openedAt, facts.lastEvent);
    if (earliest.isValid() && at < earliest)
        return QCoreApplication::translate("Sportello::CaseWorkflow",
                                           "The date comes before the case's last event (%1).")
            .arg(earliest.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s));
    if (to == CaseStatus::Assessment && c.assignedTo.isEmpty())
        return QCoreApplication::translate(
            "Sportello::CaseWorkflow", "Assign the case to a social worker before the assessment.");
    if (to == CaseStatus::ActivePlan && c.status == CaseStatus::Assessment) {
        if (!facts.preliminaryAssessment)
            return QCoreApplication::translate("Sportello::CaseWorkflow",
                                               "Record the preliminary assessment first.");
        if (c.complex && !facts.teamAssessment)
            return QCoreApplication::translate(
                "Sportello::CaseWorkflow",
                "The case is complex: record the team assessment (équipe) first.");
        if (!facts.plan)
            return QCoreApplication::translate("Sportello::CaseWorkflow",
                                               "Agree the personalised plan first.");
    }
    return QString();
}

SocialCase afterTransition(SocialCase c, CaseStatus to, const QString &reason, const QDateTime &at)
{
    if (to == CaseStatus::Suspended)
        c.resumeStatus = c.status;
    else
        c.resumeStatus.reset();
    if (to == CaseStatus::Closed) {
        c.closedAt = at;
        c.closingReason = reason.trimmed();
    }
    c.status = to;
    c.lastActivity = at;
    return c;
}

bool mayEdit(const Session &session, const SocialCase &socialCase)
{
    return !socialCase.id.isEmpty() && socialCase.isOpen() && session.can(Permission::ManageCases);
}

bool mayChangeState(const Session &session, const SocialCase &socialCase)
{
    return mayEdit(session, socialCase)
        && (socialCase.assignedTo.isEmpty() || socialCase.assignedTo == session.username);
}

bool mayReassign(const Session &session, const SocialCase &socialCase)
{
    if (socialCase.id.isEmpty() || !socialCase.isOpen())
        return false;
    if (session.role == Role::Admin)
        return true;
    return session.can(Permission::ManageCases)
        && (socialCase.assignedTo.isEmpty() || socialCase.assignedTo == session.username);
}

} // namespace Sportello::Casework
