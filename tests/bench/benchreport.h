#pragma once

#include <QJsonObject>
#include <QList>

namespace Sportello::Bench {

// One JSON object per line on stdout (DESIGN.md §5), flushed at once.
void emitLine(const QJsonObject &object);
// The p-quantile (0..1) of the values, nearest rank.
double percentile(QList<double> values, double p);
// {"bench": name, "n": n, "runs", "median_ms", "p95_ms", "max_ms"} plus extra.
void report(const QString &name, qint64 n, const QList<double> &ms, QJsonObject extra = {});

} // namespace Sportello::Bench
