#pragma once

#include "models/nursery/application.h"
#include "models/nursery/rules.h"

#include <QString>
#include <QStringList>

namespace Sportello::Nursery {

// What the short codes of a round's lists stand for (N01, RES, LAV×2): the visible legend
// line under a list or chart that shows them, and each cell's tooltip. Translated.
QString nurseryLegend(const RuleSet &rules); // "Nurseries: N01 Il Girasole · N02 …"
QString conditionLegend(const RuleSet &rules); // "Conditions: RES Resident … · ×2 declared twice"
QString preferencesTip(const RuleSet &rules, const QStringList &nurseries); // one per line
QString conditionsTip(const RuleSet &rules, const QList<Condition> &conditions);

} // namespace Sportello::Nursery
