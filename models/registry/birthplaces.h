#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sportello {

// A place of birth as coded in a fiscal code: an Italian municipality (current or
// suppressed) or a foreign state (Z code).
struct BirthPlace
{
    QString code; // Belfiore code, e.g. F537
    QString name; // Vibo Valentia
    QString province; // VV, or the ISO 3166 code of a foreign state
    QDate validFrom;
    QDate validTo; // 9999-12-31 while in force

    bool isForeign() const { return code.startsWith(u'Z'); }
    bool isSuppressed() const { return validTo.year() < 9999; }
    bool validOn(const QDate &date) const { return date >= validFrom && date <= validTo; }
    QString displayName() const; // "Vibo Valentia (VV)"
};

// The Belfiore table shipped in resources/reference/belfiore.tsv, loaded once.
class BirthPlaces final
{
public:
    static const BirthPlaces &instance();

    const BirthPlace *find(const QString &code) const;
    const QList<BirthPlace> &all() const { return m_places; }
    // Places whose folded name starts with the folded text; the ones in force first.
    QList<const BirthPlace *> matching(const QString &text, int limit) const;

private:
    BirthPlaces();
    QList<BirthPlace> m_places; // sorted by code
    QStringList m_keys;         // SearchKey::fold of each name, same order
};

} // namespace Sportello
