#include "models/db/rowstamp.h"

#include <QDateTime>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Sportello::RowStamp {

namespace {

// splitmix64 finaliser: spreads one 64-bit random value over the 74 random bits.
quint64 mix(quint64 x)
{
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

} // namespace

QString idFrom(qint64 unixMs, quint64 random)
{
    // 48 bits of milliseconds, version 7, then random bits with the RFC 9562 variant.
    const quint64 high = (quint64(unixMs) << 16) | 0x7000u | (random & 0x0fffu);
    const quint64 low = 0x8000000000000000ull | (mix(random) >> 2);
    const QString hex = u"%1%2"_s.arg(high, 16, 16, QChar(u'0')).arg(low, 16, 16, QChar(u'0'));
    return hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-'
        + hex.mid(20);
}

QString newId()
{
    return idFrom(QDateTime::currentMSecsSinceEpoch(), QRandomGenerator::system()->generate64());
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace Sportello::RowStamp
