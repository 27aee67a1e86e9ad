#pragma once

#include <QStringList>

namespace Sportello::Cli {

struct Invocation;

// Each takes its own arguments (after the command words) and returns the exit code.
int runDemo(const Invocation &invocation, const QStringList &arguments);
int runCfCheck(const Invocation &invocation, const QStringList &arguments);
int runCitizensSearch(const Invocation &invocation, const QStringList &arguments);
int runCentral(const Invocation &invocation, const QStringList &arguments);
int runSync(const Invocation &invocation, const QStringList &arguments);
int runNursery(const Invocation &invocation, const QStringList &arguments);
int runCasework(const Invocation &invocation, const QStringList &arguments);
int runCompetences(const Invocation &invocation, const QStringList &arguments);
int runLibretto(const Invocation &invocation, const QStringList &arguments);
int runCourses(const Invocation &invocation, const QStringList &arguments);

} // namespace Sportello::Cli
