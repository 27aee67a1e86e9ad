#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

class QJsonObject;

namespace Sportello::Nursery {

// Points are kept in hundredths (2,5 points = 250) so sums are exact.
using Points = qint64;

enum class BirthOrder { OlderFirst, YoungerFirst };

// Children born between bornFrom and bornTo (both inclusive) form one ranking.
struct AgeGroup
{
    QString code;
    QString label;
    QDate bornFrom;
    QDate bornTo;
    BirthOrder birthOrder = BirthOrder::OlderFirst;

    bool contains(const QDate &birth) const { return birth >= bornFrom && birth <= bornTo; }
};

// Which preference rows of an application a declared condition scores on.
enum class Scope {
    Application, // every row
    NamedNursery, // only the row of the nursery the condition names
    NamedNurseryFirstChoice, // that row, and only when it is the family's first choice
};

struct Criterion
{
    QString code;
    QString label;
    Points points = 0; // per unit declared
    QString group; // optional, for group_points_desc
    Scope scope = Scope::Application;

    bool namesNursery() const { return scope != Scope::Application; }
};

enum class TieBreakKey {
    OnTimeFirst,
    ScoreDesc,
    IseeAsc,
    IseeAtMost, // with a threshold
    GroupPointsDesc, // with a criterion group
    ChildAge,
    SubmittedAsc,
    PreferenceAsc,
};

struct TieBreak
{
    TieBreakKey key = TieBreakKey::ScoreDesc;
    qint64 iseeCents = 0; // IseeAtMost
    QString group; // GroupPointsDesc

    QString id() const; // as written in the rules: "isee_at_most:15000"
    static std::optional<TieBreak> fromId(const QString &id);
    static QStringList plainIds(); // the keys without a parameter
    bool operator==(const TieBreak &) const = default;
};

struct NurseryPlace
{
    QString code;
    QString name;
    QMap<QString, int> seats; // age group code -> seats; absent = none

    int seatsFor(const QString &ageGroup) const { return seats.value(ageGroup, 0); }
};

struct RefusalPolicy
{
    bool firstChoiceRefusalRemoves = true;
    int maxRefusals = 2; // refusals an application may make and stay on the list
};

// The rules of one admission round: data, not code (issue 4). Read from and written to
// the JSON contract of `sportello nursery import-rules`.
struct RuleSet
{
    QString round; // "2025-nidi"
    QString municipality; // ISTAT code
    QString schoolYear; // "2025/2026"
    QDateTime deadline; // wall-clock time, kept with a UTC spec so no zone shifts it
    QList<AgeGroup> ageGroups;
    QList<Criterion> criteria;
    QList<TieBreak> tieBreaks;
    QList<NurseryPlace> nurseries;
    RefusalPolicy refusal;

    static std::optional<RuleSet> fromJson(const QByteArray &json, QString *error);
    static std::optional<RuleSet> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;
    QByteArray toJsonText() const;

    // Everything wrong with these rules, one translated sentence each; empty = usable.
    QStringList problems() const;

    int ageGroupIndex(const QString &code) const;
    int criterionIndex(const QString &code) const;
    int nurseryIndex(const QString &code) const;
    int ageGroupOf(const QDate &birth) const; // -1 when in no group
    bool isLate(const QDateTime &submitted) const { return submitted > deadline; }
    QStringList groups() const; // distinct criterion groups, in first-use order
};

// How long the rules' own texts may be (the rules editor's fields and problems() agree).
namespace RuleLimits {
constexpr int kRound = 64; // the round's code, "2025-nidi"
constexpr int kSchoolYear = 9; // "2025/2026"
} // namespace RuleLimits

// Dates and times as the rules and the applications write them: "2025-05-01T23:59:59",
// "2025-05-01 23:59" or "2025-05-01" (the start of that day, or its end for a deadline).
QDateTime parseDateTime(const QString &text, bool endOfDay = false);
QString dateTimeText(const QDateTime &dateTime);
// Now on this desk's wall clock, in the same UTC-spec convention.
QDateTime wallClockNow();

// Codes of age groups, criteria and nurseries: letters, digits, '_' and '-'.
bool isCode(const QString &text);

QString scopeId(Scope scope);
bool scopeFromId(const QString &id, Scope *scope);
QString scopeLabel(Scope scope); // translated
QString tieBreakLabel(const TieBreak &tieBreak); // translated
// A criterion group as a person reads it: the usual ones (priority, residence, family, work)
// translated, a round's own code as it is; and back from what a person typed.
QString criterionGroupLabel(const QString &group);
QString criterionGroupFromText(const QString &text);
// 2,5 or 20.000 (hundredths shown only when present).
QString pointsText(Points points);

} // namespace Sportello::Nursery
