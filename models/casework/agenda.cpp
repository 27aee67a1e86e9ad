#include "models/casework/agenda.h"

#include "models/access/session.h"
#include "models/access/staffnames.h"
#include "models/casework/timeline.h"
#include "models/common/enumids.h"
#include "models/common/format.h"
#include "models/common/textlimits.h"
#include "models/db/database.h"
#include "models/db/query.h"
#include "models/db/rowstamp.h"
#include "models/db/transaction.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello::Casework {

namespace {

using Db::orNull;
using Db::run;
using namespace Timeline;

constexpr EnumIds<AppointmentStatus, 4> kStatus({{
    {AppointmentStatus::Booked, u"booked"},
    {AppointmentStatus::Held, u"held"},
    {AppointmentStatus::Missed, u"missed"},
    {AppointmentStatus::Cancelled, u"cancelled"},
}});

} // namespace

QString appointmentStatusLabel(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return QCoreApplication::translate("Sportello::Agenda", "Booked");
    case AppointmentStatus::Held:
        return QCoreApplication::translate("Sportello::Agenda", "Held");
    case AppointmentStatus::Missed:
        return QCoreApplication::translate("Sportello::Agenda", "Missed");
    case AppointmentStatus::Cancelled:
        return QCoreApplication::translate("Sportello::Agenda", "Cancelled");
    }
    return QString();
}

Agenda::Agenda(const QString &dbPath)
    : m_path(dbPath)
{ }

QString Agenda::problem(const Session &session, const Appointment &a) const
{
    if (!session.can(Permission::RecordRequests))
        return QCoreApplication::translate("Sportello::Agenda",
                                           "Your role does not book appointments.");
    if (a.worker.isEmpty() || a.purpose.trimmed().isEmpty())
        return QCoreApplication::translate("Sportello::Agenda",
                                           "Choose the social worker and say what it is for.");
    for (const auto &[field, text] :
         {std::pair {QCoreApplication::translate("Sportello::Agenda", "Purpose"), a.purpose},
          std::pair {QCoreApplication::translate("Sportello::Agenda", "Place"), a.place}}) {
        if (const QString tooLong = TextLimits::tooLong(field, text, TextLimits::kLine);
            !tooLong.isEmpty())
            return tooLong;
    }
    if (!a.startsAt.isValid() || !a.endsAt.isValid() || a.endsAt <= a.startsAt)
        return QCoreApplication::translate("Sportello::Agenda",
                                           "The appointment must end after it starts.");
    if (a.startsAt < QDateTime::currentDateTimeUtc().addSecs(-300))
        return QCoreApplication::translate("Sportello::Agenda",
                                           "An appointment cannot be booked in the past.");
    for (const Appointment &other : of(a.worker, a.startsAt.addDays(-1), a.endsAt)) {
        if (other.startsAt < a.endsAt && a.startsAt < other.endsAt) {
            return QCoreApplication::translate("Sportello::Agenda",
                                               "%1 already has an appointment from %2 to %3.")
                .arg(StaffNames(m_path).of(a.worker),
                     other.startsAt.toLocalTime().toString(u"HH:mm"_s),
                     other.endsAt.toLocalTime().toString(u"HH:mm"_s));
        }
    }
    return QString();
}

bool Agenda::book(const Session &session, Appointment *a, QString *error)
{
    *error = problem(session, *a);
    if (!error->isEmpty())
        return false;
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery q(db);
    a->id = RowStamp::newId();
    a->bookedBy = session.username;
    a->status = AppointmentStatus::Booked;
    q.prepare(u"INSERT INTO appointment (id, municipality, worker, citizen_id, case_id, starts_at, "
              "ends_at, place, purpose, status, booked_by, updated_at, updated_by) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'booked', ?, ?, ?)"_s);
    bool ok = run(q,
                  {a->id, session.municipality, a->worker, orNull(a->citizenId), orNull(a->caseId),
                   stamp(a->startsAt), stamp(a->endsAt), orNull(a->place.trimmed()),
                   a->purpose.trimmed(), session.username, RowStamp::now(), session.username});
    if (ok && !a->caseId.isEmpty())
        ok = addEvent(db, session, a->caseId, u"appointment"_s, QDateTime::currentDateTimeUtc(),
                      stamp(a->startsAt));
    if (!ok || !transaction.commit()) {
        a->id.clear();
        *error = QCoreApplication::translate("Sportello::Agenda",
                                             "The appointment could not be booked.");
        return false;
    }
    return true;
}

bool Agenda::setStatus(const Session &session, const QString &id, AppointmentStatus status,
                       QString *error)
{
    const QSqlDatabase db = Db::connection(m_path);
    QSqlQuery q(db);
    q.prepare(u"SELECT worker FROM appointment WHERE id = ? AND deleted = 0"_s);
    if (!run(q, {id}) || !q.next()) {
        *error = QCoreApplication::translate("Sportello::Agenda", "No such appointment.");
        return false;
    }
    const bool own = q.value(0).toString() == session.username;
    if (!own
        && !(status == AppointmentStatus::Cancelled && session.can(Permission::RecordRequests))) {
        *error = QCoreApplication::translate(
            "Sportello::Agenda", "Only the social worker records how an appointment went.");
        return false;
    }
    Transaction transaction(db);
    q.prepare(u"UPDATE appointment SET status = ?, updated_at = ?, updated_by = ? WHERE id = ?"_s);
    if (!run(q, {kStatus.id(status), RowStamp::now(), session.username, id})
        || !transaction.commit()) {
        *error = QCoreApplication::translate("Sportello::Agenda",
                                             "The appointment could not be changed.");
        return false;
    }
    return true;
}

QList<Appointment> Agenda::of(const QString &worker, const QDateTime &from,
                              const QDateTime &to) const
{
    QSqlQuery q(Db::connection(m_path));
    q.prepare(u"SELECT id, worker, citizen_id, case_id, starts_at, ends_at, place, purpose, "
              "status, booked_by FROM appointment WHERE worker = ? AND starts_at >= ? "
              "AND starts_at < ? AND status <> 'cancelled' AND deleted = 0 ORDER BY starts_at"_s);
    run(q, {worker, stamp(from), stamp(to)});
    QList<Appointment> out;
    while (q.next()) {
        Appointment a;
        a.id = q.value(0).toString();
        a.worker = q.value(1).toString();
        a.citizenId = q.value(2).toString();
        a.caseId = q.value(3).toString();
        a.startsAt = fromStamp(q.value(4).toString());
        a.endsAt = fromStamp(q.value(5).toString());
        a.place = q.value(6).toString();
        a.purpose = q.value(7).toString();
        kStatus.fromId(q.value(8).toString(), &a.status);
        a.bookedBy = q.value(9).toString();
        out << a;
    }
    return out;
}

QList<Reminder> reminders(const QString &dbPath, const QString &worker, const QDate &today,
                          int idleDays)
{
    QList<Reminder> out;
    const QSqlDatabase db = Db::connection(dbPath);
    QSqlQuery q(db);
    const QString open = u"c.assigned_to = :worker AND c.status NOT IN ('closed', 'suspended') "
                         "AND c.deleted = 0"_s;
    const auto collect = [&](Reminder::Kind kind, const QString &sql, const char *text) {
        q.prepare(sql);
        const QList<std::pair<QString, QString>> values
            = {{u":worker"_s, worker},
               {u":today"_s, dateText(today)},
               {u":idle"_s, stamp(today.addDays(-idleDays).startOfDay(Qt::UTC))},
               {u":intake"_s, stamp(today.addDays(-60).startOfDay(Qt::UTC))}};
        for (const auto &[name, value] : values) {
            if (sql.contains(name))
                q.bindValue(name, value);
        }
        q.exec();
        while (q.next()) {
            // A date as the desk writes dates (dd/mm/yyyy), never as stored.
            const QString raw = q.value(2).toString();
            const QDate date = raw.size() == 10 ? dateFrom(raw) : QDate();
            out << Reminder {kind, q.value(0).toString(), q.value(1).toString(),
                             QCoreApplication::translate("Sportello::Agenda", text)
                                 .arg(date.isValid() ? Format::date(date) : raw),
                             dateFrom(q.value(3).toString().left(10))};
        }
    };
    collect(Reminder::Kind::ReviewOverdue,
            u"SELECT c.id, c.number, p.review_on, p.review_on FROM social_case c "
            "JOIN case_plan p ON p.case_id = c.id AND p.deleted = 0 WHERE "_s
                + open + u" AND p.review_on < :today"_s,
            QT_TRANSLATE_NOOP("Sportello::Agenda", "The plan's review was due on %1."));
    collect(Reminder::Kind::ActionOverdue,
            u"SELECT c.id, c.number, a.description, a.due_on FROM social_case c "
            "JOIN case_plan p ON p.case_id = c.id AND p.deleted = 0 "
            "JOIN plan_action a ON a.plan_id = p.id AND a.deleted = 0 WHERE "_s
                + open + u" AND a.status = 'open' AND a.due_on < :today"_s,
            QT_TRANSLATE_NOOP("Sportello::Agenda", "The action \"%1\" is overdue."));
    collect(Reminder::Kind::PlanWithoutActions,
            u"SELECT c.id, c.number, p.agreed_on, p.agreed_on FROM social_case c "
            "JOIN case_plan p ON p.case_id = c.id AND p.deleted = 0 WHERE "_s
                + open
                + u" AND NOT EXISTS (SELECT 1 FROM plan_action a WHERE a.plan_id = p.id "
                  "AND a.deleted = 0)"_s,
            QT_TRANSLATE_NOOP("Sportello::Agenda", "The plan agreed on %1 has no actions."));
    collect(Reminder::Kind::CaseIdle,
            u"SELECT c.id, c.number, substr(c.last_activity, 1, 10), c.last_activity "
            "FROM social_case c WHERE "_s
                + open + u" AND c.last_activity < :idle"_s,
            QT_TRANSLATE_NOOP("Sportello::Agenda", "Nothing has happened since %1."));
    collect(Reminder::Kind::NoAssessment,
            u"SELECT c.id, c.number, substr(c.opened_at, 1, 10), c.opened_at FROM social_case c "
            "WHERE "_s
                + open
                + u" AND c.status IN ('intake', 'assessment') AND c.opened_at < :intake "
                  "AND NOT EXISTS (SELECT 1 FROM case_assessment s WHERE s.case_id = c.id "
                  "AND s.kind = 'preliminary' AND s.deleted = 0)"_s,
            QT_TRANSLATE_NOOP("Sportello::Agenda",
                              "Opened on %1 and still without the preliminary assessment."));
    std::sort(out.begin(), out.end(),
              [](const Reminder &a, const Reminder &b) { return a.since < b.since; });
    return out;
}

} // namespace Sportello::Casework
