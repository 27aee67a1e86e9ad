#pragma once

#include "models/dashboard/figure.h"

class QSqlDatabase;

namespace Sportello::Dashboard {

// The region's figures from the aggregate views of the central database (schema 6,
// readable by sportello_region only): the whole region when municipality is empty,
// otherwise one municipality (ISTAT code). Counts from 1 to 4 come suppressed.
bool regionalFigures(const QSqlDatabase &central, const QString &municipality, const QDate &today,
                     Figures *figures, QString *error);

// The municipalities the views have figures for, by ISTAT code.
QStringList regionalMunicipalities(const QSqlDatabase &central, QString *error);

} // namespace Sportello::Dashboard
