#pragma once

#include "models/casework/socialcase.h"

class QSqlDatabase;

namespace Sportello {

struct Session;

// What every write to a case file shares: time stamps as stored, the timeline event and
// the case's last activity, written inside the caller's transaction.
namespace Casework::Timeline {

QString stamp(const QDateTime &at); // UTC ISO-8601 with milliseconds
QDateTime fromStamp(const QString &text);
QString dateText(const QDate &date); // ISO, empty when invalid
QDate dateFrom(const QString &text);

bool addEvent(const QSqlDatabase &db, const Session &session, const QString &caseId,
              const QString &kind, const QDateTime &at, const QString &detail,
              std::optional<CaseStatus> from = std::nullopt,
              std::optional<CaseStatus> to = std::nullopt);
// A change to the case file: its event and the case's last activity, at the same instant.
bool record(const QSqlDatabase &db, const Session &session, const QString &caseId,
            const QString &kind, const QString &detail,
            const QDateTime &at = QDateTime::currentDateTimeUtc());

} // namespace Casework::Timeline
} // namespace Sportello
