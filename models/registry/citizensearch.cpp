#include "models/registry/citizensearch.h"

#include "models/registry/fiscalcode.h"
#include "models/registry/searchkey.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello {

namespace {

// The smallest string greater than every string starting with prefix.
QString prefixEnd(const QString &prefix)
{
    QString end = prefix;
    while (!end.isEmpty()) {
        const char16_t last = end.back().unicode();
        if (last < 0xFFFF) {
            end.back() = QChar(char16_t(last + 1));
            return end;
        }
        end.chop(1);
    }
    return QString();
}

const QString kNameKey = u"name_key"_s;
const QString kFiscalCode = u"fiscal_code"_s;

// Rows of a tier come in the order of its index: same names by date of birth.
QString orderOf(const QString &column)
{
    return column == kNameKey ? u"name_key, birth_date, citizen_id"_s
                              : u"fiscal_code, citizen_id"_s;
}

CitizenQuery::Tier prefixTier(const QString &column, const QString &prefix)
{
    return {column, orderOf(column), prefix, prefixEnd(prefix)};
}

// WHERE clause of one tier, excluding the rows of the tiers before it.
QString whereOf(const QList<CitizenQuery::Tier> &tiers, int tier, QVariantList *binds)
{
    const auto range = [binds](const CitizenQuery::Tier &t) {
        if (t.from.isEmpty() && t.to.isEmpty())
            return u"1"_s; // the whole registry
        *binds << t.from;
        if (t.to.isEmpty())
            return u"%1 >= ?"_s.arg(t.column);
        *binds << t.to;
        return u"(%1 >= ? AND %1 < ?)"_s.arg(t.column);
    };
    QString where = range(tiers.at(tier));
    for (int earlier = 0; earlier < tier; ++earlier)
        where += u" AND NOT "_s + range(tiers.at(earlier));
    return where;
}

} // namespace

CitizenQuery CitizenQuery::parse(const QString &text)
{
    CitizenQuery query;
    const QString trimmed = text.simplified();
    if (trimmed.isEmpty()) {
        query.m_tiers.append({kNameKey, orderOf(kNameKey), QString(), QString()});
        return query;
    }
    query.m_empty = false;

    // Words of the name, each folded; apostrophes and hyphens join, spaces split.
    QStringList words;
    for (const QString &word : trimmed.split(u' ', Qt::SkipEmptyParts)) {
        const QString folded = SearchKey::fold(word);
        if (!folded.isEmpty())
            words << folded;
    }
    QList<Tier> nameTiers;
    // "surname given names" first; then longer surnames ("de luca mario"); then all words
    // as one surname prefix.
    for (int split = 1; split < words.size(); ++split) {
        nameTiers << prefixTier(kNameKey,
                                words.mid(0, split).join(QString()) + u' '
                                    + words.mid(split).join(QString()));
    }
    if (!words.isEmpty())
        nameTiers << prefixTier(kNameKey, words.join(QString()));

    static const QRegularExpression codeLike(u"^[A-Z0-9]{2,16}$"_s);
    const QString code = FiscalCode::normalized(trimmed);
    const bool looksLikeCode = codeLike.match(code).hasMatch();
    const bool hasDigit = code.contains(QRegularExpression(u"[0-9]"_s));
    if (looksLikeCode && (hasDigit || code.size() == 16)) {
        query.m_tiers << prefixTier(kFiscalCode, code) << nameTiers;
    } else {
        query.m_tiers << nameTiers;
        if (looksLikeCode)
            query.m_tiers << prefixTier(kFiscalCode, code);
    }
    if (query.m_tiers.isEmpty()) // only punctuation: nothing can match
        query.m_tiers.append({kNameKey, orderOf(kNameKey), u"\uFFFF"_s, u"\uFFFF"_s});
    return query;
}

bool CitizenQuery::matches(const QSqlDatabase &db, const QString &citizenId) const
{
    if (m_tiers.isEmpty())
        return m_empty;
    for (int tier = 0; tier < m_tiers.size(); ++tier) {
        QVariantList binds {citizenId};
        QSqlQuery query(db);
        query.prepare(u"SELECT 1 FROM citizen_search WHERE citizen_id = ? AND "_s
                      + whereOf(m_tiers, tier, &binds));
        for (const QVariant &v : std::as_const(binds))
            query.addBindValue(v);
        if (query.exec() && query.next())
            return true;
    }
    return false;
}

qint64 CitizenQuery::count(const QSqlDatabase &db, int tier) const
{
    QVariantList binds;
    QSqlQuery query(db);
    query.prepare(u"SELECT count(*) FROM citizen_search WHERE "_s + whereOf(m_tiers, tier, &binds));
    for (const QVariant &v : std::as_const(binds))
        query.addBindValue(v);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QList<CitizenBrief> CitizenQuery::page(const QSqlDatabase &db, int tier, qint64 offset,
                                       int limit) const
{
    QVariantList binds;
    const QString &order = m_tiers.at(tier).order;
    // Page the index alone (only its own columns, so skipped rows are never read), then
    // join the rows of the page; a row number keeps the page's order.
    QSqlQuery query(db);
    query.prepare(u"SELECT c.id, c.fiscal_code, c.surname, c.given_names, c.birth_date, "
                  "c.birth_place_code, c.address FROM (SELECT citizen_id, row_number() OVER "
                  "(ORDER BY %1) AS n FROM (SELECT %1 FROM citizen_search WHERE %2 ORDER BY %1 "
                  "LIMIT ? OFFSET ?)) s JOIN citizen c ON c.id = s.citizen_id ORDER BY s.n"_s.arg(
                      order, whereOf(m_tiers, tier, &binds)));
    binds << limit << offset;
    for (const QVariant &v : std::as_const(binds))
        query.addBindValue(v);
    QList<CitizenBrief> rows;
    if (!query.exec())
        return rows;
    while (query.next()) {
        rows.append({query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(),
                     QDate::fromString(query.value(4).toString(), Qt::ISODate),
                     query.value(5).toString(), query.value(6).toString()});
    }
    return rows;
}

bool CitizenQuery::forEach(const QSqlDatabase &db,
                           const std::function<bool(const CitizenBrief &)> &each) const
{
    for (int tier = 0; tier < m_tiers.size(); ++tier) {
        QVariantList binds;
        QSqlQuery query(db);
        query.setForwardOnly(true);
        // As page() does, without the limit: the index's order numbered, then the rows.
        query.prepare(u"SELECT c.id, c.fiscal_code, c.surname, c.given_names, c.birth_date, "
                      "c.birth_place_code, c.address FROM (SELECT citizen_id, row_number() "
                      "OVER (ORDER BY %1) AS n FROM citizen_search WHERE %2) s JOIN citizen c "
                      "ON c.id = s.citizen_id ORDER BY s.n"_s.arg(m_tiers.at(tier).order,
                                                                  whereOf(m_tiers, tier, &binds)));
        for (const QVariant &v : std::as_const(binds))
            query.addBindValue(v);
        if (!query.exec())
            return false;
        while (query.next()) {
            if (!each({query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toString(),
                       QDate::fromString(query.value(4).toString(), Qt::ISODate),
                       query.value(5).toString(), query.value(6).toString()}))
                return true;
        }
    }
    return true;
}

QList<CitizenBrief> CitizenQuery::first(const QSqlDatabase &db, int limit) const
{
    QList<CitizenBrief> rows;
    for (int tier = 0; tier < m_tiers.size() && rows.size() < limit; ++tier)
        rows << page(db, tier, 0, limit - int(rows.size()));
    return rows;
}

} // namespace Sportello
