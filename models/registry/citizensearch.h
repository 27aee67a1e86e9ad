#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>

class QSqlDatabase;

namespace Sportello {

// What a result row shows; travels between threads by value.
struct CitizenBrief
{
    QString id;
    QString fiscalCode;
    QString surname;
    QString givenNames;
    QDate birthDate;
    QString birthPlaceCode;
    QString address;
};

// A typed query turned into index ranges, best match first. Every tier is a prefix range
// over one index of citizen_search, so counting and paging never sort:
// - "rossi", "rossi ma", "de luca mario": the folded name key, trying each split of the
//   words into surname and given names;
// - "RSSMRA85", a full fiscal code: the fiscal-code index.
// Tiers are disjoint, so a row appears once.
class CitizenQuery final
{
public:
    struct Tier
    {
        QString column; // name_key or fiscal_code
        QString order; // the columns of its index, in order, citizen_id last
        QString from; // inclusive
        QString to; // exclusive; empty = unbounded
    };

    static CitizenQuery parse(const QString &text);

    const QList<Tier> &tiers() const { return m_tiers; }
    bool isEmpty() const { return m_empty; } // no text: the whole registry in name order

    // Matching rows of one tier: count, and one page in order.
    qint64 count(const QSqlDatabase &db, int tier) const;
    QList<CitizenBrief> page(const QSqlDatabase &db, int tier, qint64 offset, int limit) const;

    // The first `limit` results over all tiers (command line, quick search).
    QList<CitizenBrief> first(const QSqlDatabase &db, int limit) const;
    // Every result in order, one at a time (one forward-only query a tier, nothing held):
    // until `each` returns false; false if the database could not be read.
    bool forEach(const QSqlDatabase &db,
                 const std::function<bool(const CitizenBrief &)> &each) const;
    // Whether a citizen is among the results, wherever in them.
    bool matches(const QSqlDatabase &db, const QString &citizenId) const;

private:
    QList<Tier> m_tiers;
    bool m_empty = true;
};

} // namespace Sportello

Q_DECLARE_METATYPE(Sportello::CitizenBrief)
