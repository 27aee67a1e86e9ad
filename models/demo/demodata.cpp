#include "models/demo/demodata.h"

#include "models/access/session.h"
#include "models/casework/democases.h"
#include "models/common/dice.h"
#include "models/competences/courses.h"
#include "models/competences/libretto.h"
#include "models/competences/repertoryimport.h"
#include "models/db/database.h"
#include "models/nursery/demoround.h"

#include <QDate>
#include <QFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello::DemoData {

using namespace Competences;

namespace {

const QString kMunicipality = u"102047"_s;

bool readResource(const QString &path, QByteArray *data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    *data = file.readAll();
    return true;
}

// A year of the e-learning platform and of the region's certification service: some
// citizens of Vibo Valentia complete a course (most of them pass), a few have a
// competence certified.
bool addLearning(const QString &dbPath, quint64 seed, QString *error)
{
    const Session desk {u"demo"_s, u"Demo"_s, Role::Clerk, kMunicipality};
    CourseCatalogue catalogue(dbPath);
    const QList<Course> courses = catalogue.courses();
    if (courses.isEmpty())
        return true;
    QSqlQuery q(Db::connection(dbPath));
    q.prepare(u"SELECT id, fiscal_code FROM citizen WHERE municipality = ? AND deleted = 0 "
              "AND birth_date BETWEEN ? AND ? ORDER BY fiscal_code LIMIT 400"_s);
    const QDate today = QDate::currentDate();
    q.addBindValue(kMunicipality);
    q.addBindValue(today.addYears(-60).toString(Qt::ISODate));
    q.addBindValue(today.addYears(-18).toString(Qt::ISODate));
    if (!q.exec())
        return true; // an empty registry: nobody to train
    Dice dice(seed + 7);
    QByteArray completions = "fiscal_code,course_code,completion_date,outcome\n";
    QList<std::pair<QString, QDate>> certified;
    while (q.next()) {
        if (dice.chance(0.12)) {
            const Course &course = courses.at(dice.below(int(courses.size())));
            const QDate on = today.addDays(-dice.below(360));
            completions += u"%1,%2,%3,%4\n"_s
                               .arg(q.value(1).toString(), course.code, on.toString(Qt::ISODate),
                                    dice.chance(0.85) ? u"passed"_s : u"failed"_s)
                               .toUtf8();
        }
        if (dice.chance(0.04))
            certified.append({q.value(0).toString(), today.addDays(-dice.below(360))});
    }
    CompletionReport report;
    if (!catalogue.importCompletions(desk, completions, &report, error))
        return false;
    LibrettoRepository libretti(dbPath);
    for (const auto &[citizenId, on] : certified) {
        AcquiredCompetence c;
        c.conceptId = u"repertorio-campione:UC-001-1"_s;
        c.description = u"Assistenza alla persona nelle attività di vita quotidiana"_s;
        c.context = AcquiredCompetence::Context::Formal;
        c.evidence = u"Verbale della commissione di certificazione"_s;
        c.certified = true;
        c.certifiedBy = u"Regione Calabria - Servizio certificazione delle competenze (demo)"_s;
        c.certifiedOn = on;
        c.acquiredOn = on.addMonths(-2);
        if (!libretti.saveCompetence(desk, citizenId, &c, error))
            return false;
    }
    return true;
}

} // namespace

bool addTo(const QString &dbPath, quint64 seed, QString *error)
{
    QByteArray repertory;
    QByteArray courses;
    RepertoryImportReport imported;
    const bool ok = Nursery::DemoRound::addTo(dbPath, seed, error)
        && Casework::DemoCases::addTo(dbPath, seed, error)
        && readResource(sampleRepertoryPath(), &repertory, error)
        && importRepertory(dbPath, repertory, &imported, error)
        && readResource(sampleCoursesPath(), &courses, error)
        && CourseCatalogue(dbPath).importCsv(courses, error) >= 0
        && addLearning(dbPath, seed, error);
    if (!ok)
        return false;
    // Demo data never goes to the region: nothing waits to be sent.
    QSqlQuery q(Db::connection(dbPath));
    return q.exec(u"DELETE FROM outbox"_s);
}

} // namespace Sportello::DemoData
