#include "models/competences/gap.h"

#include "models/common/format.h"
#include "models/competences/conceptstore.h"
#include "models/competences/libretto.h"
#include "models/registry/citizenrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Sportello::Competences {

int Gap::missing() const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [](const GapItem &i) { return i.heldAs.isEmpty(); }));
}

namespace {

// The concepts standing for `id` across frameworks: itself and what maps to it either way.
QSet<QString> counterparts(const ConceptStore &store, const QString &id)
{
    QSet<QString> out {id};
    for (const Link &l : store.linksFrom(id)) {
        if (l.kind == LinkKind::MapsTo)
            out.insert(l.to);
    }
    for (const Link &l : store.linksTo(id)) {
        if (l.kind == LinkKind::MapsTo)
            out.insert(l.from);
    }
    return out;
}

} // namespace

Gap competenceGap(const QString &dbPath, const QString &citizenId, const QString &targetId)
{
    const ConceptStore store(dbPath);
    Gap gap;
    gap.target = store.find(targetId).value_or(Concept());
    if (gap.target.id.isEmpty())
        return gap;

    // What the target asks for, each with whether it is essential.
    QList<std::pair<QString, bool>> required;
    QSet<QString> seen;
    const auto need = [&](const QString &id, bool essential) {
        if (!seen.contains(id)) {
            seen.insert(id);
            required << std::pair {id, essential};
        }
    };
    const QList<Link> from = store.linksFrom(targetId);
    for (const Link &l : from) {
        if (l.kind == LinkKind::Unit || l.kind == LinkKind::Essential)
            need(l.to, true);
    }
    if (gap.target.type == ConceptType::Occupation) {
        // The repertory figures corresponding to the occupation bring their units.
        for (const Link &figure : store.linksTo(targetId)) {
            if (figure.kind != LinkKind::MapsTo)
                continue;
            for (const Link &unit : store.linksFrom(figure.from)) {
                if (unit.kind == LinkKind::Unit)
                    need(unit.to, true);
            }
        }
        for (const Link &l : from) {
            if (l.kind == LinkKind::Optional)
                need(l.to, false);
        }
    }

    // What the citizen holds, by concept, certified first.
    QHash<QString, std::pair<QString, bool>> held;
    for (const AcquiredCompetence &c : LibrettoRepository(dbPath).competences(citizenId)) {
        if (c.conceptId.isEmpty())
            continue;
        for (const QString &id : counterparts(store, c.conceptId)) {
            if (!held.contains(id) || (c.certified && !held.value(id).second))
                held.insert(id, {c.description, c.certified});
        }
    }
    const CourseCatalogue catalogue(dbPath);
    for (const auto &[id, essential] : std::as_const(required)) {
        GapItem item;
        item.required = store.find(id).value_or(
            Concept {id, QString(), ConceptType::Skill, QString(), id, {}, QString(), QString()});
        item.essential = essential;
        if (const auto it = held.constFind(id); it != held.cend()) {
            item.heldAs = it->first;
            item.certified = it->second;
        } else {
            QSet<QString> offered;
            for (const QString &other : counterparts(store, id)) {
                for (const Course &course : catalogue.coursesFor(other)) {
                    if (!offered.contains(course.code)) {
                        offered.insert(course.code);
                        item.courses << course;
                    }
                }
            }
        }
        gap.items << item;
    }
    std::stable_sort(gap.items.begin(), gap.items.end(), [](const GapItem &a, const GapItem &b) {
        if (a.heldAs.isEmpty() != b.heldAs.isEmpty())
            return a.heldAs.isEmpty();
        return a.essential && !b.essential;
    });
    return gap;
}

QString orientationSheetHtml(const QString &dbPath, const QString &citizenId, const Gap &gap)
{
    const auto citizen = CitizenRepository(dbPath).find(citizenId);
    QString html = u"<h1>%1</h1>"_s.arg(
        QCoreApplication::translate("Sportello::Gap", "Orientation sheet").toHtmlEscaped());
    html += u"<p><b>%1</b>: %2<br><b>%3</b>: %4 (%5)<br>%6</p>"_s.arg(
        QCoreApplication::translate("Sportello::Gap", "Citizen").toHtmlEscaped(),
        citizen ? QString(citizen->surname + u' ' + citizen->givenNames + u" – "_s
                          + citizen->fiscalCode)
                      .toHtmlEscaped()
                : QString(),
        QCoreApplication::translate("Sportello::Gap", "Target").toHtmlEscaped(),
        gap.target.label.toHtmlEscaped(), typeLabel(gap.target.type).toHtmlEscaped(),
        QCoreApplication::translate("Sportello::Gap", "Prepared on %1")
            .arg(Format::date(QDate::currentDate()))
            .toHtmlEscaped());
    if (gap.items.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(
            QCoreApplication::translate("Sportello::Gap",
                                        "The repertories say nothing about what this target "
                                        "requires.")
                .toHtmlEscaped());
        return html;
    }
    html += u"<h2>%1</h2>"_s.arg(QCoreApplication::translate("Sportello::Gap", "To acquire (%1)")
                                     .arg(gap.missing())
                                     .toHtmlEscaped());
    QString missing, held;
    for (const GapItem &item : gap.items) {
        QString line = u"<li><b>%1</b>"_s.arg(item.required.label.toHtmlEscaped());
        if (!item.required.code.isEmpty())
            line += u" (%1)"_s.arg(item.required.code.toHtmlEscaped());
        if (!item.essential)
            line += u" – <i>%1</i>"_s.arg(
                QCoreApplication::translate("Sportello::Gap", "optional").toHtmlEscaped());
        if (item.heldAs.isEmpty()) {
            if (item.courses.isEmpty()) {
                line += u"<br>%1"_s.arg(
                    QCoreApplication::translate("Sportello::Gap", "No course of the catalogue yet.")
                        .toHtmlEscaped());
            }
            for (const Course &c : item.courses)
                line += u"<br>%1 %2 – %3 (%4 h, %5) %6"_s.arg(
                    QCoreApplication::translate("Sportello::Gap", "Course").toHtmlEscaped(),
                    c.code.toHtmlEscaped(), c.title.toHtmlEscaped(), QString::number(c.hours),
                    modeLabel(c.mode).toHtmlEscaped(), c.url.toHtmlEscaped());
            missing += line + u"</li>"_s;
        } else {
            line += u" – %1: %2"_s.arg(
                (item.certified ? QCoreApplication::translate("Sportello::Gap", "certified")
                                : QCoreApplication::translate("Sportello::Gap", "declared"))
                    .toHtmlEscaped(),
                item.heldAs.toHtmlEscaped());
            held += line + u"</li>"_s;
        }
    }
    html += missing.isEmpty()
        ? u"<p>%1</p>"_s.arg(QCoreApplication::translate(
                                 "Sportello::Gap", "Nothing: the libretto covers every competence.")
                                 .toHtmlEscaped())
        : u"<ul>"_s + missing + u"</ul>"_s;
    html += u"<h2>%1</h2>"_s.arg(
        QCoreApplication::translate("Sportello::Gap", "Already in the libretto").toHtmlEscaped());
    html += held.isEmpty() ? u"<p>—</p>"_s : u"<ul>"_s + held + u"</ul>"_s;
    return html;
}

} // namespace Sportello::Competences
