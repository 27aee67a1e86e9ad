#pragma once

#include <QString>

namespace Sportello::RowStamp {

// A new row id: a time-ordered UUID (version 7, RFC 9562) in canonical text form.
QString newId();
// The same layout from explicit parts, for deterministic data (demo, tests).
QString idFrom(qint64 unixMs, quint64 random);

// UTC now as ISO-8601 with milliseconds, the format of every updated_at.
QString now();

} // namespace Sportello::RowStamp
