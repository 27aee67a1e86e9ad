#include "models/competences/escoimport.h"

#include "models/common/csv.h"
#include "models/competences/concept.h"
#include "models/competences/conceptstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Sportello::Competences {

namespace {

// A CSV file read whole, its columns found by name.
class Table
{
public:
    bool read(const QString &path, const QStringList &required, QString *error)
    {
        m_name = QFileInfo(path).fileName();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error
                = QCoreApplication::translate("Sportello::EscoImport", "%1: cannot read it (%2).")
                      .arg(m_name, file.errorString());
            return false;
        }
        const QByteArray bytes = file.readAll();
        if (const int line = firstBadUtf8Line(bytes); line > 0) {
            *error = QCoreApplication::translate("Sportello::EscoImport",
                                                 "%1 line %2: not UTF-8 text.")
                         .arg(m_name)
                         .arg(line);
            return false;
        }
        int badLine = 0;
        if (!Csv::parse(bytes, &m_records, &badLine)) {
            *error = QCoreApplication::translate("Sportello::EscoImport",
                                                 "%1 line %2: a quoted field is not closed.")
                         .arg(m_name)
                         .arg(badLine);
            return false;
        }
        if (m_records.isEmpty()) {
            *error
                = QCoreApplication::translate("Sportello::EscoImport", "%1 is empty.").arg(m_name);
            return false;
        }
        const QStringList header = m_records.takeFirst().fields;
        for (const QString &column : required) {
            const qsizetype at = header.indexOf(column);
            if (at < 0) {
                *error = QCoreApplication::translate("Sportello::EscoImport",
                                                     "%1 line 1: the column %2 is missing.")
                             .arg(m_name, column);
                return false;
            }
            m_columns.insert(column, int(at));
        }
        m_width = int(header.size());
        return true;
    }

    // Each record must have the header's width.
    bool checkWidths(QString *error) const
    {
        for (const Csv::Record &r : m_records) {
            if (r.fields.size() != m_width) {
                *error
                    = QCoreApplication::translate("Sportello::EscoImport",
                                                  "%1 line %2: %3 fields where the header has %4.")
                          .arg(m_name)
                          .arg(r.line)
                          .arg(r.fields.size())
                          .arg(m_width);
                return false;
            }
        }
        return true;
    }

    const QList<Csv::Record> &records() const { return m_records; }
    QString value(const Csv::Record &r, const QString &column) const
    {
        return r.fields.value(m_columns.value(column)).trimmed();
    }
    QString name() const { return m_name; }

    // The line of the first byte sequence that is not UTF-8, or 0.
    static int firstBadUtf8Line(const QByteArray &bytes)
    {
        int line = 1;
        for (qsizetype i = 0; i < bytes.size();) {
            const auto c = quint8(bytes.at(i));
            if (c == '\n')
                ++line;
            const int extra = c < 0x80 ? 0
                : (c >> 5) == 0x6      ? 1
                : (c >> 4) == 0xe      ? 2
                : (c >> 3) == 0x1e     ? 3
                                       : -1;
            if (extra < 0 || (extra == 1 && c < 0xc2)
                || i + extra >= bytes.size() + (extra ? 0 : 1))
                return line;
            for (int k = 1; k <= extra; ++k) {
                if ((quint8(bytes.at(i + k)) >> 6) != 0x2)
                    return line;
            }
            i += 1 + extra;
        }
        return 0;
    }

private:
    QString m_name;
    QList<Csv::Record> m_records;
    QHash<QString, int> m_columns;
    int m_width = 0;
};

QStringList altLabels(const QString &field)
{
    QStringList out;
    for (const QString &label : field.split(u'\n')) {
        if (!label.trimmed().isEmpty())
            out << label.trimmed();
    }
    return out;
}

// The language of the folder's files: the suffix of occupations_<L>.csv.
bool pickLanguage(const QDir &dir, const QString &wanted, QString *language, QString *error)
{
    QStringList found;
    static const QRegularExpression name(u"^occupations_(.+)\\.csv$"_s);
    for (const QString &file : dir.entryList({u"occupations_*.csv"_s}, QDir::Files)) {
        if (const auto m = name.match(file); m.hasMatch())
            found << m.captured(1);
    }
    if (!wanted.isEmpty()) {
        if (!found.contains(wanted)) {
            *error = QCoreApplication::translate("Sportello::EscoImport",
                                                 "%1 has no occupations_%2.csv.")
                         .arg(dir.path(), wanted);
            return false;
        }
        *language = wanted;
        return true;
    }
    if (found.size() != 1) {
        *error = found.isEmpty()
            ? QCoreApplication::translate("Sportello::EscoImport",
                                          "%1 has no ESCO occupations file "
                                          "(occupations_<language>.csv).")
                  .arg(dir.path())
            : QCoreApplication::translate("Sportello::EscoImport",
                                          "%1 holds several languages (%2): choose one "
                                          "with --lang.")
                  .arg(dir.path(), found.join(u", "_s));
        return false;
    }
    *language = found.first();
    return true;
}

// ISCOGroups_en.csv goes with occupations_en-us.csv: the same language or its base.
QString languageFile(const QDir &dir, const QString &stem, const QString &language)
{
    for (const QString &candidate : {language, language.section(u'-', 0, 0)}) {
        const QString name = u"%1_%2.csv"_s.arg(stem, candidate);
        if (dir.exists(name))
            return dir.filePath(name);
    }
    return QString();
}

} // namespace

bool importEsco(const QString &dbPath, const QString &dirPath, const QString &wanted,
                EscoImportReport *report, QString *error)
{
    const QDir dir(dirPath);
    if (!dir.exists()) {
        *error = QCoreApplication::translate("Sportello::EscoImport", "%1 is not a folder.")
                     .arg(dirPath);
        return false;
    }
    *report = EscoImportReport();
    if (!pickLanguage(dir, wanted, &report->language, error))
        return false;
    const QString language = report->language;
    const QString occupationsPath = languageFile(dir, u"occupations"_s, language);
    const QString skillsPath = languageFile(dir, u"skills"_s, language);
    if (skillsPath.isEmpty()) {
        *error = QCoreApplication::translate("Sportello::EscoImport", "%1 has no skills_%2.csv.")
                     .arg(dirPath, language);
        return false;
    }

    QList<Concept> concepts;
    QList<Link> links;
    QSet<QString> known;
    // A concept needs its URI; one without a label in this language is left out.
    const auto accept = [&](const Table &table, const Csv::Record &r, const Concept &c) {
        if (c.id.isEmpty()) {
            *error = QCoreApplication::translate("Sportello::EscoImport",
                                                 "%1 line %2: a concept without its URI.")
                         .arg(table.name())
                         .arg(r.line);
            return false;
        }
        if (c.label.isEmpty()) {
            ++report->unlabelled;
        } else {
            known.insert(c.id);
            concepts << c;
        }
        return true;
    };
    const QStringList common
        = {u"conceptUri"_s, u"preferredLabel"_s, u"altLabels"_s, u"description"_s};

    Table occupations;
    if (!occupations.read(occupationsPath, common + QStringList {u"iscoGroup"_s}, error)
        || !occupations.checkWidths(error))
        return false;
    for (const Csv::Record &r : occupations.records()) {
        const Concept c {occupations.value(r, u"conceptUri"_s),
                         u"esco"_s,
                         ConceptType::Occupation,
                         QString(),
                         occupations.value(r, u"preferredLabel"_s),
                         altLabels(occupations.value(r, u"altLabels"_s)),
                         occupations.value(r, u"description"_s),
                         QString()};
        const QString isco = occupations.value(r, u"iscoGroup"_s);
        if (!isco.isEmpty())
            links << Link {c.id, u"http://data.europa.eu/esco/isco/C"_s + isco, LinkKind::Broader};
        if (!accept(occupations, r, c))
            return false;
        report->occupations += c.label.isEmpty() ? 0 : 1;
    }

    Table skills;
    if (!skills.read(skillsPath, common + QStringList {u"skillType"_s, u"reuseLevel"_s}, error)
        || !skills.checkWidths(error))
        return false;
    for (const Csv::Record &r : skills.records()) {
        const QString skillType = skills.value(r, u"skillType"_s);
        Concept c {skills.value(r, u"conceptUri"_s),
                   u"esco"_s,
                   skillType == u"knowledge" ? ConceptType::Knowledge : ConceptType::Skill,
                   QString(),
                   skills.value(r, u"preferredLabel"_s),
                   altLabels(skills.value(r, u"altLabels"_s)),
                   skills.value(r, u"description"_s),
                   QString::fromUtf8(QJsonDocument(QJsonObject {{u"skill_type"_s, skillType},
                                                                {u"reuse_level"_s,
                                                                 skills.value(r, u"reuseLevel"_s)}})
                                         .toJson(QJsonDocument::Compact))};
        if (!accept(skills, r, c))
            return false;
        report->skills += c.label.isEmpty() ? 0 : 1;
    }

    // Optional files: ISCO groups, skill groups, the hierarchy, occupation-skill relations.
    if (const QString path = languageFile(dir, u"ISCOGroups"_s, language); !path.isEmpty()) {
        Table groups;
        if (!groups.read(path, common + QStringList {u"code"_s}, error)
            || !groups.checkWidths(error))
            return false;
        for (const Csv::Record &r : groups.records()) {
            const Concept c {groups.value(r, u"conceptUri"_s),
                             u"esco"_s,
                             ConceptType::IscoGroup,
                             groups.value(r, u"code"_s),
                             groups.value(r, u"preferredLabel"_s),
                             altLabels(groups.value(r, u"altLabels"_s)),
                             groups.value(r, u"description"_s),
                             QString()};
            if (!accept(groups, r, c))
                return false;
            report->iscoGroups += c.label.isEmpty() ? 0 : 1;
        }
    }
    if (const QString path = languageFile(dir, u"skillGroups"_s, language); !path.isEmpty()) {
        Table groups;
        if (!groups.read(path, common, error) || !groups.checkWidths(error))
            return false;
        for (const Csv::Record &r : groups.records()) {
            const Concept c {groups.value(r, u"conceptUri"_s),
                             u"esco"_s,
                             ConceptType::SkillGroup,
                             QString(),
                             groups.value(r, u"preferredLabel"_s),
                             altLabels(groups.value(r, u"altLabels"_s)),
                             groups.value(r, u"description"_s),
                             QString()};
            if (!accept(groups, r, c))
                return false;
            report->skillGroups += c.label.isEmpty() ? 0 : 1;
        }
    }
    for (const QString &name :
         {u"broaderRelationsOccPillar.csv"_s, u"broaderRelationsSkillPillar.csv"_s}) {
        if (!dir.exists(name))
            continue;
        Table edges;
        if (!edges.read(dir.filePath(name), {u"conceptUri"_s, u"broaderUri"_s}, error)
            || !edges.checkWidths(error))
            return false;
        for (const Csv::Record &r : edges.records())
            links << Link {edges.value(r, u"conceptUri"_s), edges.value(r, u"broaderUri"_s),
                           LinkKind::Broader};
    }
    if (dir.exists(u"occupationSkillRelations.csv"_s)) {
        Table relations;
        if (!relations.read(dir.filePath(u"occupationSkillRelations.csv"_s),
                            {u"occupationUri"_s, u"relationType"_s, u"skillUri"_s}, error)
            || !relations.checkWidths(error))
            return false;
        for (const Csv::Record &r : relations.records()) {
            const QString type = relations.value(r, u"relationType"_s);
            if (type != u"essential" && type != u"optional") {
                *error = QCoreApplication::translate(
                             "Sportello::EscoImport",
                             "%1 line %2: the relation type is essential or optional, not \"%3\".")
                             .arg(relations.name())
                             .arg(r.line)
                             .arg(type);
                return false;
            }
            links << Link {relations.value(r, u"occupationUri"_s),
                           relations.value(r, u"skillUri"_s),
                           type == u"essential" ? LinkKind::Essential : LinkKind::Optional};
        }
    }
    // Links to concepts the import does not hold (another pillar, a partial file) are left
    // out, and an edge given twice (an occupation's ISCO group is also in the hierarchy
    // file) is kept once.
    QSet<QString> seen;
    links.removeIf([&](const Link &l) {
        const QString key = l.from + u' ' + l.to + u' ' + linkKindId(l.kind);
        if (!known.contains(l.from) || !known.contains(l.to) || seen.contains(key))
            return true;
        seen.insert(key);
        return false;
    });
    report->links = int(links.size());
    return ConceptStore(dbPath).replaceFramework({u"esco"_s, u"ESCO"_s, u"v1"_s, language, false},
                                                 concepts, links, error);
}

} // namespace Sportello::Competences
