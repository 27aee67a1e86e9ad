#include "models/registry/birthplaces.h"

#include "models/registry/searchkey.h"

#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sportello {

QString BirthPlace::displayName() const
{
    return province.isEmpty() ? name : u"%1 (%2)"_s.arg(name, province);
}

const BirthPlaces &BirthPlaces::instance()
{
    static const BirthPlaces places;
    return places;
}

BirthPlaces::BirthPlaces()
{
    QFile file(u":/reference/belfiore.tsv"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("The Belfiore table is missing from the resources");
    file.readLine(); // header
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        const QStringList fields = line.split(u'\t');
        if (fields.size() != 5)
            continue;
        m_places.append({fields[0], fields[1], fields[2], QDate::fromString(fields[3], Qt::ISODate),
                         QDate::fromString(fields[4], Qt::ISODate)});
    }
    std::sort(m_places.begin(), m_places.end(),
              [](const BirthPlace &a, const BirthPlace &b) { return a.code < b.code; });
}

const BirthPlace *BirthPlaces::find(const QString &code) const
{
    const auto it = std::lower_bound(
        m_places.cbegin(), m_places.cend(), code,
        [](const BirthPlace &place, const QString &c) { return place.code < c; });
    return it != m_places.cend() && it->code == code ? &*it : nullptr;
}

QList<const BirthPlace *> BirthPlaces::matching(const QString &text, int limit) const
{
    const QString key = SearchKey::fold(text);
    QList<const BirthPlace *> found;
    if (key.isEmpty())
        return found;
    for (const BirthPlace &place : m_places) {
        if (SearchKey::fold(place.name).startsWith(key) || place.code == text.toUpper())
            found.append(&place);
    }
    std::stable_sort(found.begin(), found.end(), [&key](const BirthPlace *a, const BirthPlace *b) {
        const bool exactA = SearchKey::fold(a->name) == key;
        const bool exactB = SearchKey::fold(b->name) == key;
        if (exactA != exactB)
            return exactA;
        if (a->isSuppressed() != b->isSuppressed())
            return !a->isSuppressed();
        return a->name < b->name;
    });
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

} // namespace Sportello
