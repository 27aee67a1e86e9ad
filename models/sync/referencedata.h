#pragma once

#include <QString>

class QSqlDatabase;

namespace Sportello::ReferenceData {

// The region's reference data travels as whole groups of tables, each with one version in
// the regional database (sync.reference_version): "competences" (frameworks, concepts,
// links) and "courses" (the e-learning catalogue and its competences).

// Replaces the regional copy of every group by the local database's, in one transaction
// (administrators only, by the regional grants). Returns the rows sent.
qint64 publish(const QSqlDatabase &central, const QString &localPath, QString *error);

// Takes each group whose regional version moved since the last time, whole, in one local
// transaction per group. A group the region has never published leaves the desk's own
// imports alone. Returns how many groups were taken, or -1 with *error.
int pull(const QSqlDatabase &central, const QString &localPath, QString *error);

} // namespace Sportello::ReferenceData
