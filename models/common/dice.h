#pragma once

#include <QList>
#include <QStringList>

#include <algorithm>
#include <random>

namespace Sportello {

// The randomness of demo data, from a seed alone: the same seed gives the same data.
class Dice
{
public:
    explicit Dice(quint64 seed)
        : m_rng(seed)
    { }
    int below(int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(m_rng)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_rng) < p; }
    const QString &pick(const QStringList &list) { return list.at(below(int(list.size()))); }
    template<typename T> void shuffle(QList<T> *list)
    {
        std::shuffle(list->begin(), list->end(), m_rng);
    }

private:
    std::mt19937_64 m_rng;
};

} // namespace Sportello
