#pragma once

#include "models/nursery/round.h"

class QPagedPaintDevice;
class QPainter;

namespace Sportello::Nursery {

// Which list a publication is: provisional (position, protocol, score) or final (the same
// and the preferences expressed).
enum class ListKind { Provisional, Final };

QString listKindId(ListKind kind);
bool listKindFromId(const QString &id, ListKind *kind);
QString listKindLabel(ListKind kind); // translated: "Graduatoria provvisoria"

// One anonymous row of a published ranking: nothing here names or profiles a family.
struct SnapshotRow
{
    QString ageGroup;
    int position = 0; // in the age group
    QString protocol;
    QString nursery;
    int preference = 1;
    Points score = 0;
    bool late = false;
    QStringList preferences; // the family's nursery codes, in order

    bool operator==(const SnapshotRow &) const = default;
};

// A published ranking as it was published: immutable once recorded (nursery_snapshot).
struct Snapshot
{
    QString id;
    QString roundId;
    ListKind list = ListKind::Provisional;
    QString publishedAt; // UTC ISO-8601
    QString publishedBy;
    RuleSet rules; // as they were when published
    QList<SnapshotRow> rows;

    static Snapshot of(const RoundData &data, const Ranking &ranking, ListKind list);
    QByteArray rowsJson() const;
    static QList<SnapshotRow> rowsFromJson(const QByteArray &json);
    bool sameContent(const Snapshot &other) const; // list, rules and rows
};

// The list of one nursery and age group, as printed and posted: positions counted in it.
struct PublishedRow
{
    int position = 0;
    QString protocol;
    Points score = 0;
    bool late = false;
    QStringList preferences;
};

struct PublishedList
{
    ListKind list = ListKind::Provisional;
    QString round;
    QString schoolYear;
    QString municipality;
    QString nurseryCode;
    QString nurseryName;
    QString ageGroupCode;
    QString ageGroupLabel;
    QDateTime lastUpdated; // local time of the snapshot
    QList<PublishedRow> rows;
};

// Empty nurseryCode in the result when the snapshot's rules do not have the nursery or
// the age group.
PublishedList publishedList(const Snapshot &snapshot, const QString &nursery,
                            const QString &ageGroup);

// CSV (UTF-8, header row) with the header fields repeated on every row, so each row
// stands alone when filtered: round, school_year, list, nursery, nursery_name, age_group,
// last_updated, position, protocol, score[, preferences].
QByteArray publicationCsv(const PublishedList &list);

// An A4 PDF: a header with the round, nursery and age group on every page, the table,
// and "Last updated ... - Page n of m" at the foot. Needs a QGuiApplication.
bool writePublicationPdf(const PublishedList &list, const QString &path, QString *error);
// The same pages on any paged device (a printer, a print preview), on an active painter.
void paintPublication(QPainter *painter, QPagedPaintDevice *device, const PublishedList &list);

} // namespace Sportello::Nursery
