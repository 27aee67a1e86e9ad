#include "models/dashboard/regionalfigures.h"

#include "models/casework/socialcase.h"
#include "models/common/format.h"
#include "models/db/query.h"
#include "models/registry/municipalities.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello::Dashboard {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sportello::Dashboard", text);
}

std::optional<qint64> count(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

// Runs one view's query for the region (municipality NULL) or one municipality.
class ViewReader
{
public:
    ViewReader(const QSqlDatabase &central, const QString &municipality, QString *error)
        : m_query(central)
        , m_municipality(municipality)
        , m_error(error)
    { }

    bool select(const QString &columns, const QString &view, const QString &tail = QString())
    {
        // PostgreSQL checks the grants when the statement is prepared.
        const bool ok = m_query.prepare(
            u"SELECT %1 FROM region.%2 WHERE municipality IS NOT DISTINCT FROM ? %3"_s.arg(
                columns, view, tail));
        m_query.addBindValue(m_municipality.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                      : QVariant(m_municipality));
        if (ok && m_query.exec())
            return true;
        *m_error = m_query.lastError().text();
        return false;
    }
    QSqlQuery &query() { return m_query; }

private:
    QSqlQuery m_query;
    QString m_municipality;
    QString *m_error;
};

bool addCases(ViewReader &reader, const QDate &today, Figures *f)
{
    using namespace Casework;
    f->openCasesByStatus = Figure({tr("Open cases")});
    QList<CaseStatus> statuses;
    for (CaseStatus status : caseStatuses()) {
        if (status != CaseStatus::Closed) {
            f->openCasesByStatus.addCategory(caseStatusLabel(status));
            statuses << status;
        }
    }
    f->openCasesByArea = Figure({tr("Open cases")});
    const QList<NeedArea> areas = needAreas();
    for (NeedArea area : areas)
        f->openCasesByArea.addCategory(needAreaLabel(area));
    if (!reader.select(u"status, need_area, cases"_s, u"open_cases"_s))
        return false;
    QSqlQuery &q = reader.query();
    while (q.next()) {
        CaseStatus status;
        NeedArea area;
        if (caseStatusFromId(q.value(0).toString(), &status) && statuses.contains(status))
            f->openCasesByStatus.set(0, statuses.indexOf(status), count(q.value(2)));
        else if (needAreaFromId(q.value(1).toString(), &area))
            f->openCasesByArea.set(0, areas.indexOf(area), count(q.value(2)));
    }

    const QStringList months = lastTwelveMonths(today);
    f->casesPerMonth = Figure({tr("New"), tr("Closed")});
    for (const QString &month : months)
        f->casesPerMonth.addCategory(monthLabel(month));
    if (!reader.select(u"month, opened, closed"_s, u"cases_per_month"_s))
        return false;
    while (q.next()) {
        const qsizetype c = months.indexOf(q.value(0).toString());
        if (c >= 0) {
            f->casesPerMonth.set(0, c, count(q.value(1)));
            f->casesPerMonth.set(1, c, count(q.value(2)));
        }
    }
    return true;
}

bool addNursery(ViewReader &reader, bool wholeRegion, Figures *f)
{
    QSqlQuery &q = reader.query();
    Figure demand({tr("Applications"), tr("Seats")});
    if (wholeRegion) {
        // The region: each municipality's total (its rows without an age group).
        if (!q.exec(u"SELECT municipality, applications, seats FROM region.nursery_demand "
                    "WHERE age_group IS NULL ORDER BY municipality"_s))
            return false;
        while (q.next()) {
            const qsizetype c = demand.addCategory(Municipalities::nameOf(q.value(0).toString()));
            demand.set(0, c, count(q.value(1)));
            demand.set(1, c, q.value(2).toLongLong());
        }
    } else {
        if (!reader.select(u"label, applications, seats"_s, u"nursery_demand"_s,
                           u"AND age_group IS NOT NULL ORDER BY position"_s))
            return false;
        while (q.next()) {
            const qsizetype c = demand.addCategory(q.value(0).toString());
            demand.set(0, c, count(q.value(1)));
            demand.set(1, c, q.value(2).toLongLong());
        }
    }
    f->nurseryDemand = {
        {wholeRegion ? tr("Latest round of each municipality") : tr("Latest round, by age group"),
         demand}};

    f->waitingList = Figure({tr("Applications"), tr("Waiting for a seat")});
    if (!reader.select(u"coalesce(round, school_year), applications, waiting"_s, u"waiting_list"_s,
                       u"ORDER BY school_year, round"_s))
        return false;
    while (q.next()) {
        const qsizetype c = f->waitingList.addCategory(q.value(0).toString());
        f->waitingList.set(0, c, count(q.value(1)));
        f->waitingList.set(1, c, count(q.value(2)));
    }
    return true;
}

bool addLearning(ViewReader &reader, const QDate &today, Figures *f)
{
    const QStringList months = lastTwelveMonths(today);
    f->learningPerMonth = Figure({tr("Competences certified"), tr("Courses completed")});
    for (const QString &month : months)
        f->learningPerMonth.addCategory(monthLabel(month));
    if (!reader.select(u"month, certified, completed"_s, u"learning_per_month"_s))
        return false;
    QSqlQuery &q = reader.query();
    while (q.next()) {
        const qsizetype c = months.indexOf(q.value(0).toString());
        if (c >= 0) {
            f->learningPerMonth.set(0, c, count(q.value(1)));
            f->learningPerMonth.set(1, c, count(q.value(2)));
        }
    }
    return true;
}

bool addSyncHealth(const QSqlDatabase &central, const QString &municipality, Figures *f,
                   QString *error)
{
    QSqlQuery q(central);
    if (!q.prepare(u"SELECT municipality, accounts, idle_accounts, open_conflicts, last_sync "
                   "FROM region.sync_health WHERE ? = '' OR municipality = ? "
                   "ORDER BY municipality"_s)
        || !Db::run(q, {municipality, municipality})) {
        *error = q.lastError().text();
        return false;
    }
    f->syncHealth = Figure({tr("Accounts"), tr("Idle for a week"), tr("Conflicts to resolve")});
    QStringList lastSyncs;
    while (q.next()) {
        const QString name = Municipalities::nameOf(q.value(0).toString());
        const qsizetype c = f->syncHealth.addCategory(name);
        for (int set = 0; set < 3; ++set)
            f->syncHealth.set(set, c, q.value(set + 1).toLongLong());
        const QDateTime last = q.value(4).toDateTime();
        lastSyncs << tr("%1: last change received %2")
                         .arg(name,
                              last.isValid() ? Format::dateTime(last.toLocalTime()) : tr("never"));
    }
    f->syncSummary = lastSyncs.join(u"; "_s);
    return true;
}

} // namespace

bool regionalFigures(const QSqlDatabase &central, const QString &municipality, const QDate &today,
                     Figures *figures, QString *error)
{
    Figures f;
    // Aggregate and suppressed: the region sees the services' figures.
    f.casework = true;
    f.nursery = true;
    ViewReader reader(central, municipality, error);
    const bool ok = addCases(reader, today, &f) && addNursery(reader, municipality.isEmpty(), &f)
        && addLearning(reader, today, &f) && addSyncHealth(central, municipality, &f, error);
    if (!ok && error->isEmpty())
        *error = reader.query().lastError().text();
    if (ok)
        *figures = f;
    return ok;
}

QStringList regionalMunicipalities(const QSqlDatabase &central, QString *error)
{
    QSqlQuery q(central);
    QStringList codes;
    if (!q.exec(u"SELECT municipality FROM region.sync_health UNION SELECT municipality FROM "
                "region.open_cases WHERE municipality IS NOT NULL ORDER BY 1"_s)) {
        *error = q.lastError().text();
        return {};
    }
    while (q.next())
        codes << q.value(0).toString();
    return codes;
}

} // namespace Sportello::Dashboard
