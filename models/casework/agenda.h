#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Sportello {

struct Session;

namespace Casework {

enum class AppointmentStatus { Booked, Held, Missed, Cancelled };

struct Appointment
{
    QString id;
    QString worker; // the social worker's username
    QString citizenId;
    QString caseId;
    QDateTime startsAt; // UTC
    QDateTime endsAt;
    QString place;
    QString purpose;
    AppointmentStatus status = AppointmentStatus::Booked;
    QString bookedBy;
};

QString appointmentStatusLabel(AppointmentStatus status); // translated

// The social workers' agenda: clerks book for a worker, workers manage their own.
// A booking must end after it starts, not lie in the past, and not overlap another
// booking of the same worker.
class Agenda final
{
public:
    explicit Agenda(const QString &dbPath);

    bool book(const Session &session, Appointment *appointment, QString *error);
    // Why the booking would be refused (one translated sentence), or empty.
    QString problem(const Session &session, const Appointment &appointment) const;
    bool setStatus(const Session &session, const QString &id, AppointmentStatus status,
                   QString *error);
    // A worker's appointments that start in [from, to), in order; cancelled ones left out.
    QList<Appointment> of(const QString &worker, const QDateTime &from, const QDateTime &to) const;

private:
    QString m_path;
};

// What needs the worker's attention, from their open cases (issue 5, "reminders").
struct Reminder
{
    enum class Kind { ReviewOverdue, ActionOverdue, PlanWithoutActions, CaseIdle, NoAssessment };
    Kind kind;
    QString caseId;
    QString caseNumber;
    QString text; // translated
    QDate since;
};

QList<Reminder> reminders(const QString &dbPath, const QString &worker, const QDate &today,
                          int idleDays = 60);

} // namespace Casework
} // namespace Sportello
