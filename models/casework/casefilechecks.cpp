#include "models/casework/casefile.h"
#include "models/common/textlimits.h"

#include <QCoreApplication>

#include <tuple>

using namespace Qt::StringLiterals;

// The words of the case file's values and the checks of each record before it is written.
namespace Sportello::Casework {

QString responsibleLabel(Responsible r)
{
    switch (r) {
    case Responsible::Citizen:
        return QCoreApplication::translate("Sportello::CaseFile", "The citizen");
    case Responsible::Service:
        return QCoreApplication::translate("Sportello::CaseFile", "Social service");
    case Responsible::External:
        return QCoreApplication::translate("Sportello::CaseFile", "External body");
    }
    return QString();
}

QString actionStatusLabel(ActionStatus s)
{
    switch (s) {
    case ActionStatus::Open:
        return QCoreApplication::translate("Sportello::CaseFile", "Open");
    case ActionStatus::Done:
        return QCoreApplication::translate("Sportello::CaseFile", "Done");
    case ActionStatus::Dropped:
        return QCoreApplication::translate("Sportello::CaseFile", "Dropped");
    }
    return QString();
}

QString referralOutcomeLabel(ReferralOutcome o)
{
    switch (o) {
    case ReferralOutcome::Pending:
        return QCoreApplication::translate("Sportello::CaseFile", "Awaiting the employment centre");
    case ReferralOutcome::PactSigned:
        return QCoreApplication::translate("Sportello::CaseFile", "Service pact signed");
    case ReferralOutcome::Placed:
        return QCoreApplication::translate("Sportello::CaseFile", "In work");
    case ReferralOutcome::Training:
        return QCoreApplication::translate("Sportello::CaseFile", "In training");
    case ReferralOutcome::NotPresented:
        return QCoreApplication::translate("Sportello::CaseFile", "Did not present");
    case ReferralOutcome::Exempt:
        return QCoreApplication::translate("Sportello::CaseFile", "Exempt from the pact");
    }
    return QString();
}

QString interventionStatusLabel(InterventionStatus s)
{
    switch (s) {
    case InterventionStatus::Planned:
        return QCoreApplication::translate("Sportello::CaseFile", "Planned");
    case InterventionStatus::Active:
        return QCoreApplication::translate("Sportello::CaseFile", "Active");
    case InterventionStatus::Ended:
        return QCoreApplication::translate("Sportello::CaseFile", "Ended");
    case InterventionStatus::Cancelled:
        return QCoreApplication::translate("Sportello::CaseFile", "Cancelled");
    }
    return QString();
}

namespace {

QString label(const char *text)
{
    return QCoreApplication::translate("Sportello::CaseFile", text);
}

// The first text of the record longer than its bound, as the message; empty when all fit.
QString firstTooLong(std::initializer_list<std::tuple<const char *, QString, int>> texts)
{
    for (const auto &[field, text, limit] : texts) {
        if (const QString problem = TextLimits::tooLong(label(field), text, limit);
            !problem.isEmpty())
            return problem;
    }
    return QString();
}

} // namespace

QString assessmentProblem(const Assessment &a)
{
    if (const QString tooLong = firstTooLong(
            {{QT_TRANSLATE_NOOP("Sportello::CaseFile", "Conclusions"), a.summary,
              TextLimits::kText},
             {QT_TRANSLATE_NOOP("Sportello::CaseFile", "Team"), a.team, TextLimits::kLine}});
        !tooLong.isEmpty())
        return tooLong;
    if (!a.assessedOn.isValid() || a.assessedOn > QDate::currentDate())
        return QCoreApplication::translate("Sportello::CaseFile",
                                           "The assessment needs its date, not in the future.");
    if (a.scores.isEmpty())
        return QCoreApplication::translate("Sportello::CaseFile", "Score at least one need area.");
    for (const int score : a.scores) {
        if (score < 0 || score > 4)
            return QCoreApplication::translate("Sportello::CaseFile",
                                               "Each need area is scored from 0 to 4.");
    }
    if (a.summary.trimmed().isEmpty())
        return QCoreApplication::translate("Sportello::CaseFile",
                                           "Write the assessment's conclusions.");
    if (a.kind == Assessment::Kind::Team && a.team.trimmed().isEmpty())
        return QCoreApplication::translate("Sportello::CaseFile",
                                           "Say who took part in the team assessment.");
    return QString();
}

QString planProblem(const Plan &p)
{
    if (const QString tooLong = firstTooLong(
            {{QT_TRANSLATE_NOOP("Sportello::CaseFile", "Goals"), p.goals, TextLimits::kText},
             {QT_TRANSLATE_NOOP("Sportello::CaseFile", "Measure"), p.measure, TextLimits::kLine}});
        !tooLong.isEmpty())
        return tooLong;
    for (const PlanAction &a : p.actions) {
        if (const QString tooLong
            = firstTooLong({{QT_TRANSLATE_NOOP("Sportello::CaseFile", "Action"), a.description,
                             TextLimits::kLine},
                            {QT_TRANSLATE_NOOP("Sportello::CaseFile", "Responsible"),
                             a.responsibleName, TextLimits::kLine}});
            !tooLong.isEmpty())
            return tooLong;
    }
    if (!p.agreedOn.isValid() || p.agreedOn > QDate::currentDate())
        return QCoreApplication::translate(
            "Sportello::CaseFile", "The plan needs the date it was agreed, not in the future.");
    if (p.goals.trimmed().isEmpty())
        return QCoreApplication::translate("Sportello::CaseFile", "Write the plan's goals.");
    if (p.measure.trimmed().isEmpty())
        return QCoreApplication::translate("Sportello::CaseFile",
                                           "Say under which measure the plan is agreed.");
    if (!p.reviewOn.isValid() || p.reviewOn < p.agreedOn)
        return QCoreApplication::translate(
            "Sportello::CaseFile", "The plan's review date comes after the date it was agreed.");
    for (const PlanAction &a : p.actions) {
        if (a.description.trimmed().isEmpty())
            return QCoreApplication::translate("Sportello::CaseFile",
                                               "Every action needs a description.");
        if (!a.dueOn.isValid() || a.dueOn < p.agreedOn)
            return QCoreApplication::translate(
                       "Sportello::CaseFile",
                       "The action \"%1\" is due before the plan was agreed.")
                .arg(a.description);
        if (a.reviewOn.isValid() && a.reviewOn < p.agreedOn)
            return QCoreApplication::translate(
                       "Sportello::CaseFile",
                       "The action \"%1\" is reviewed before the plan was agreed.")
                .arg(a.description);
        if (a.responsible != Responsible::Citizen && a.responsibleName.trimmed().isEmpty())
            return QCoreApplication::translate(
                       "Sportello::CaseFile",
                       "Say which service or body is responsible for \"%1\".")
                .arg(a.description);
    }
    return QString();
}

QString referralProblem(const Referral &r)
{
    if (const QString tooLong
        = firstTooLong({{QT_TRANSLATE_NOOP("Sportello::CaseFile", "Employment centre"), r.centre,
                         TextLimits::kLine}});
        !tooLong.isEmpty())
        return tooLong;
    if (r.citizenId.isEmpty())
        return QCoreApplication::translate("Sportello::CaseFile", "Say who is referred.");
    if (r.centre.trimmed().isEmpty())
        return QCoreApplication::translate("Sportello::CaseFile", "Name the employment centre.");
    if (!r.referredOn.isValid() || r.referredOn > QDate::currentDate())
        return QCoreApplication::translate("Sportello::CaseFile",
                                           "The referral needs its date, not in the future.");
    if (r.pactSignedOn.isValid() && r.pactSignedOn < r.referredOn)
        return QCoreApplication::translate(
            "Sportello::CaseFile", "The service pact cannot be signed before the referral.");
    if (r.outcome != ReferralOutcome::Pending
        && (!r.outcomeOn.isValid() || r.outcomeOn < r.referredOn))
        return QCoreApplication::translate("Sportello::CaseFile",
                                           "The outcome needs its date, after the referral.");
    if (r.outcome == ReferralOutcome::PactSigned && !r.pactSignedOn.isValid())
        return QCoreApplication::translate("Sportello::CaseFile",
                                           "Give the date the service pact was signed.");
    return QString();
}

QString interventionProblem(const Intervention &i, const InterventionType *type)
{
    if (const QString tooLong = firstTooLong({{QT_TRANSLATE_NOOP("Sportello::CaseFile", "Provider"),
                                               i.provider, TextLimits::kLine}});
        !tooLong.isEmpty())
        return tooLong;
    if (!type)
        return QCoreApplication::translate("Sportello::CaseFile",
                                           "Choose the intervention from the catalogue.");
    if (!i.startsOn.isValid())
        return QCoreApplication::translate("Sportello::CaseFile",
                                           "The intervention needs its start date.");
    if (i.endsOn.isValid() && i.endsOn < i.startsOn)
        return QCoreApplication::translate("Sportello::CaseFile",
                                           "The intervention ends before it starts.");
    if (type->hasAmount && i.amountCents < 0)
        return QCoreApplication::translate("Sportello::CaseFile", "%1 needs its amount.")
            .arg(type->label);
    if (!type->hasAmount && i.amountCents >= 0)
        return QCoreApplication::translate("Sportello::CaseFile", "%1 has no amount.")
            .arg(type->label);
    if (i.status == InterventionStatus::Ended && !i.endsOn.isValid())
        return QCoreApplication::translate("Sportello::CaseFile",
                                           "An ended intervention needs its end date.");
    return QString();
}

} // namespace Sportello::Casework
