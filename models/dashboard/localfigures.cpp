#include "models/dashboard/localfigures.h"

#include "models/access/session.h"
#include "models/casework/casereports.h"
#include "models/common/format.h"
#include "models/db/database.h"
#include "models/db/query.h"
#include "models/nursery/nurseryrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello::Dashboard {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sportello::Dashboard", text);
}

void addCaseFigures(const QString &dbPath, const QDate &today, Figures *f)
{
    using namespace Casework;
    // Open today: the same counting as the service's reports, on one day.
    const CaseStatistics now = caseStatistics(dbPath, today, today);
    f->openCasesByStatus = Figure({tr("Open cases")});
    for (CaseStatus status : caseStatuses()) {
        if (status != CaseStatus::Closed)
            f->openCasesByStatus.set(0, f->openCasesByStatus.addCategory(caseStatusLabel(status)),
                                     now.byStatus.value(status));
    }
    f->openCasesByArea = Figure({tr("Open cases")});
    for (NeedArea area : needAreas())
        f->openCasesByArea.set(0, f->openCasesByArea.addCategory(needAreaLabel(area)),
                               now.byArea.value(area));

    const QStringList months = lastTwelveMonths(today);
    const CaseStatistics year = caseStatistics(
        dbPath, QDate::fromString(months.constFirst() + u"-01"_s, Qt::ISODate), today);
    f->casesPerMonth = Figure({tr("New"), tr("Closed")});
    for (const auto &[month, counts] : year.perMonth) {
        const qsizetype c = f->casesPerMonth.addCategory(monthLabel(month));
        f->casesPerMonth.set(0, c, counts.first);
        f->casesPerMonth.set(1, c, counts.second);
    }
}

// The latest round's applications by first choice against its seats, for all age groups
// and for each; the age group is the round's rule, applied to counts by birth date.
void addNurseryDemand(const QString &dbPath, Figures *f)
{
    Nursery::NurseryRepository repository(dbPath);
    const QList<Nursery::RoundSummary> rounds = repository.rounds();
    if (rounds.isEmpty())
        return;
    const std::optional<Nursery::Round> round = repository.round(rounds.constFirst().id);
    if (!round)
        return;
    const Nursery::RuleSet &rules = round->rules;
    QSqlQuery q(Db::connection(dbPath));
    q.prepare(u"SELECT substr(preferences || ';', 1, instr(preferences || ';', ';') - 1), "
              "child_birth_date, count(*) FROM nursery_application "
              "WHERE round_id = ? AND deleted = 0 AND withdrawn = 0 GROUP BY 1, 2"_s);
    Db::run(q, {round->id});
    // demand[group][nursery]; the last group is "all".
    const qsizetype all = rules.ageGroups.size();
    QList<QList<qint64>> demand(all + 1, QList<qint64>(rules.nurseries.size(), 0));
    while (q.next()) {
        const int nursery = rules.nurseryIndex(q.value(0).toString());
        const int group = rules.ageGroupOf(QDate::fromString(q.value(1).toString(), Qt::ISODate));
        if (nursery < 0 || group < 0)
            continue;
        demand[group][nursery] += q.value(2).toLongLong();
        demand[all][nursery] += q.value(2).toLongLong();
    }
    const auto demandIn = [&](qsizetype group) {
        Figure figure({tr("Applications (first choice)"), tr("Seats")});
        for (qsizetype n = 0; n < rules.nurseries.size(); ++n) {
            const Nursery::NurseryPlace &place = rules.nurseries.at(n);
            const qsizetype c = figure.addCategory(place.name);
            figure.set(0, c, demand.at(group).at(n));
            qint64 seats = 0;
            for (const Nursery::AgeGroup &g : rules.ageGroups) {
                if (group == all || g.code == rules.ageGroups.at(group).code)
                    seats += place.seatsFor(g.code);
            }
            figure.set(1, c, seats);
        }
        return figure;
    };
    const QString title = tr("Round %1").arg(rules.round);
    f->nurseryDemand.append({title + u" · "_s + tr("all age groups"), demandIn(all)});
    for (qsizetype g = 0; g < all; ++g)
        f->nurseryDemand.append({title + u" · "_s + rules.ageGroups.at(g).label, demandIn(g)});
}

void addWaitingList(const QString &dbPath, Figures *f)
{
    QSqlQuery q(Db::connection(dbPath));
    q.exec(u"SELECT r.code, count(*), sum(NOT EXISTS (SELECT 1 FROM nursery_offer o "
           "WHERE o.application_id = a.id AND o.deleted = 0 AND o.status IN ('offered', "
           "'accepted'))) FROM nursery_round r JOIN nursery_application a ON a.round_id = r.id "
           "AND a.deleted = 0 AND a.withdrawn = 0 WHERE r.deleted = 0 AND r.state = 'allocation' "
           "GROUP BY r.id ORDER BY r.school_year, r.code"_s);
    f->waitingList = Figure({tr("Applications"), tr("Waiting for a seat")});
    while (q.next()) {
        const qsizetype c = f->waitingList.addCategory(q.value(0).toString());
        f->waitingList.set(0, c, q.value(1).toLongLong());
        f->waitingList.set(1, c, q.value(2).toLongLong());
    }
}

void addLearning(const QString &dbPath, const QDate &today, Figures *f)
{
    const QStringList months = lastTwelveMonths(today);
    f->learningPerMonth = Figure({tr("Competences certified"), tr("Courses completed")});
    for (const QString &month : months)
        f->learningPerMonth.addCategory(monthLabel(month));
    QSqlQuery q(Db::connection(dbPath));
    q.prepare(u"SELECT substr(certified_on, 1, 7), 0, count(*) FROM libretto_competence "
              "WHERE deleted = 0 AND certified = 1 AND certified_on >= :from GROUP BY 1 "
              "UNION ALL SELECT substr(completed_on, 1, 7), 1, count(*) FROM course_enrolment "
              "WHERE deleted = 0 AND status = 'completed' AND completed_on >= :from GROUP BY 1"_s);
    q.bindValue(u":from"_s, months.constFirst());
    q.exec();
    while (q.next()) {
        const qsizetype c = months.indexOf(q.value(0).toString());
        if (c >= 0)
            f->learningPerMonth.set(q.value(1).toInt(), c, q.value(2).toLongLong());
    }
}

void addSyncHealth(const QString &dbPath, Figures *f)
{
    QSqlQuery q(Db::connection(dbPath));
    // Counted as the status bar counts them (LocalState::pendingChanges): the records
    // changed, not the audit events that travel with them.
    q.exec(u"SELECT table_name, 0, count(*) FROM outbox WHERE table_name <> 'audit_event' "
           "GROUP BY 1 UNION ALL "
           "SELECT table_name, 1, count(*) FROM sync_conflict WHERE resolved_at IS NULL "
           "GROUP BY 1"_s);
    f->syncHealth = Figure({tr("Changes to send"), tr("Conflicts to resolve")});
    while (q.next()) {
        const QString area = dataArea(q.value(0).toString());
        qsizetype c = f->syncHealth.categories.indexOf(area);
        if (c < 0)
            c = f->syncHealth.addCategory(area);
        const int set = q.value(1).toInt();
        f->syncHealth.set(set, c, *f->syncHealth.values.at(set).at(c) + q.value(2).toLongLong());
    }
    q.exec(u"SELECT value FROM sync_state WHERE key = 'last_sync'"_s);
    const QDateTime last
        = q.next() ? QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs) : QDateTime();
    f->syncSummary = last.isValid()
        ? tr("Last sync with the region: %1").arg(Format::dateTime(last.toLocalTime()))
        : tr("This desk has never synchronised with the region.");
}

} // namespace

QString dataArea(const QString &table)
{
    if (table.startsWith(u"nursery_"_s))
        return tr("Nursery admissions");
    if (table.startsWith(u"libretto_"_s) || table.startsWith(u"course"_s))
        return tr("Libretto and courses");
    if (table == u"audit_event"_s)
        return tr("Audit log");
    if (table == u"citizen"_s || table.startsWith(u"household"_s) || table == u"isee_declaration"_s)
        return tr("Citizens");
    return tr("Social services");
}

Figures localFigures(const QString &dbPath, const Session &session, const QDate &today)
{
    Figures f;
    f.casework = session.can(Permission::ViewCaseReports);
    if (f.casework)
        addCaseFigures(dbPath, today, &f);
    f.nursery = session.can(Permission::ViewNursery);
    if (f.nursery) {
        addNurseryDemand(dbPath, &f);
        addWaitingList(dbPath, &f);
    }
    addLearning(dbPath, today, &f);
    addSyncHealth(dbPath, &f);
    return f;
}

} // namespace Sportello::Dashboard
