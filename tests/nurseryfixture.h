#pragma once

#include "models/nursery/round.h"

namespace Sportello::Test {

// tests/data/nursery/NAME, read whole.
QByteArray nurseryData(const QString &name);
QString nurseryDataPath(const QString &name);

// The worked example built by hand (tests/data/nursery/worked-*), see tst_nurseryranking.
Nursery::RuleSet workedRules();
QList<Nursery::Application> workedApplications();

// Small rule sets for one behaviour at a time: one age group "P" (born in 2024), the
// nurseries given (code -> seats), the criteria and tie-breaks given.
Nursery::RuleSet smallRules(const QMap<QString, int> &seats,
                            const QList<Nursery::Criterion> &criteria = {},
                            const QStringList &tieBreaks = {QStringLiteral("score_desc")});

// An application in group P, on time unless submitted after 2025-05-01.
Nursery::Application application(const QString &protocol, const QStringList &preferences,
                                 const QStringList &conditions = {},
                                 const QString &submitted = QStringLiteral("2025-04-10T09:00:00"),
                                 const QString &birth = QStringLiteral("2024-06-15"),
                                 qint64 iseeCents = -1);

} // namespace Sportello::Test
