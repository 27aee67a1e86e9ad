#include "models/nursery/snapshot.h"

#include "models/common/enumids.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Sportello::Nursery {

namespace {

constexpr EnumIds<ListKind, 2> kLists({{
    {ListKind::Provisional, u"provisional"},
    {ListKind::Final, u"final"},
}});

} // namespace

QString listKindId(ListKind kind)
{
    return kLists.id(kind);
}

bool listKindFromId(const QString &id, ListKind *kind)
{
    return kLists.fromId(id, kind);
}

QString listKindLabel(ListKind kind)
{
    return kind == ListKind::Final
        ? QCoreApplication::translate("Sportello::Nursery", "Final ranking")
        : QCoreApplication::translate("Sportello::Nursery", "Provisional ranking");
}

Snapshot Snapshot::of(const RoundData &data, const Ranking &ranking, ListKind list)
{
    Snapshot s;
    s.roundId = data.round.id;
    s.list = list;
    s.rules = data.round.rules;
    s.rows.reserve(ranking.rows.size());
    for (const RankRow &row : ranking.rows) {
        const Application &a = data.applications.at(row.application);
        s.rows.append({s.rules.ageGroups.at(row.ageGroup).code, row.position, a.protocol,
                       s.rules.nurseries.at(row.nursery).code, row.preference + 1, row.score,
                       row.late, a.preferences});
    }
    return s;
}

bool Snapshot::sameContent(const Snapshot &other) const
{
    return list == other.list && rows == other.rows && rules.toJson() == other.rules.toJson();
}

QByteArray Snapshot::rowsJson() const
{
    QJsonArray array;
    for (const SnapshotRow &r : rows) {
        array.append(QJsonObject {{u"age_group"_s, r.ageGroup},
                                  {u"position"_s, r.position},
                                  {u"protocol"_s, r.protocol},
                                  {u"nursery"_s, r.nursery},
                                  {u"preference"_s, r.preference},
                                  {u"score"_s, double(r.score) / 100.0},
                                  {u"late"_s, r.late},
                                  {u"preferences"_s, QJsonArray::fromStringList(r.preferences)}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<SnapshotRow> Snapshot::rowsFromJson(const QByteArray &json)
{
    QList<SnapshotRow> rows;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    rows.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        QStringList preferences;
        for (const QJsonValue &p : o.value(u"preferences"_s).toArray())
            preferences << p.toString();
        rows.append({o.value(u"age_group"_s).toString(), o.value(u"position"_s).toInt(),
                     o.value(u"protocol"_s).toString(), o.value(u"nursery"_s).toString(),
                     o.value(u"preference"_s).toInt(),
                     Points(qRound64(o.value(u"score"_s).toDouble() * 100.0)),
                     o.value(u"late"_s).toBool(), preferences});
    }
    return rows;
}

PublishedList publishedList(const Snapshot &snapshot, const QString &nursery,
                            const QString &ageGroup)
{
    PublishedList out;
    const int n = snapshot.rules.nurseryIndex(nursery);
    const int g = snapshot.rules.ageGroupIndex(ageGroup);
    if (n < 0 || g < 0)
        return out;
    out.list = snapshot.list;
    out.round = snapshot.rules.round;
    out.schoolYear = snapshot.rules.schoolYear;
    out.municipality = snapshot.rules.municipality;
    out.nurseryCode = nursery;
    out.nurseryName = snapshot.rules.nurseries.at(n).name;
    out.ageGroupCode = ageGroup;
    out.ageGroupLabel = snapshot.rules.ageGroups.at(g).label;
    out.lastUpdated = QDateTime::fromString(snapshot.publishedAt, Qt::ISODateWithMs).toLocalTime();
    for (const SnapshotRow &r : snapshot.rows) {
        if (r.ageGroup == ageGroup && r.nursery == nursery)
            out.rows.append({int(out.rows.size()) + 1, r.protocol, r.score, r.late, r.preferences});
    }
    return out;
}

} // namespace Sportello::Nursery
