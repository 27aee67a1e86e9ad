#pragma once

#include "models/casework/socialcase.h"

#include <QByteArray>
#include <QDate>
#include <QMap>

namespace Sportello {

struct Session;

namespace Casework {

// Figures for the service's reports and charts, over the cases of this desk's database.
struct CaseStatistics
{
    QMap<CaseStatus, int> byStatus;
    QMap<NeedArea, int> byArea;
    QList<std::pair<QString, std::pair<int, int>>> perMonth; // "2026-03" -> (new, closed)
    double averageDaysToPlan = -1; // intake to the first active plan; -1 when none yet
    int casesWithPlan = 0;
};

CaseStatistics caseStatistics(const QString &dbPath, const QDate &from, const QDate &to);

// The caseload as CSV for the worker's own use (names included): one line per open case.
// The export is recorded in the audit log.
QByteArray caseloadCsv(const QString &dbPath, const Session &session, const QString &worker);

// The statistical extract for the region or ISTAT: counts of cases and of distinct persons
// by need area, state, sex and age band, without names or fiscal codes. Persons are told
// apart by a keyed hash (HMAC-SHA256) of their fiscal code, with a key kept apart from the
// database (the content of a key file, at least 16 bytes once surrounding white space is
// left out); counts under 5 are
// written as "<5". The extract is recorded in the audit log.
bool statisticalExtract(const QString &dbPath, const Session &session, const QByteArray &key,
                        const QDate &from, const QDate &to, QByteArray *csv, QString *error);

} // namespace Casework
} // namespace Sportello
