#include "models/competences/conceptdetail.h"

#include "models/competences/conceptstore.h"
#include "models/competences/libretto.h"
#include "models/registry/citizenrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Sportello::Competences {

namespace {

constexpr int kShownLinks = 40;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString section(const QString &title, const QString &body)
{
    return body.isEmpty() ? QString() : u"<h4>%1</h4>%2"_s.arg(escaped(title), body);
}

QString list(const QStringList &items)
{
    if (items.isEmpty())
        return QString();
    QString html = u"<ul>"_s;
    for (const QString &item : items)
        html += u"<li>"_s + item + u"</li>"_s;
    return html + u"</ul>"_s;
}

} // namespace

QString conceptFromAnchor(const QString &href)
{
    return href.startsWith(u"concept:") ? href.mid(8) : QString();
}

QString conceptHtml(const QString &dbPath, const Concept &c)
{
    const ConceptStore store(dbPath);
    QString framework = c.framework;
    for (const Framework &f : store.frameworks()) {
        if (f.id == c.framework)
            framework = f.sample
                ? QCoreApplication::translate("Sportello::Competences", "%1 (sample)").arg(f.name)
                : f.name;
    }
    QStringList line = {typeLabel(c.type)};
    if (!c.code.isEmpty())
        line << c.code;
    line << framework;
    QString html
        = u"<h2>%1</h2><p><i>%2</i></p>"_s.arg(escaped(c.label), escaped(line.join(u" · "_s)));
    if (!c.description.isEmpty())
        html += u"<p>%1</p>"_s.arg(escaped(c.description));

    const QJsonObject details = QJsonDocument::fromJson(c.details.toUtf8()).object();
    const auto texts = [&details](const QString &key) {
        QStringList out;
        for (const QJsonValue &v : details.value(key).toArray())
            out << escaped(v.toString());
        return out;
    };
    // A figure's ADA codes are among its alternative labels only so a search finds them.
    QStringList names = c.altLabels;
    for (const QJsonValue &v : details.value(u"ada"_s).toArray())
        names.removeAll(v.toString());
    if (!names.isEmpty())
        html += section(QCoreApplication::translate("Sportello::Competences", "Also called"),
                        u"<p>%1</p>"_s.arg(escaped(names.join(u"; "_s))));
    QStringList facts;
    const auto fact = [&facts](const QString &label, const QString &value) {
        if (!value.isEmpty())
            facts << u"<b>%1</b>: %2"_s.arg(escaped(label), value);
    };
    fact(QCoreApplication::translate("Sportello::Competences", "Sector"),
         escaped(details.value(u"sector"_s).toString()));
    if (details.contains(u"eqf"_s))
        fact(QCoreApplication::translate("Sportello::Competences", "EQF level"),
             QString::number(details.value(u"eqf"_s).toInt()));
    fact(QCoreApplication::translate("Sportello::Competences", "ISTAT CP"),
         texts(u"istat_cp"_s).join(u", "_s));
    fact(QCoreApplication::translate("Sportello::Competences", "ATECO"),
         texts(u"ateco"_s).join(u", "_s));
    fact(QCoreApplication::translate("Sportello::Competences", "Atlante ADA"),
         texts(u"ada"_s).join(u", "_s));
    fact(QCoreApplication::translate("Sportello::Competences", "ESCO skill type"),
         escaped(details.value(u"skill_type"_s).toString()));
    fact(QCoreApplication::translate("Sportello::Competences", "Reuse level"),
         escaped(details.value(u"reuse_level"_s).toString()));
    if (!facts.isEmpty())
        html += u"<p>%1</p>"_s.arg(facts.join(u"<br>"_s));
    html += section(QCoreApplication::translate("Sportello::Competences", "Capacities"),
                    list(texts(u"capacities"_s)));
    html += section(QCoreApplication::translate("Sportello::Competences", "Knowledge"),
                    list(texts(u"knowledge"_s)));

    // The links, each group with its own heading, the linked concepts by name.
    const auto linked = [&store](const QList<Link> &links, LinkKind kind, bool outgoing) {
        QStringList items;
        int more = 0;
        for (const Link &l : links) {
            if (l.kind != kind)
                continue;
            if (items.size() >= kShownLinks) {
                ++more;
                continue;
            }
            const QString id = outgoing ? l.to : l.from;
            const auto other = store.find(id);
            items << (other ? u"<a href=\"concept:%1\">%2</a> <small>%3</small>"_s.arg(
                          escaped(id), escaped(other->label), escaped(typeLabel(other->type)))
                            : escaped(id));
        }
        if (more > 0)
            items << QCoreApplication::translate("Sportello::Competences", "and %n more", nullptr,
                                                 more);
        return list(items);
    };
    const QList<Link> from = store.linksFrom(c.id);
    const QList<Link> to = store.linksTo(c.id);
    html += section(QCoreApplication::translate("Sportello::Competences", "Broader"),
                    linked(from, LinkKind::Broader, true));
    html += section(QCoreApplication::translate("Sportello::Competences", "Narrower"),
                    linked(to, LinkKind::Broader, false));
    html += section(QCoreApplication::translate("Sportello::Competences", "Competence units"),
                    linked(from, LinkKind::Unit, true));
    html += section(QCoreApplication::translate("Sportello::Competences",
                                                "Professional figures with this unit"),
                    linked(to, LinkKind::Unit, false));
    html += section(QCoreApplication::translate("Sportello::Competences", "Essential skills"),
                    linked(from, LinkKind::Essential, true));
    html += section(QCoreApplication::translate("Sportello::Competences", "Optional skills"),
                    linked(from, LinkKind::Optional, true));
    html += section(
        QCoreApplication::translate("Sportello::Competences", "Occupations needing it (essential)"),
        linked(to, LinkKind::Essential, false));
    html += section(
        QCoreApplication::translate("Sportello::Competences", "Occupations needing it (optional)"),
        linked(to, LinkKind::Optional, false));
    html += section(QCoreApplication::translate("Sportello::Competences", "Corresponds to"),
                    linked(from, LinkKind::MapsTo, true));
    html += section(
        QCoreApplication::translate("Sportello::Competences", "Corresponding repertory entries"),
        linked(to, LinkKind::MapsTo, false));
    // Who among the desk's citizens has it in their libretto, certified first.
    QStringList holders;
    const QStringList ids = LibrettoRepository(dbPath).holders(c.id);
    const QHash<QString, Citizen> citizens = CitizenRepository(dbPath).findAll(ids);
    for (const QString &id : ids) {
        if (const auto it = citizens.constFind(id); it != citizens.cend())
            holders << escaped(it->surname + u' ' + it->givenNames + u" (" + it->fiscalCode + u')');
    }
    html += section(
        QCoreApplication::translate("Sportello::Competences", "Citizens with this competence"),
        list(holders));
    if (c.framework == u"esco")
        html += u"<p><small>%1</small></p>"_s.arg(escaped(escoAttributionIntroduced()));
    return html;
}

} // namespace Sportello::Competences
