#include "models/competences/repertoryimport.h"

#include "models/competences/conceptstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sportello::Competences {

namespace {

// Reads and checks one JSON document; the first problem stops it with its place.
class Reader
{
public:
    QString problem;

    QString text(const QJsonObject &o, const QString &key, const QString &place, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())) {
            if (required)
                fail(place + u'.' + key,
                     QCoreApplication::translate("Sportello::RepertoryImport", "missing"));
            return QString();
        }
        if (!v.isString()) {
            fail(place + u'.' + key,
                 QCoreApplication::translate("Sportello::RepertoryImport", "not text"));
            return QString();
        }
        return v.toString().trimmed();
    }

    // A list of texts, each matching `shape` when one is given.
    QStringList texts(const QJsonObject &o, const QString &key, const QString &place,
                      const QRegularExpression &shape = QRegularExpression())
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            fail(place + u'.' + key,
                 QCoreApplication::translate("Sportello::RepertoryImport", "not a list"));
            return {};
        }
        QStringList out;
        const QJsonArray items = v.toArray();
        for (int i = 0; i < items.size(); ++i) {
            const QString item = items.at(i).toString().trimmed();
            const QString at = u"%1.%2[%3]"_s.arg(place, key).arg(i);
            if (!items.at(i).isString() || item.isEmpty()) {
                fail(at,
                     QCoreApplication::translate("Sportello::RepertoryImport",
                                                 "not a non-empty text"));
                return {};
            }
            if (shape.isValid() && !shape.pattern().isEmpty() && !shape.match(item).hasMatch()) {
                fail(at,
                     QCoreApplication::translate("Sportello::RepertoryImport",
                                                 "\"%1\" is not a valid code")
                         .arg(item));
                return {};
            }
            out << item;
        }
        return out;
    }

    void fail(const QString &place, const QString &why)
    {
        if (problem.isEmpty())
            problem = place + u": "_s + why;
    }
};

QString details(const QJsonObject &fields)
{
    return QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
}

} // namespace

QString sampleRepertoryPath()
{
    return u":/repertory/sample-repertory.json"_s;
}

bool importRepertory(const QString &dbPath, const QByteArray &json, RepertoryImportReport *report,
                     QString *error)
{
    *report = RepertoryImportReport();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QCoreApplication::translate("Sportello::RepertoryImport",
                                             "Not a JSON object (at byte %1: %2).")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    static const QRegularExpression frameworkId(u"^[a-z0-9][a-z0-9-]{1,39}$"_s);
    static const QRegularExpression code(u"^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$"_s);
    static const QRegularExpression istat(u"^\\d(\\.\\d){0,3}(\\.\\d{1,2})?$"_s);
    static const QRegularExpression ateco(u"^\\d{2}(\\.\\d{1,2}){0,2}$"_s);
    static const QRegularExpression ada(u"^ADA\\.\\d{1,2}\\.\\d{1,4}\\.\\d{1,4}$"_s);
    static const QRegularExpression esco(u"^http://data\\.europa\\.eu/esco/"_s);

    Reader read;
    const QJsonObject root = document.object();
    const QJsonObject f = root.value(u"framework"_s).toObject();
    Framework framework {
        read.text(f, u"id"_s, u"framework"_s, true), read.text(f, u"name"_s, u"framework"_s, true),
        read.text(f, u"version"_s, u"framework"_s, false),
        read.text(f, u"language"_s, u"framework"_s, false), f.value(u"sample"_s).toBool()};
    if (read.problem.isEmpty() && !frameworkId.match(framework.id).hasMatch())
        read.fail(u"framework.id"_s,
                  QCoreApplication::translate("Sportello::RepertoryImport",
                                              "lower-case letters, digits and -, like "
                                              "rrfp-toscana"));
    if (read.problem.isEmpty() && framework.id == u"esco")
        read.fail(
            u"framework.id"_s,
            QCoreApplication::translate("Sportello::RepertoryImport", "esco is the ESCO import's"));
    const QJsonArray figures = root.value(u"figures"_s).toArray();
    if (read.problem.isEmpty() && figures.isEmpty())
        read.fail(
            u"figures"_s,
            QCoreApplication::translate("Sportello::RepertoryImport", "no professional figure"));
    QList<Concept> concepts;
    QList<Link> links;
    QHash<QString, QString> unitTitles; // a shared unit must be the same everywhere
    QSet<QString> figureCodes;
    const QString prefix = framework.id + u':';
    for (int i = 0; i < figures.size() && read.problem.isEmpty(); ++i) {
        const QString place = u"figures[%1]"_s.arg(i);
        const QJsonObject fig = figures.at(i).toObject();
        Concept figure;
        figure.code = read.text(fig, u"code"_s, place, true);
        figure.label = read.text(fig, u"title"_s, place, true);
        figure.description = read.text(fig, u"description"_s, place, false);
        const QString sector = read.text(fig, u"sector"_s, place, false);
        const QJsonValue eqf = fig.value(u"eqf"_s);
        if (!eqf.isUndefined()
            && (!eqf.isDouble() || eqf.toInt() < 1 || eqf.toInt() > 8
                || eqf.toDouble() != eqf.toInt()))
            read.fail(place + u".eqf"_s,
                      QCoreApplication::translate("Sportello::RepertoryImport",
                                                  "an EQF level is 1 to 8"));
        const QStringList cp = read.texts(fig, u"istat_cp"_s, place, istat);
        const QStringList nace = read.texts(fig, u"ateco"_s, place, ateco);
        const QStringList adas = read.texts(fig, u"ada"_s, place, ada);
        const QStringList occupations = read.texts(fig, u"esco"_s, place, esco);
        if (!read.problem.isEmpty())
            break;
        if (!code.match(figure.code).hasMatch()) {
            read.fail(place + u".code"_s,
                      QCoreApplication::translate("Sportello::RepertoryImport",
                                                  "\"%1\" is not a valid code")
                          .arg(figure.code));
            break;
        }
        if (figureCodes.contains(figure.code)) {
            read.fail(place + u".code"_s,
                      QCoreApplication::translate("Sportello::RepertoryImport", "%1 is given twice")
                          .arg(figure.code));
            break;
        }
        figureCodes.insert(figure.code);
        figure.id = prefix + figure.code;
        figure.type = ConceptType::Qualification;
        QJsonObject extra {{u"sector"_s, sector},
                           {u"istat_cp"_s, QJsonArray::fromStringList(cp)},
                           {u"ateco"_s, QJsonArray::fromStringList(nace)},
                           {u"ada"_s, QJsonArray::fromStringList(adas)}};
        if (!eqf.isUndefined())
            extra.insert(u"eqf"_s, eqf.toInt());
        figure.details = details(extra);
        figure.altLabels = adas; // so a search by ADA code finds the figure
        for (const QString &uri : occupations)
            links << Link {figure.id, uri, LinkKind::MapsTo};
        concepts << figure;
        ++report->figures;

        const QJsonArray units = fig.value(u"units"_s).toArray();
        if (units.isEmpty()) {
            read.fail(place + u".units"_s,
                      QCoreApplication::translate("Sportello::RepertoryImport",
                                                  "a figure has at least one competence unit"));
            break;
        }
        for (int j = 0; j < units.size() && read.problem.isEmpty(); ++j) {
            const QString at = u"%1.units[%2]"_s.arg(place).arg(j);
            const QJsonObject u = units.at(j).toObject();
            Concept unit;
            unit.code = read.text(u, u"code"_s, at, true);
            unit.label = read.text(u, u"title"_s, at, true);
            unit.description = read.text(u, u"description"_s, at, false);
            const QStringList capacities = read.texts(u, u"capacities"_s, at);
            const QStringList knowledge = read.texts(u, u"knowledge"_s, at);
            const QStringList skills = read.texts(u, u"esco"_s, at, esco);
            if (!read.problem.isEmpty())
                break;
            if (!code.match(unit.code).hasMatch()) {
                read.fail(at + u".code"_s,
                          QCoreApplication::translate("Sportello::RepertoryImport",
                                                      "\"%1\" is not a valid code")
                              .arg(unit.code));
                break;
            }
            unit.id = prefix + unit.code;
            unit.type = ConceptType::Unit;
            links << Link {figure.id, unit.id, LinkKind::Unit};
            if (unitTitles.contains(unit.code)) {
                if (unitTitles.value(unit.code) != unit.label)
                    read.fail(at + u".title"_s,
                              QCoreApplication::translate("Sportello::RepertoryImport",
                                                          "the unit %1 has another title in an "
                                                          "earlier figure")
                                  .arg(unit.code));
                continue; // shared with an earlier figure
            }
            unitTitles.insert(unit.code, unit.label);
            unit.details = details({{u"capacities"_s, QJsonArray::fromStringList(capacities)},
                                    {u"knowledge"_s, QJsonArray::fromStringList(knowledge)}});
            for (const QString &uri : skills)
                links << Link {unit.id, uri, LinkKind::MapsTo};
            concepts << unit;
            ++report->units;
        }
    }
    if (!read.problem.isEmpty()) {
        *error = read.problem;
        return false;
    }
    report->framework = framework.id;
    report->sample = framework.sample;
    report->links = int(links.size());
    return ConceptStore(dbPath).replaceFramework(framework, concepts, links, error);
}

} // namespace Sportello::Competences
