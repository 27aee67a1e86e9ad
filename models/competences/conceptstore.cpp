#include "models/competences/conceptstore.h"

#include "models/db/database.h"
#include "models/db/query.h"
#include "models/db/rowstamp.h"
#include "models/db/transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello::Competences {

namespace {

// Empty text stored as '' (a null QString would bind as NULL).
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

const QString kColumns = u"id, framework, type, code, label, alt_labels, description, details"_s;

Concept conceptFrom(const QSqlQuery &q)
{
    Concept c;
    c.id = q.value(0).toString();
    c.framework = q.value(1).toString();
    typeFromId(q.value(2).toString(), &c.type);
    c.code = q.value(3).toString();
    c.label = q.value(4).toString();
    const QString alt = q.value(5).toString();
    c.altLabels = alt.isEmpty() ? QStringList() : alt.split(u'\n');
    c.description = q.value(6).toString();
    c.details = q.value(7).toString();
    return c;
}

} // namespace

ConceptStore::ConceptStore(const QString &dbPath)
    : m_path(dbPath)
{ }

bool ConceptStore::replaceFramework(const Framework &f, const QList<Concept> &concepts,
                                    const QList<Link> &links, QString *error)
{
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery q(db);
    QString failure;
    // Runs the prepared statement; the first failure is kept for the message.
    const auto step = [&q, &failure](const QVariantList &values) {
        if (!failure.isEmpty())
            return false;
        if (!Db::run(q, values))
            failure = q.lastError().text();
        return failure.isEmpty();
    };
    q.prepare(u"INSERT INTO competence_framework (id, name, version, language, sample, "
              "imported_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
              "name = excluded.name, version = excluded.version, language = excluded.language, "
              "sample = excluded.sample, imported_at = excluded.imported_at"_s);
    step({f.id, f.name, f.version, f.language, f.sample ? 1 : 0, RowStamp::now()});
    q.prepare(u"INSERT INTO competence_concept (id, framework, type, code, label, alt_labels, "
              "description, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
              "SET framework = excluded.framework, type = excluded.type, code = excluded.code, "
              "label = excluded.label, alt_labels = excluded.alt_labels, "
              "description = excluded.description, details = excluded.details"_s);
    for (const Concept &c : concepts) {
        if (!step({c.id, f.id, typeId(c.type), Db::orNull(c.code), c.label,
                   notNull(c.altLabels.join(u'\n')), notNull(c.description),
                   c.details.isEmpty() ? u"{}"_s : c.details}))
            break;
    }
    q.prepare(u"DELETE FROM competence_link WHERE framework = ?"_s);
    step({f.id});
    q.prepare(u"INSERT OR IGNORE INTO competence_link (from_id, to_id, kind, framework) "
              "VALUES (?, ?, ?, ?)"_s);
    for (const Link &l : links) {
        if (!step({l.from, l.to, linkKindId(l.kind), f.id}))
            break;
    }
    if (!failure.isEmpty() || !transaction.commit()) {
        *error = QCoreApplication::translate("Sportello::ConceptStore",
                                             "The framework could not be saved: %1")
                     .arg(failure.isEmpty() ? transaction.errorText() : failure);
        return false;
    }
    return true;
}

QList<Framework> ConceptStore::frameworks() const
{
    QSqlQuery q(u"SELECT id, name, version, language, sample FROM competence_framework "
                "ORDER BY name"_s,
                Db::connection(m_path));
    QList<Framework> out;
    while (q.next())
        out << Framework {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toInt() != 0};
    return out;
}

std::optional<Concept> ConceptStore::find(const QString &id) const
{
    QSqlQuery q(Db::connection(m_path));
    q.prepare(u"SELECT "_s + kColumns + u" FROM competence_concept WHERE id = ?"_s);
    if (!Db::run(q, {id}) || !q.next())
        return std::nullopt;
    return conceptFrom(q);
}

qint64 ConceptStore::count(ConceptType type) const
{
    QSqlQuery q(Db::connection(m_path));
    q.prepare(u"SELECT count(*) FROM competence_concept WHERE type = ?"_s);
    return Db::run(q, {typeId(type)}) && q.next() ? q.value(0).toLongLong() : 0;
}

QList<Concept> ConceptStore::roots(const QString &framework, ConceptType type) const
{
    QSqlQuery q(Db::connection(m_path));
    q.prepare(u"SELECT "_s + kColumns
              + u" FROM competence_concept c WHERE framework = ? "
                "AND type = ? AND NOT EXISTS (SELECT 1 FROM competence_link l "
                "WHERE l.from_id = c.id AND l.kind = 'broader') ORDER BY code, label"_s);
    Db::run(q, {framework, typeId(type)});
    QList<Concept> out;
    while (q.next())
        out << conceptFrom(q);
    return out;
}

namespace {

// Narrower concepts (by the hierarchy) and a figure's units, for the tree.
QString childrenQuery(const QString &columns)
{
    return u"SELECT %1 FROM competence_link l JOIN competence_concept c ON c.id = l.from_id "
           "WHERE l.to_id = :id AND l.kind = 'broader' UNION ALL SELECT %1 FROM "
           "competence_link l JOIN competence_concept c ON c.id = l.to_id "
           "WHERE l.from_id = :id AND l.kind = 'unit'"_s.arg(columns);
}

} // namespace

QList<Concept> ConceptStore::children(const QString &id) const
{
    QSqlQuery q(Db::connection(m_path));
    q.prepare(childrenQuery(u"c."_s + QString(kColumns).replace(u", "_s, u", c."_s))
              + u" ORDER BY 3, 4, 5"_s);
    q.bindValue(u":id"_s, id);
    q.exec();
    QList<Concept> out;
    while (q.next())
        out << conceptFrom(q);
    return out;
}

bool ConceptStore::hasChildren(const QString &id) const
{
    QSqlQuery q(Db::connection(m_path));
    q.prepare(u"SELECT EXISTS ("_s + childrenQuery(u"1"_s) + u")"_s);
    q.bindValue(u":id"_s, id);
    return q.exec() && q.next() && q.value(0).toBool();
}

QList<Link> ConceptStore::linksFrom(const QString &id) const
{
    return links(u"from_id"_s, id);
}

QList<Link> ConceptStore::linksTo(const QString &id) const
{
    return links(u"to_id"_s, id);
}

QList<Link> ConceptStore::links(const QString &column, const QString &id) const
{
    QSqlQuery q(Db::connection(m_path));
    q.prepare(u"SELECT from_id, to_id, kind FROM competence_link WHERE "_s + column
              + u" = ? ORDER BY kind, from_id, to_id"_s);
    Db::run(q, {id});
    QList<Link> out;
    while (q.next()) {
        Link l {q.value(0).toString(), q.value(1).toString(), LinkKind::Broader};
        linkKindFromId(q.value(2).toString(), &l.kind);
        out << l;
    }
    return out;
}

void ConceptStore::forEach(const std::function<void(Concept &&)> &visit) const
{
    QSqlQuery q(Db::connection(m_path));
    q.setForwardOnly(true);
    q.exec(u"SELECT "_s + kColumns + u" FROM competence_concept"_s);
    while (q.next())
        visit(conceptFrom(q));
}

} // namespace Sportello::Competences
