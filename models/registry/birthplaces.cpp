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
    m_keys.reserve(m_places.size());
    for (const BirthPlace &place : std::as_const(m_places))
        m_keys << SearchKey::fold(place.name);
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
    const QString code = text.trimmed().toUpper();
    QList<qsizetype> found;
    if (key.isEmpty())
        return {};
    for (qsizetype i = 0; i < m_places.size(); ++i) {
        if (m_keys.at(i).startsWith(key) || m_places.at(i).code == code)
            found.append(i);
    }
    // Exact names first, then places in force before suppressed ones, then by name.
    std::stable_sort(found.begin(), found.end(), [this, &key](qsizetype a, qsizetype b) {
        const bool exactA = m_keys.at(a) == key;
        const bool exactB = m_keys.at(b) == key;
        if (exactA != exactB)
            return exactA;
        const bool suppressedA = m_places.at(a).isSuppressed();
        if (suppressedA != m_places.at(b).isSuppressed())
            return !suppressedA;
        return m_places.at(a).name < m_places.at(b).name;
    });
    QList<const BirthPlace *> places;
    for (qsizetype i : found.first(qMin<qsizetype>(found.size(), limit)))
        places.append(&m_places.at(i));
    return places;
}

} // namespace Sportello
