#include "models/db/rowstamp.h"

#include <QDateTime>
#include <QMutex>
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
    // Monotonic within the process (RFC 9562 §6.2, method 1): ids made in the same
    // millisecond count up in the 12 bits after the version, so they sort in creation order.
    static QMutex mutex;
    static qint64 lastMs = 0;
    static quint64 counter = 0;
    quint64 random = QRandomGenerator::system()->generate64();
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    {
        const QMutexLocker lock(&mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            if (++counter > 0x0fffu) { // 4,096 ids in one millisecond: borrow the next one
                ms = ++lastMs;
                counter = random & 0x07ffu;
            }
        } else {
            lastMs = ms;
            counter = random & 0x07ffu; // leave room to count up
        }
        random = (random & ~quint64(0x0fff)) | counter;
    }
    return idFrom(ms, random);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace Sportello::RowStamp
