#include "models/casework/timeline.h"

#include "models/access/session.h"
#include "models/db/query.h"
#include "models/db/rowstamp.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello::Casework::Timeline {

using Db::orNull;
using Db::run;

QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStamp(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODate);
    return at;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateFrom(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

bool addEvent(const QSqlDatabase &db, const Session &session, const QString &caseId,
              const QString &kind, const QDateTime &at, const QString &detail,
              std::optional<CaseStatus> from, std::optional<CaseStatus> to)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO case_event (id, municipality, case_id, at, by_user, kind, "
              "from_status, to_status, detail, updated_at, updated_by) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    return run(q,
               {RowStamp::newId(), session.municipality, caseId, stamp(at), session.username, kind,
                orNull(from ? caseStatusId(*from) : QString()),
                orNull(to ? caseStatusId(*to) : QString()), orNull(detail), RowStamp::now(),
                session.username});
}

bool record(const QSqlDatabase &db, const Session &session, const QString &caseId,
            const QString &kind, const QString &detail, const QDateTime &at)
{
    if (!addEvent(db, session, caseId, kind, at, detail))
        return false;
    QSqlQuery q(db);
    q.prepare(u"UPDATE social_case SET last_activity = max(last_activity, ?), updated_at = ?, "
              "updated_by = ? WHERE id = ?"_s);
    return run(q, {stamp(at), RowStamp::now(), session.username, caseId});
}

} // namespace Sportello::Casework::Timeline
