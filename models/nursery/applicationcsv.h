#pragma once

#include "models/nursery/application.h"

#include <QSet>

#include <optional>

namespace Sportello::Nursery {

struct RuleSet;

// Reads the applications CSV of `sportello nursery import-applications` (issue 4):
//   protocol,child_birth_date,submitted_at,isee,preferences,conditions
// plus optional child_fiscal_code,child_surname,child_given_names,applicant_fiscal_code.
// The whole file is checked against the rules; the first problem rejects it with its line
// ("line 7: ...") so nothing is imported. existingProtocols are those the round already has.
std::optional<QList<Application>> readApplicationsCsv(const QByteArray &utf8, const RuleSet &rules,
                                                      const QSet<QString> &existingProtocols,
                                                      QString *error);

// The checks of one application, shared with the application form: empty = acceptable.
QString applicationProblem(const Application &application, const RuleSet &rules);

// Conditions checked against the rules (known criterion, count, nursery where the scope
// needs one and only there, no repetition): empty = acceptable.
QString conditionsProblem(const QList<Condition> &conditions, const RuleSet &rules);

// "RES;FIG*2;SIB@A" to conditions, checked against the rules; false with a reason.
bool parseConditions(const QString &text, const RuleSet &rules, QList<Condition> *conditions,
                     QString *error);

} // namespace Sportello::Nursery
