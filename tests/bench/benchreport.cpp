#include "benchreport.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Sportello::Bench {

void emitLine(const QJsonObject &object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::ceil(p * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

void report(const QString &name, qint64 n, const QList<double> &ms, QJsonObject extra)
{
    extra.insert(u"bench"_s, name);
    extra.insert(u"n"_s, n);
    extra.insert(u"runs"_s, ms.size());
    extra.insert(u"median_ms"_s, percentile(ms, 0.5));
    extra.insert(u"p95_ms"_s, percentile(ms, 0.95));
    extra.insert(u"max_ms"_s, percentile(ms, 1.0));
    emitLine(extra);
}

} // namespace Sportello::Bench
