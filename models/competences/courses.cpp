#include "models/competences/courses.h"

#include "models/access/auditdetail.h"
#include "models/access/auditlog.h"
#include "models/access/session.h"
#include "models/common/csv.h"
#include "models/common/enumids.h"
#include "models/common/format.h"
#include "models/competences/conceptstore.h"
#include "models/competences/librettotext.h"
#include "models/db/database.h"
#include "models/db/query.h"
#include "models/db/rowstamp.h"
#include "models/db/transaction.h"
#include "models/registry/fiscalcode.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello::Competences {

namespace {

using Db::orNull;
using Db::run;

constexpr EnumIds<Course::Mode, 3> kModes({{
    {Course::Mode::SelfPaced, u"self_paced"},
    {Course::Mode::Tutored, u"tutored"},
    {Course::Mode::Blended, u"blended"},
}});

constexpr EnumIds<Enrolment::Status, 4> kStatuses({{
    {Enrolment::Status::Enrolled, u"enrolled"},
    {Enrolment::Status::Completed, u"completed"},
    {Enrolment::Status::Failed, u"failed"},
    {Enrolment::Status::Withdrawn, u"withdrawn"},
}});

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString lineProblem(int line, const QString &why)
{
    return QCoreApplication::translate("Sportello::Courses", "Line %1: %2").arg(line).arg(why);
}

} // namespace

QString modeLabel(Course::Mode mode)
{
    switch (mode) {
    case Course::Mode::SelfPaced:
        return QCoreApplication::translate("Sportello::Courses", "Self-paced");
    case Course::Mode::Tutored:
        return QCoreApplication::translate("Sportello::Courses", "With a tutor");
    case Course::Mode::Blended:
        return QCoreApplication::translate("Sportello::Courses", "Blended");
    }
    return QString();
}

QString statusLabel(Enrolment::Status status)
{
    switch (status) {
    case Enrolment::Status::Enrolled:
        return QCoreApplication::translate("Sportello::Courses", "Enrolled");
    case Enrolment::Status::Completed:
        return QCoreApplication::translate("Sportello::Courses", "Completed");
    case Enrolment::Status::Failed:
        return QCoreApplication::translate("Sportello::Courses", "Not passed");
    case Enrolment::Status::Withdrawn:
        return QCoreApplication::translate("Sportello::Courses", "Withdrawn");
    }
    return QString();
}

QString sampleCoursesPath()
{
    return u":/repertory/sample-courses.csv"_s;
}

CourseCatalogue::CourseCatalogue(const QString &dbPath)
    : m_path(dbPath)
{ }

int CourseCatalogue::importCsv(const QByteArray &csv, QString *error)
{
    QList<Csv::Record> records;
    int badLine = 0;
    if (!Csv::parse(csv, &records, &badLine)) {
        *error = lineProblem(
            badLine,
            QCoreApplication::translate("Sportello::Courses", "a quoted field is not closed."));
        return -1;
    }
    const QStringList header
        = {u"code"_s, u"title"_s, u"hours"_s, u"provider"_s, u"mode"_s, u"url"_s, u"competences"_s};
    if (records.isEmpty() || records.first().fields != header) {
        *error = QCoreApplication::translate(
            "Sportello::Courses",
            "The first line must be: code,title,hours,provider,mode,url,competences");
        return -1;
    }
    static const QRegularExpression codeShape(u"^[A-Za-z0-9][A-Za-z0-9._-]{1,29}$"_s);
    QList<Course> courses;
    QSet<QString> seen;
    for (const Csv::Record &r : records.mid(1)) {
        const auto fail = [&](const QString &why) {
            *error = lineProblem(r.line, why);
            return -1;
        };
        if (r.fields.size() != header.size())
            return fail(
                QCoreApplication::translate("Sportello::Courses", "expected 7 fields, found %1.")
                    .arg(r.fields.size()));
        Course c;
        c.code = r.fields.at(0).trimmed();
        c.title = r.fields.at(1).trimmed();
        bool number = false;
        c.hours = r.fields.at(2).trimmed().toInt(&number);
        c.provider = r.fields.at(3).trimmed();
        c.url = r.fields.at(5).trimmed();
        if (!codeShape.match(c.code).hasMatch())
            return fail(
                QCoreApplication::translate("Sportello::Courses", "\"%1\" is not a course code.")
                    .arg(c.code));
        if (seen.contains(c.code))
            return fail(
                QCoreApplication::translate("Sportello::Courses", "the course %1 is repeated.")
                    .arg(c.code));
        if (c.title.isEmpty() || c.provider.isEmpty())
            return fail(QCoreApplication::translate("Sportello::Courses",
                                                    "a course needs its title and provider."));
        if (!number || c.hours <= 0 || c.hours > 5000)
            return fail(QCoreApplication::translate("Sportello::Courses",
                                                    "the hours are a number from 1 to 5000."));
        if (!kModes.fromId(r.fields.at(4).trimmed(), &c.mode))
            return fail(
                QCoreApplication::translate(
                    "Sportello::Courses", "the mode is self_paced, tutored or blended, not \"%1\".")
                    .arg(r.fields.at(4)));
        if (!c.url.isEmpty() && !c.url.startsWith(u"https://") && !c.url.startsWith(u"http://"))
            return fail(QCoreApplication::translate("Sportello::Courses",
                                                    "the address is not a web address."));
        for (const QString &id : r.fields.at(6).split(u';', Qt::SkipEmptyParts))
            c.competences << id.trimmed();
        seen.insert(c.code);
        courses << c;
    }
    if (courses.isEmpty()) {
        *error = QCoreApplication::translate("Sportello::Courses", "The catalogue has no courses.");
        return -1;
    }
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery q(db);
    bool ok
        = q.exec(u"UPDATE course SET active = 0"_s) && q.exec(u"DELETE FROM course_competence"_s);
    QSqlQuery link(db);
    link.prepare(u"INSERT OR IGNORE INTO course_competence (course_code, concept_id) "
                 "VALUES (?, ?)"_s);
    q.prepare(u"INSERT INTO course (code, title, hours, provider, mode, url, active) "
              "VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT (code) DO UPDATE SET "
              "title = excluded.title, hours = excluded.hours, provider = excluded.provider, "
              "mode = excluded.mode, url = excluded.url, active = 1"_s);
    for (const Course &c : std::as_const(courses)) {
        ok = ok
            && run(q,
                   {c.code, c.title, c.hours, c.provider, kModes.id(c.mode),
                    c.url.isNull() ? u""_s : c.url}); // an empty URL is '', not NULL
        for (const QString &id : c.competences)
            ok = ok && run(link, {c.code, id});
    }
    if (!ok || !transaction.commit()) {
        *error = QCoreApplication::translate("Sportello::Courses",
                                             "The catalogue could not be saved.");
        return -1;
    }
    return int(courses.size());
}

namespace {

QList<Course> readCourses(const QSqlDatabase &db, const QString &where, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT code, title, hours, provider, mode, url FROM course WHERE active = 1 "_s
              + where + u" ORDER BY title"_s);
    if (!value.isEmpty())
        q.addBindValue(value);
    q.exec();
    QList<Course> out;
    QSqlQuery links(db);
    links.prepare(u"SELECT concept_id FROM course_competence WHERE course_code = ? "
                  "ORDER BY concept_id"_s);
    while (q.next()) {
        Course c;
        c.code = q.value(0).toString();
        c.title = q.value(1).toString();
        c.hours = q.value(2).toInt();
        c.provider = q.value(3).toString();
        kModes.fromId(q.value(4).toString(), &c.mode);
        c.url = q.value(5).toString();
        run(links, {c.code});
        while (links.next())
            c.competences << links.value(0).toString();
        out << c;
    }
    return out;
}

} // namespace

QList<Course> CourseCatalogue::courses() const
{
    return readCourses(Db::connection(m_path), QString(), QString());
}

QList<Course> CourseCatalogue::coursesFor(const QString &conceptId) const
{
    return readCourses(Db::connection(m_path),
                       u"AND code IN (SELECT course_code FROM course_competence "
                       "WHERE concept_id = ?)"_s,
                       conceptId);
}

QList<Enrolment> CourseCatalogue::enrolmentsOf(const QString &citizenId) const
{
    QSqlQuery q(Db::connection(m_path));
    q.prepare(u"SELECT id, citizen_id, course_code, enrolled_on, enrolled_by, status, "
              "completed_on FROM course_enrolment WHERE citizen_id = ? AND deleted = 0 "
              "ORDER BY enrolled_on DESC"_s);
    run(q, {citizenId});
    QList<Enrolment> out;
    while (q.next()) {
        Enrolment e;
        e.id = q.value(0).toString();
        e.citizenId = q.value(1).toString();
        e.courseCode = q.value(2).toString();
        e.enrolledOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        e.enrolledBy = q.value(4).toString();
        kStatuses.fromId(q.value(5).toString(), &e.status);
        e.completedOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        out << e;
    }
    return out;
}

bool CourseCatalogue::enrol(const Session &session, const QString &citizenId,
                            const QString &courseCode, QString *error)
{
    const QSqlDatabase db = Db::connection(m_path);
    QSqlQuery q(db);
    q.prepare(u"SELECT 1 FROM course WHERE code = ? AND active = 1"_s);
    if (!run(q, {courseCode}) || !q.next()) {
        *error = QCoreApplication::translate("Sportello::Courses",
                                             "Choose a course of the catalogue.");
        return false;
    }
    q.prepare(u"SELECT 1 FROM course_enrolment WHERE citizen_id = ? AND course_code = ? "
              "AND status IN ('enrolled', 'completed') AND deleted = 0"_s);
    if (run(q, {citizenId, courseCode}) && q.next()) {
        *error = QCoreApplication::translate(
            "Sportello::Courses",
            "The citizen is already enrolled in the course or has completed it.");
        return false;
    }
    Transaction transaction(db);
    q.prepare(u"INSERT INTO course_enrolment (id, municipality, citizen_id, course_code, "
              "enrolled_on, enrolled_by, status, updated_at, updated_by) "
              "VALUES (?, ?, ?, ?, ?, ?, 'enrolled', ?, ?)"_s);
    if (!run(q,
             {RowStamp::newId(), session.municipality, citizenId, courseCode,
              iso(QDate::currentDate()), session.username, RowStamp::now(), session.username})
        || !AuditLog::record(db, session, AuditLog::Action::Create, u"citizen"_s, citizenId,
                             AuditLog::detail(u"course_enrolment"_s, {{u"course"_s, courseCode}}))
        || !transaction.commit()) {
        *error = QCoreApplication::translate("Sportello::Courses",
                                             "The enrolment could not be saved.");
        return false;
    }
    return true;
}

bool CourseCatalogue::withdraw(const Session &session, const QString &enrolmentId, QString *error)
{
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery q(db);
    q.prepare(u"UPDATE course_enrolment SET status = 'withdrawn', updated_at = ?, "
              "updated_by = ? WHERE id = ? AND status = 'enrolled' AND deleted = 0"_s);
    if (!run(q, {RowStamp::now(), session.username, enrolmentId}) || q.numRowsAffected() != 1
        || !transaction.commit()) {
        *error = QCoreApplication::translate("Sportello::Courses",
                                             "Only an enrolment in progress can be withdrawn.");
        return false;
    }
    return true;
}

bool CourseCatalogue::importCompletions(const Session &session, const QByteArray &csv,
                                        CompletionReport *report, QString *error)
{
    *report = CompletionReport();
    QList<Csv::Record> records;
    int badLine = 0;
    if (!Csv::parse(csv, &records, &badLine)) {
        *error = lineProblem(
            badLine,
            QCoreApplication::translate("Sportello::Courses", "a quoted field is not closed."));
        return false;
    }
    const QStringList header
        = {u"fiscal_code"_s, u"course_code"_s, u"completion_date"_s, u"outcome"_s};
    if (records.isEmpty() || records.first().fields != header) {
        *error = QCoreApplication::translate(
            "Sportello::Courses",
            "The first line must be: fiscal_code,course_code,completion_date,outcome");
        return false;
    }
    // The file's shape first: a malformed line refuses the whole file.
    struct Line
    {
        int line;
        QString fiscalCode;
        QString course;
        QDate date;
        bool passed;
    };
    QList<Line> lines;
    for (const Csv::Record &r : records.mid(1)) {
        if (r.fields.size() != header.size()) {
            *error = lineProblem(
                r.line,
                QCoreApplication::translate("Sportello::Courses", "expected 4 fields, found %1.")
                    .arg(r.fields.size()));
            return false;
        }
        const QDate date = Format::parseDate(r.fields.at(2).trimmed());
        if (!date.isValid() || date > QDate::currentDate()) {
            *error = lineProblem(r.line,
                                 QCoreApplication::translate("Sportello::Courses",
                                                             "\"%1\" is not a completion date.")
                                     .arg(r.fields.at(2)));
            return false;
        }
        const QString outcome = r.fields.at(3).trimmed().toLower();
        const bool passed = outcome == u"passed" || outcome == u"superato";
        if (!passed && outcome != u"failed" && outcome != u"non superato") {
            *error = lineProblem(
                r.line,
                QCoreApplication::translate("Sportello::Courses",
                                            "the outcome is passed or failed, not \"%1\".")
                    .arg(r.fields.at(3)));
            return false;
        }
        lines << Line {r.line, FiscalCode::normalized(r.fields.at(0)), r.fields.at(1).trimmed(),
                       date, passed};
    }

    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery q(db);
    bool ok = true;
    for (const Line &l : std::as_const(lines)) {
        // The entry is filed under the municipality that registers the citizen, this desk's
        // own first when several do.
        q.prepare(u"SELECT id, fiscal_code, municipality FROM citizen "
                  "WHERE fiscal_code = ? AND deleted = 0 ORDER BY municipality <> ? LIMIT 1"_s);
        run(q, {l.fiscalCode, session.municipality});
        const bool found = q.next();
        const QString citizenId = found ? q.value(0).toString() : QString();
        const QString fiscalCode = found ? q.value(1).toString() : QString();
        const QString municipality = found ? q.value(2).toString() : QString();
        q.prepare(u"SELECT title, hours, provider FROM course WHERE code = ?"_s);
        run(q, {l.course});
        if (citizenId.isEmpty() || !q.next()) {
            report->unmatched << lineProblem(
                l.line,
                citizenId.isEmpty()
                    ? QCoreApplication::translate("Sportello::Courses",
                                                  "no citizen with the fiscal code %1.")
                          .arg(l.fiscalCode)
                    : QCoreApplication::translate("Sportello::Courses",
                                                  "no course %1 in the catalogue.")
                          .arg(l.course));
            continue;
        }
        const QString title = q.value(0).toString();
        const int hours = q.value(1).toInt();
        const QString provider = q.value(2).toString();
        const Enrolment::Status status
            = l.passed ? Enrolment::Status::Completed : Enrolment::Status::Failed;
        q.prepare(u"SELECT id, status, completed_on FROM course_enrolment WHERE citizen_id = ? "
                  "AND course_code = ? AND deleted = 0 AND status <> 'withdrawn' "
                  "ORDER BY enrolled_on DESC LIMIT 1"_s);
        run(q, {citizenId, l.course});
        QString enrolment;
        if (q.next()) {
            if (q.value(1).toString() == kStatuses.id(status)
                && q.value(2).toString() == iso(l.date)) {
                ++report->alreadyKnown;
                continue;
            }
            enrolment = q.value(0).toString();
        }
        if (enrolment.isEmpty()) {
            q.prepare(u"INSERT INTO course_enrolment (id, municipality, citizen_id, course_code, "
                      "enrolled_on, enrolled_by, status, completed_on, updated_at, updated_by) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
            ok = ok
                && run(q,
                       {RowStamp::newId(), municipality, citizenId, l.course, iso(l.date),
                        session.username, kStatuses.id(status), iso(l.date), RowStamp::now(),
                        session.username});
        } else {
            q.prepare(u"UPDATE course_enrolment SET status = ?, completed_on = ?, updated_at = ?, "
                      "updated_by = ? WHERE id = ?"_s);
            ok = ok
                && run(q,
                       {kStatuses.id(status), iso(l.date), RowStamp::now(), session.username,
                        enrolment});
        }
        if (!l.passed) {
            ++report->failed;
            continue;
        }
        // Into the libretto: the course (section 1) and what it develops (section 2).
        const QString experience = RowStamp::newId();
        q.prepare(u"INSERT INTO libretto_experience (id, municipality, citizen_id, fiscal_code, "
                  "kind, title, organisation, starts_on, ends_on, hours, details, updated_at, "
                  "updated_by) VALUES (?, ?, ?, ?, 'training', ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        ok = ok
            && run(q,
                   {experience, municipality, citizenId, fiscalCode, title, provider, iso(l.date),
                    iso(l.date), hours, LibrettoText::courseDetails(l.course), RowStamp::now(),
                    session.username});
        QSqlQuery concepts(db);
        // The competences known on this desk (an ESCO skill needs ESCO imported).
        concepts.prepare(u"SELECT k.concept_id, c.label FROM course_competence k "
                         "JOIN competence_concept c ON c.id = k.concept_id "
                         "WHERE k.course_code = ?"_s);
        run(concepts, {l.course});
        while (ok && concepts.next()) {
            q.prepare(u"INSERT INTO libretto_competence (id, municipality, citizen_id, "
                      "fiscal_code, concept_id, description, context, experience_id, evidence, "
                      "acquired_on, updated_at, updated_by) "
                      "VALUES (?, ?, ?, ?, ?, ?, 'non_formal', ?, ?, ?, ?, ?)"_s);
            ok = run(q,
                     {RowStamp::newId(), municipality, citizenId, fiscalCode, concepts.value(0),
                      concepts.value(1), experience, LibrettoText::courseEvidence(l.course, l.date),
                      iso(l.date), RowStamp::now(), session.username});
        }
        ok = ok
            && AuditLog::record(
                 db, Session {session.username, session.displayName, session.role, municipality},
                 AuditLog::Action::Update, u"citizen"_s, citizenId,
                 AuditLog::detail(u"course_completed"_s, {{u"course"_s, l.course}}));
        ++report->recorded;
    }
    if (!ok || !transaction.commit()) {
        *error = QCoreApplication::translate("Sportello::Courses",
                                             "The completions could not be recorded: %1")
                     .arg(q.lastError().text());
        return false;
    }
    return true;
}

} // namespace Sportello::Competences
