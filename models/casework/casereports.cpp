#include "models/casework/casereports.h"

#include "models/access/auditdetail.h"
#include "models/access/auditlog.h"
#include "models/access/session.h"
#include "models/casework/timeline.h"
#include "models/common/csv.h"
#include "models/db/database.h"
#include "models/db/query.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello::Casework {

namespace {

using Db::run;
using namespace Timeline;

constexpr int kSmallCell = 5;

QString ageBand(const QDate &birth, const QDate &on)
{
    if (!birth.isValid())
        return u"?"_s;
    int age = on.year() - birth.year();
    if (QDate(on.year(), birth.month(), std::min(birth.day(), 28)) > on)
        --age;
    if (age < 18)
        return u"0-17"_s;
    if (age < 30)
        return u"18-29"_s;
    if (age < 45)
        return u"30-44"_s;
    if (age < 65)
        return u"45-64"_s;
    return u"65+"_s;
}

QString cell(int count)
{
    return count < kSmallCell ? u"<5"_s : QString::number(count);
}

} // namespace

CaseStatistics caseStatistics(const QString &dbPath, const QDate &from, const QDate &to)
{
    CaseStatistics s;
    QSqlQuery q(Db::connection(dbPath));
    // Counted by SQLite: a year of a large municipality is tens of thousands of cases.
    const QString open = u"FROM social_case WHERE deleted = 0 AND substr(opened_at, 1, 10) <= :to "
                         "AND (closed_at IS NULL OR substr(closed_at, 1, 10) >= :from)"_s;
    const auto counts = [&q, &from, &to](const QString &sql) {
        q.prepare(sql);
        q.bindValue(u":from"_s, dateText(from));
        q.bindValue(u":to"_s, dateText(to));
        q.exec();
    };
    counts(u"SELECT status, need_area, count(*) "_s + open + u" GROUP BY status, need_area"_s);
    while (q.next()) {
        CaseStatus status;
        NeedArea area;
        if (caseStatusFromId(q.value(0).toString(), &status))
            s.byStatus[status] += q.value(2).toInt();
        if (needAreaFromId(q.value(1).toString(), &area))
            s.byArea[area] += q.value(2).toInt();
    }
    QMap<QString, std::pair<int, int>> months;
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1))
        months.insert(m.toString(u"yyyy-MM"_s), {0, 0});
    counts(u"SELECT substr(opened_at, 1, 7), count(*), 0 "_s + open
           + u" GROUP BY 1 UNION ALL SELECT substr(closed_at, 1, 7), 0, count(*) "_s + open
           + u" AND closed_at IS NOT NULL GROUP BY 1"_s);
    while (q.next()) {
        const auto month = months.find(q.value(0).toString());
        if (month != months.end()) {
            month->first += q.value(1).toInt();
            month->second += q.value(2).toInt();
        }
    }
    for (auto it = months.cbegin(); it != months.cend(); ++it)
        s.perMonth.append({it.key(), it.value()});

    // From the case's opening to its first step into an active plan, in calendar days.
    counts(u"SELECT count(*), avg(julianday(substr(planned, 1, 10)) "
           "- julianday(substr(opened_at, 1, 10))) FROM (SELECT c.opened_at, min(e.at) AS planned "
           "FROM case_event e JOIN social_case c ON c.id = e.case_id "
           "WHERE e.kind = 'transition' AND e.to_status = 'active_plan' AND c.deleted = 0 "
           "AND substr(c.opened_at, 1, 10) BETWEEN :from AND :to GROUP BY e.case_id)"_s);
    if (q.next() && q.value(0).toInt() > 0) {
        s.casesWithPlan = q.value(0).toInt();
        s.averageDaysToPlan = q.value(1).toDouble();
    }
    return s;
}

QByteArray caseloadCsv(const QString &dbPath, const Session &session, const QString &worker)
{
    const QSqlDatabase db = Db::connection(dbPath);
    QSqlQuery q(db);
    q.prepare(
        u"SELECT s.number, c.surname, c.given_names, c.fiscal_code, s.status, s.need_area, "
        "s.opened_at, s.last_activity FROM social_case s JOIN citizen c ON c.id = s.citizen_id "
        "WHERE s.assigned_to = ? AND s.status <> 'closed' AND s.deleted = 0 "
        "ORDER BY s.last_activity"_s);
    run(q, {worker});
    QByteArray out = Csv::line({u"case"_s, u"surname"_s, u"given_names"_s, u"fiscal_code"_s,
                                u"status"_s, u"need_area"_s, u"opened"_s, u"last_activity"_s});
    int rows = 0;
    while (q.next()) {
        out += Csv::line({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                          q.value(6).toString().left(10), q.value(7).toString().left(10)});
        ++rows;
    }
    AuditLog::record(db, session, AuditLog::Action::Export, u"social_case"_s, QString(),
                     AuditLog::detail(u"caseload"_s, {{u"cases"_s, rows}, {u"worker"_s, worker}}));
    return out;
}

bool statisticalExtract(const QString &dbPath, const Session &session, const QByteArray &keyFile,
                        const QDate &from, const QDate &to, QByteArray *csv, QString *error)
{
    if (!session.can(Permission::ViewCaseReports)) {
        *error = QCoreApplication::translate("Sportello::CaseReports",
                                             "Your role does not produce statistical extracts.");
        return false;
    }
    // A line end left by an editor does not change the pseudonyms.
    const QByteArray key = keyFile.trimmed();
    if (key.size() < 16) {
        *error = QCoreApplication::translate(
            "Sportello::CaseReports",
            "The pseudonymisation key must be at least 16 bytes, kept apart from the database.");
        return false;
    }
    if (!from.isValid() || !to.isValid() || to < from) {
        *error = QCoreApplication::translate("Sportello::CaseReports",
                                             "The period must end after it starts.");
        return false;
    }
    const QSqlDatabase db = Db::connection(dbPath);
    QSqlQuery q(db);
    q.prepare(
        u"SELECT s.need_area, s.status, c.sex, c.birth_date, c.fiscal_code FROM social_case s "
        "JOIN citizen c ON c.id = s.citizen_id WHERE s.deleted = 0 "
        "AND substr(s.opened_at, 1, 10) BETWEEN ? AND ?"_s);
    run(q, {dateText(from), dateText(to)});
    struct Cell
    {
        int cases = 0;
        QSet<QByteArray> persons;
    };
    QMap<QStringList, Cell> cells;
    while (q.next()) {
        const QStringList dimensions
            = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
               ageBand(dateFrom(q.value(3).toString()), to)};
        Cell &c = cells[dimensions];
        ++c.cases;
        c.persons.insert(QMessageAuthenticationCode::hash(q.value(4).toString().toUtf8(), key,
                                                          QCryptographicHash::Sha256));
    }
    *csv = Csv::line(
        {u"need_area"_s, u"status"_s, u"sex"_s, u"age_band"_s, u"cases"_s, u"persons"_s});
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        *csv += Csv::line(
            it.key() + QStringList {cell(it.value().cases), cell(int(it.value().persons.size()))});
    }
    AuditLog::record(db, session, AuditLog::Action::Export, u"social_case"_s, QString(),
                     AuditLog::detail(u"statistical_extract"_s,
                                      {{u"from"_s, from.toString(Qt::ISODate)},
                                       {u"to"_s, to.toString(Qt::ISODate)}}));
    return true;
}

} // namespace Sportello::Casework
