#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Sportello::Casework {

struct InterventionType;

// The coded catalogue of interventions and benefits (table intervention_type), seeded with
// an Italian set and loadable from a municipality's own list.
namespace Catalogue {

QList<InterventionType> active(const QString &dbPath); // by label

// Loads `code,label,area,has_amount` (CSV with that header; area one of income, housing,
// work, family, disability, elderly, health, other; has_amount 0 or 1). The whole file is
// checked first and the first bad line rejects it with its number. Then, in one
// transaction, its types are written and made active, and the types it leaves out are
// retired (kept for the interventions that already use them). Returns how many it holds.
int importCsv(const QString &dbPath, const QByteArray &csv, QString *error);

} // namespace Catalogue
} // namespace Sportello::Casework
