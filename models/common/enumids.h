#pragma once

#include <QList>
#include <QString>

#include <array>
#include <utility>

namespace Sportello {

// The stored text form of an enumeration ("social_worker" for Role::SocialWorker), from
// one table per enumeration, so ids and values cannot drift apart.
template<typename Enum, std::size_t N>
class EnumIds final
{
public:
    using Entry = std::pair<Enum, const char16_t *>;

    constexpr explicit EnumIds(const std::array<Entry, N> &entries)
        : m_entries(entries)
    {
    }

    QString id(Enum value) const
    {
        for (const auto &[v, text] : m_entries) {
            if (v == value)
                return QString::fromUtf16(text);
        }
        return QString();
    }

    bool fromId(const QString &text, Enum *value) const
    {
        for (const auto &[v, id] : m_entries) {
            if (text == QStringView(id)) {
                *value = v;
                return true;
            }
        }
        return false;
    }

    QList<Enum> values() const
    {
        QList<Enum> all;
        for (const auto &entry : m_entries)
            all.append(entry.first);
        return all;
    }

private:
    std::array<Entry, N> m_entries;
};

} // namespace Sportello
