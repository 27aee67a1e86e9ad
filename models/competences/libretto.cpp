#include "models/competences/libretto.h"

#include "models/access/auditdetail.h"
#include "models/access/auditlog.h"
#include "models/access/session.h"
#include "models/common/enumids.h"
#include "models/common/textlimits.h"
#include "models/competences/librettotext.h"
#include "models/db/database.h"
#include "models/db/query.h"
#include "models/db/rowstamp.h"
#include "models/db/transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <tuple>

using namespace Qt::StringLiterals;

namespace Sportello::Competences {

namespace {

QString dateText(const QDate &date)
{
    return date.toString(Qt::ISODate); // empty when invalid, stored as NULL
}

QDate dateFrom(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

using Db::orNull;
using Db::run;

constexpr EnumIds<Experience::Kind, 3> kKinds({{
    {Experience::Kind::Work, u"work"},
    {Experience::Kind::Education, u"education"},
    {Experience::Kind::Training, u"training"},
}});

constexpr EnumIds<AcquiredCompetence::Context, 3> kContexts({{
    {AcquiredCompetence::Context::Formal, u"formal"},
    {AcquiredCompetence::Context::NonFormal, u"non_formal"},
    {AcquiredCompetence::Context::Informal, u"informal"},
}});

QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text.trimmed();
}

} // namespace

QString experienceKindLabel(Experience::Kind kind)
{
    switch (kind) {
    case Experience::Kind::Work:
        return QCoreApplication::translate("Sportello::Libretto", "Work experience");
    case Experience::Kind::Education:
        return QCoreApplication::translate("Sportello::Libretto", "Education title");
    case Experience::Kind::Training:
        return QCoreApplication::translate("Sportello::Libretto", "Training course");
    }
    return QString();
}

QString contextLabel(AcquiredCompetence::Context context)
{
    switch (context) {
    case AcquiredCompetence::Context::Formal:
        return QCoreApplication::translate("Sportello::Libretto", "Formal");
    case AcquiredCompetence::Context::NonFormal:
        return QCoreApplication::translate("Sportello::Libretto", "Non-formal");
    case AcquiredCompetence::Context::Informal:
        return QCoreApplication::translate("Sportello::Libretto", "Informal");
    }
    return QString();
}

namespace {

// The first text longer than its bound, as the message; empty when all fit.
QString firstTooLong(std::initializer_list<std::tuple<const char *, QString, int>> texts)
{
    for (const auto &[field, text, limit] : texts) {
        if (const QString problem = TextLimits::tooLong(
                QCoreApplication::translate("Sportello::Libretto", field), text, limit);
            !problem.isEmpty())
            return problem;
    }
    return QString();
}

} // namespace

QString experienceProblem(const Experience &e)
{
    if (const QString tooLong = firstTooLong(
            {{QT_TRANSLATE_NOOP("Sportello::Libretto", "Title"), e.title, TextLimits::kLine},
             {QT_TRANSLATE_NOOP("Sportello::Libretto", "Organisation"), e.organisation,
              TextLimits::kLine},
             {QT_TRANSLATE_NOOP("Sportello::Libretto", "Place"), e.place, TextLimits::kLine},
             {QT_TRANSLATE_NOOP("Sportello::Libretto", "Details"), e.details, TextLimits::kText}});
        !tooLong.isEmpty())
        return tooLong;
    if (e.title.trimmed().isEmpty())
        return QCoreApplication::translate("Sportello::Libretto",
                                           "Say the role, the title or the course.");
    if (e.startsOn.isValid() && e.startsOn > QDate::currentDate())
        return QCoreApplication::translate("Sportello::Libretto",
                                           "An experience cannot start in the future.");
    if (e.endsOn.isValid() && (!e.startsOn.isValid() || e.endsOn < e.startsOn))
        return QCoreApplication::translate("Sportello::Libretto",
                                           "The experience ends before it starts.");
    if (e.hours < 0 || e.hours > 20000)
        return QCoreApplication::translate("Sportello::Libretto",
                                           "The hours are a number from 1 to 20,000.");
    return QString();
}

QString competenceProblem(const AcquiredCompetence &c)
{
    if (const QString tooLong = firstTooLong(
            {{QT_TRANSLATE_NOOP("Sportello::Libretto", "Competence"), c.description,
              TextLimits::kText},
             {QT_TRANSLATE_NOOP("Sportello::Libretto", "Evidence"), c.evidence, TextLimits::kLine},
             {QT_TRANSLATE_NOOP("Sportello::Libretto", "Certified by"), c.certifiedBy,
              TextLimits::kLine}});
        !tooLong.isEmpty())
        return tooLong;
    if (c.description.trimmed().isEmpty())
        return QCoreApplication::translate("Sportello::Libretto",
                                           "Describe the competence or choose it from the "
                                           "repertory.");
    if (c.evidence.trimmed().isEmpty())
        return QCoreApplication::translate(
            "Sportello::Libretto",
            "Say what supports it: a certificate, a contract, a statement, a portfolio…");
    if (c.certified && (c.certifiedBy.trimmed().isEmpty() || !c.certifiedOn.isValid()))
        return QCoreApplication::translate(
            "Sportello::Libretto", "A certified competence needs the certifying body and date.");
    if (c.certifiedOn.isValid() && c.certifiedOn > QDate::currentDate())
        return QCoreApplication::translate("Sportello::Libretto",
                                           "The certification date cannot be in the future.");
    return QString();
}

LibrettoRepository::LibrettoRepository(const QString &dbPath)
    : m_path(dbPath)
{ }

QList<Experience> LibrettoRepository::experiences(const QString &citizenId) const
{
    QSqlQuery q(Db::connection(m_path));
    q.prepare(u"SELECT id, kind, title, organisation, place, starts_on, ends_on, hours, details "
              "FROM libretto_experience WHERE fiscal_code = (SELECT fiscal_code FROM citizen "
              "WHERE id = ?) AND deleted = 0 "
              "ORDER BY coalesce(ends_on, '9999') DESC, starts_on DESC"_s);
    run(q, {citizenId});
    QList<Experience> out;
    while (q.next()) {
        Experience e;
        e.id = q.value(0).toString();
        kKinds.fromId(q.value(1).toString(), &e.kind);
        e.title = q.value(2).toString();
        e.organisation = q.value(3).toString();
        e.place = q.value(4).toString();
        e.startsOn = dateFrom(q.value(5));
        e.endsOn = dateFrom(q.value(6));
        e.hours = q.value(7).toInt();
        e.details = LibrettoText::rendered(q.value(8).toString());
        out << e;
    }
    return out;
}

QList<AcquiredCompetence> LibrettoRepository::competences(const QString &citizenId) const
{
    QSqlQuery q(Db::connection(m_path));
    q.prepare(u"SELECT id, concept_id, description, context, experience_id, evidence, certified, "
              "certified_by, certified_on, acquired_on FROM libretto_competence "
              "WHERE fiscal_code = (SELECT fiscal_code FROM citizen WHERE id = ?) "
              "AND deleted = 0 ORDER BY certified DESC, description"_s);
    run(q, {citizenId});
    QList<AcquiredCompetence> out;
    while (q.next()) {
        AcquiredCompetence c;
        c.id = q.value(0).toString();
        c.conceptId = q.value(1).toString();
        c.description = q.value(2).toString();
        kContexts.fromId(q.value(3).toString(), &c.context);
        c.experienceId = q.value(4).toString();
        c.evidence = LibrettoText::rendered(q.value(5).toString());
        c.certified = q.value(6).toInt() != 0;
        c.certifiedBy = q.value(7).toString();
        c.certifiedOn = dateFrom(q.value(8));
        c.acquiredOn = dateFrom(q.value(9));
        out << c;
    }
    return out;
}

bool LibrettoRepository::saveExperience(const Session &session, const QString &citizenId,
                                        Experience *e, QString *error)
{
    *error = experienceProblem(*e);
    if (!error->isEmpty())
        return false;
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery q(db);
    const bool creating = e->id.isEmpty();
    if (creating)
        e->id = RowStamp::newId();
    q.prepare(creating
                  ? u"INSERT INTO libretto_experience (kind, title, organisation, place, "
                    "starts_on, ends_on, hours, details, updated_at, updated_by, id, "
                    "municipality, citizen_id, fiscal_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?, ?, ?, ?, (SELECT fiscal_code FROM citizen WHERE id = ?))"_s
                  : u"UPDATE libretto_experience SET kind = ?, title = ?, organisation = ?, "
                    "place = ?, starts_on = ?, ends_on = ?, hours = ?, details = ?, "
                    "updated_at = ?, updated_by = ? WHERE id = ? AND municipality = ? "
                    "AND fiscal_code = (SELECT fiscal_code FROM citizen WHERE id = ?) "
                    "AND deleted = 0"_s);
    QVariantList values = {kKinds.id(e->kind),
                           e->title.trimmed(),
                           notNull(e->organisation),
                           notNull(e->place),
                           orNull(dateText(e->startsOn)),
                           orNull(dateText(e->endsOn)),
                           e->hours > 0 ? QVariant(e->hours) : QVariant(),
                           notNull(e->details),
                           RowStamp::now(),
                           session.username,
                           e->id,
                           session.municipality,
                           citizenId};
    if (creating)
        values << citizenId; // for the fiscal code
    const bool ok = run(q, values) && q.numRowsAffected() == 1
        && AuditLog::record(db, session,
                            creating ? AuditLog::Action::Create : AuditLog::Action::Update,
                            u"citizen"_s, citizenId, AuditLog::detail(u"libretto_experience"_s));
    if (!ok || !transaction.commit()) {
        if (creating)
            e->id.clear();
        *error = QCoreApplication::translate("Sportello::Libretto",
                                             "The experience could not be saved.");
        return false;
    }
    return true;
}

bool LibrettoRepository::saveCompetence(const Session &session, const QString &citizenId,
                                        AcquiredCompetence *c, QString *error)
{
    *error = competenceProblem(*c);
    if (!error->isEmpty())
        return false;
    const QSqlDatabase db = Db::connection(m_path);
    QSqlQuery q(db);
    if (!c->conceptId.isEmpty()) {
        q.prepare(u"SELECT 1 FROM competence_concept WHERE id = ?"_s);
        if (!run(q, {c->conceptId}) || !q.next()) {
            *error = QCoreApplication::translate("Sportello::Libretto",
                                                 "The competence is not in the repertories.");
            return false;
        }
    }
    Transaction transaction(db);
    const bool creating = c->id.isEmpty();
    if (creating)
        c->id = RowStamp::newId();
    q.prepare(creating
                  ? u"INSERT INTO libretto_competence (concept_id, description, context, "
                    "experience_id, evidence, certified, certified_by, certified_on, acquired_on, "
                    "updated_at, updated_by, id, municipality, citizen_id, fiscal_code) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "(SELECT fiscal_code FROM citizen WHERE id = ?))"_s
                  : u"UPDATE libretto_competence SET concept_id = ?, description = ?, context = ?, "
                    "experience_id = ?, evidence = ?, certified = ?, certified_by = ?, "
                    "certified_on = ?, acquired_on = ?, updated_at = ?, updated_by = ? "
                    "WHERE id = ? AND municipality = ? AND fiscal_code = (SELECT fiscal_code "
                    "FROM citizen WHERE id = ?) AND deleted = 0"_s);
    QVariantList values = {orNull(c->conceptId),
                           c->description.trimmed(),
                           kContexts.id(c->context),
                           orNull(c->experienceId),
                           c->evidence.trimmed(),
                           c->certified ? 1 : 0,
                           c->certified ? c->certifiedBy.trimmed() : u""_s,
                           c->certified ? orNull(dateText(c->certifiedOn)) : QVariant(),
                           orNull(dateText(c->acquiredOn)),
                           RowStamp::now(),
                           session.username,
                           c->id,
                           session.municipality,
                           citizenId};
    if (creating)
        values << citizenId; // for the fiscal code
    const bool ok = run(q, values) && q.numRowsAffected() == 1
        && AuditLog::record(db, session,
                            creating ? AuditLog::Action::Create : AuditLog::Action::Update,
                            u"citizen"_s, citizenId, AuditLog::detail(u"libretto_competence"_s));
    if (!ok || !transaction.commit()) {
        if (creating)
            c->id.clear();
        *error = QCoreApplication::translate("Sportello::Libretto",
                                             "The competence could not be saved.");
        return false;
    }
    return true;
}

namespace {

bool withdraw(const QString &path, const Session &session, const QString &table, const QString &id,
              QString *error)
{
    const QSqlDatabase db = Db::connection(path);
    Transaction transaction(db);
    QSqlQuery q(db);
    q.prepare(u"SELECT citizen_id, municipality FROM "_s + table
              + u" WHERE id = ? AND deleted = 0"_s);
    if (!run(q, {id}) || !q.next()) {
        *error = QCoreApplication::translate("Sportello::Libretto", "No such entry.");
        return false;
    }
    if (q.value(1).toString() != session.municipality) {
        *error = QCoreApplication::translate(
            "Sportello::Libretto",
            "The entry was recorded by another municipality: only that one can change it.");
        return false;
    }
    const QString citizenId = q.value(0).toString();
    q.prepare(u"UPDATE "_s + table
              + u" SET deleted = 1, updated_at = ?, updated_by = ? "
                "WHERE id = ?"_s);
    if (!run(q, {RowStamp::now(), session.username, id})
        || !AuditLog::record(db, session, AuditLog::Action::Delete, u"citizen"_s, citizenId,
                             AuditLog::detail(u"libretto_withdrawn"_s, {{u"part"_s, table}}))
        || !transaction.commit()) {
        *error = QCoreApplication::translate("Sportello::Libretto",
                                             "The entry could not be withdrawn.");
        return false;
    }
    return true;
}

} // namespace

bool LibrettoRepository::withdrawExperience(const Session &session, const QString &id,
                                            QString *error)
{
    return withdraw(m_path, session, u"libretto_experience"_s, id, error);
}

bool LibrettoRepository::withdrawCompetence(const Session &session, const QString &id,
                                            QString *error)
{
    return withdraw(m_path, session, u"libretto_competence"_s, id, error);
}

QStringList LibrettoRepository::holders(const QString &conceptId) const
{
    QSqlQuery q(Db::connection(m_path));
    q.prepare(u"SELECT c.id FROM libretto_competence l JOIN citizen c ON c.fiscal_code = "
              "l.fiscal_code AND c.deleted = 0 WHERE l.concept_id = ? AND l.deleted = 0 "
              "GROUP BY c.id ORDER BY max(l.certified) DESC, c.id"_s);
    run(q, {conceptId});
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace Sportello::Competences
