#include "models/nursery/rules.h"

#include "models/common/enumids.h"
#include "models/registry/municipalities.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Sportello::Nursery {

namespace {

constexpr EnumIds<Scope, 3> kScopes({{
    {Scope::Application, u"application"},
    {Scope::NamedNursery, u"named_nursery"},
    {Scope::NamedNurseryFirstChoice, u"named_nursery_first_choice"},
}});

constexpr EnumIds<TieBreakKey, 8> kTieBreaks({{
    {TieBreakKey::OnTimeFirst, u"on_time_first"},
    {TieBreakKey::ScoreDesc, u"score_desc"},
    {TieBreakKey::IseeAsc, u"isee_asc"},
    {TieBreakKey::IseeAtMost, u"isee_at_most"},
    {TieBreakKey::GroupPointsDesc, u"group_points_desc"},
    {TieBreakKey::ChildAge, u"child_age"},
    {TieBreakKey::SubmittedAsc, u"submitted_asc"},
    {TieBreakKey::PreferenceAsc, u"preference_asc"},
}});

QString euroText(qint64 cents)
{
    return cents % 100 == 0 ? QString::number(cents / 100)
                            : QString::number(double(cents) / 100.0, 'f', 2);
}

} // namespace

QDateTime parseDateTime(const QString &text, bool endOfDay)
{
    const QString t = text.trimmed();
    for (const QString &format : {u"yyyy-MM-ddTHH:mm:ss"_s, u"yyyy-MM-dd HH:mm:ss"_s,
                                  u"yyyy-MM-ddTHH:mm"_s, u"yyyy-MM-dd HH:mm"_s}) {
        QDateTime parsed = QDateTime::fromString(t, format);
        if (parsed.isValid())
            return QDateTime(parsed.date(), parsed.time(), Qt::UTC);
    }
    const QDate day = QDate::fromString(t, Qt::ISODate);
    if (!day.isValid())
        return QDateTime();
    return QDateTime(day, endOfDay ? QTime(23, 59, 59) : QTime(0, 0), Qt::UTC);
}

QString dateTimeText(const QDateTime &dateTime)
{
    return dateTime.toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

QDateTime wallClockNow()
{
    const QDateTime local = QDateTime::currentDateTime();
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

bool isCode(const QString &text)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_-]{1,32}$"_s);
    return pattern.match(text).hasMatch();
}

QString scopeId(Scope scope)
{
    return kScopes.id(scope);
}

bool scopeFromId(const QString &id, Scope *scope)
{
    return kScopes.fromId(id, scope);
}

QString scopeLabel(Scope scope)
{
    switch (scope) {
    case Scope::Application:
        return QCoreApplication::translate("Sportello::Nursery", "Every preference");
    case Scope::NamedNursery:
        return QCoreApplication::translate("Sportello::Nursery", "Only the named nursery");
    case Scope::NamedNurseryFirstChoice:
        return QCoreApplication::translate("Sportello::Nursery",
                                           "Only the named nursery, if first choice");
    }
    return QString();
}

QString TieBreak::id() const
{
    switch (key) {
    case TieBreakKey::IseeAtMost:
        return kTieBreaks.id(key) + u':' + euroText(iseeCents);
    case TieBreakKey::GroupPointsDesc:
        return kTieBreaks.id(key) + u':' + group;
    default:
        return kTieBreaks.id(key);
    }
}

std::optional<TieBreak> TieBreak::fromId(const QString &id)
{
    const qsizetype colon = id.indexOf(u':');
    TieBreak t;
    if (!kTieBreaks.fromId(colon < 0 ? id : id.left(colon), &t.key))
        return std::nullopt;
    const QString parameter = colon < 0 ? QString() : id.mid(colon + 1).trimmed();
    switch (t.key) {
    case TieBreakKey::IseeAtMost: {
        bool ok = false;
        const double euros = parameter.toDouble(&ok);
        if (!ok || !std::isfinite(euros) || euros < 0 || euros > 1e12)
            return std::nullopt;
        t.iseeCents = std::llround(euros * 100.0);
        return t;
    }
    case TieBreakKey::GroupPointsDesc:
        if (!isCode(parameter))
            return std::nullopt;
        t.group = parameter;
        return t;
    default:
        return colon < 0 ? std::optional(t) : std::nullopt;
    }
}

QStringList TieBreak::plainIds()
{
    QStringList ids;
    for (TieBreakKey key : kTieBreaks.values()) {
        if (key != TieBreakKey::IseeAtMost && key != TieBreakKey::GroupPointsDesc)
            ids << kTieBreaks.id(key);
    }
    return ids;
}

namespace {

const std::pair<const char16_t *, const char *> kCriterionGroups[] = {
    {u"priority", QT_TRANSLATE_NOOP("Sportello::Nursery", "priority")},
    {u"residence", QT_TRANSLATE_NOOP("Sportello::Nursery", "residence")},
    {u"family", QT_TRANSLATE_NOOP("Sportello::Nursery", "family")},
    {u"work", QT_TRANSLATE_NOOP("Sportello::Nursery", "work")},
};

} // namespace

QString criterionGroupLabel(const QString &group)
{
    for (const auto &[id, label] : kCriterionGroups) {
        if (group == QStringView(id))
            return QCoreApplication::translate("Sportello::Nursery", label);
    }
    return group;
}

QString criterionGroupFromText(const QString &text)
{
    const QString typed = text.trimmed();
    for (const auto &[id, label] : kCriterionGroups) {
        if (typed.compare(QCoreApplication::translate("Sportello::Nursery", label),
                          Qt::CaseInsensitive)
            == 0)
            return QString::fromUtf16(id);
    }
    return typed;
}

QString tieBreakLabel(const TieBreak &t)
{
    switch (t.key) {
    case TieBreakKey::OnTimeFirst:
        return QCoreApplication::translate("Sportello::Nursery", "On-time applications first");
    case TieBreakKey::ScoreDesc:
        return QCoreApplication::translate("Sportello::Nursery", "Higher score first");
    case TieBreakKey::IseeAsc:
        return QCoreApplication::translate("Sportello::Nursery",
                                           "Lower ISEE first (none presented last)");
    case TieBreakKey::IseeAtMost:
        return QCoreApplication::translate("Sportello::Nursery", "ISEE up to %1 € first")
            .arg(euroText(t.iseeCents));
    case TieBreakKey::GroupPointsDesc:
        return QCoreApplication::translate("Sportello::Nursery", "More points in group %1 first")
            .arg(criterionGroupLabel(t.group));
    case TieBreakKey::ChildAge:
        return QCoreApplication::translate("Sportello::Nursery",
                                           "Child's age (as the age group says)");
    case TieBreakKey::SubmittedAsc:
        return QCoreApplication::translate("Sportello::Nursery", "Submitted earlier first");
    case TieBreakKey::PreferenceAsc:
        return QCoreApplication::translate("Sportello::Nursery", "Higher preference first");
    }
    return QString();
}

QString pointsText(Points points)
{
    static const QLocale italian(QLocale::Italian, QLocale::Italy);
    if (points % 100 == 0)
        return italian.toString(points / 100);
    return italian.toString(double(points) / 100.0, 'f', points % 10 == 0 ? 1 : 2);
}

int RuleSet::ageGroupIndex(const QString &code) const
{
    for (qsizetype i = 0; i < ageGroups.size(); ++i) {
        if (ageGroups.at(i).code == code)
            return int(i);
    }
    return -1;
}

int RuleSet::criterionIndex(const QString &code) const
{
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        if (criteria.at(i).code == code)
            return int(i);
    }
    return -1;
}

int RuleSet::nurseryIndex(const QString &code) const
{
    for (qsizetype i = 0; i < nurseries.size(); ++i) {
        if (nurseries.at(i).code == code)
            return int(i);
    }
    return -1;
}

int RuleSet::ageGroupOf(const QDate &birth) const
{
    for (qsizetype i = 0; i < ageGroups.size(); ++i) {
        if (ageGroups.at(i).contains(birth))
            return int(i);
    }
    return -1;
}

QStringList RuleSet::groups() const
{
    QStringList out;
    for (const Criterion &c : criteria) {
        if (!c.group.isEmpty() && !out.contains(c.group))
            out << c.group;
    }
    return out;
}

QStringList RuleSet::problems() const
{
    QStringList out;
    static const QRegularExpression roundPattern(
        u"^[A-Za-z0-9._-]{1,%1}$"_s.arg(RuleLimits::kRound));
    if (!roundPattern.match(round).hasMatch())
        out << QCoreApplication::translate(
            "Sportello::Nursery", "The round needs a code of letters, digits, '.', '_' or '-'.");
    if (!Municipalities::isIstatCode(municipality))
        out << QCoreApplication::translate("Sportello::Nursery",
                                           "The municipality is its six-digit ISTAT code.");
    static const QRegularExpression yearPattern(u"^(\\d{4})/(\\d{4})$"_s);
    const auto year = yearPattern.match(schoolYear);
    if (!year.hasMatch() || year.captured(2).toInt() != year.captured(1).toInt() + 1)
        out << QCoreApplication::translate("Sportello::Nursery",
                                           "The school year is written as 2025/2026.");
    if (!deadline.isValid())
        out << QCoreApplication::translate("Sportello::Nursery",
                                           "The application deadline is missing.");

    if (ageGroups.isEmpty())
        out << QCoreApplication::translate("Sportello::Nursery",
                                           "At least one age group is needed.");
    QSet<QString> codes;
    for (qsizetype i = 0; i < ageGroups.size(); ++i) {
        const AgeGroup &g = ageGroups.at(i);
        if (!isCode(g.code) || codes.contains(g.code))
            out << QCoreApplication::translate("Sportello::Nursery",
                                               "Age group %1 needs a code of its own.")
                       .arg(i + 1);
        codes.insert(g.code);
        if (g.label.trimmed().isEmpty())
            out << QCoreApplication::translate("Sportello::Nursery", "Age group %1 needs a name.")
                       .arg(g.code);
        if (!g.bornFrom.isValid() || !g.bornTo.isValid() || g.bornFrom > g.bornTo)
            out << QCoreApplication::translate(
                       "Sportello::Nursery",
                       "Age group %1: the birth dates must run from the first to the second.")
                       .arg(g.code);
        for (qsizetype j = 0; j < i; ++j) {
            const AgeGroup &other = ageGroups.at(j);
            if (g.bornFrom <= other.bornTo && other.bornFrom <= g.bornTo)
                out << QCoreApplication::translate(
                           "Sportello::Nursery",
                           "Age groups %1 and %2 overlap: a child must fall in one group only.")
                           .arg(other.code, g.code);
        }
    }

    codes.clear();
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const Criterion &c = criteria.at(i);
        if (!isCode(c.code) || codes.contains(c.code))
            out << QCoreApplication::translate("Sportello::Nursery",
                                               "Criterion %1 needs a code of its own.")
                       .arg(i + 1);
        codes.insert(c.code);
        if (c.label.trimmed().isEmpty())
            out << QCoreApplication::translate("Sportello::Nursery",
                                               "Criterion %1 needs a description.")
                       .arg(c.code);
        if (!c.group.isEmpty() && !isCode(c.group))
            out << QCoreApplication::translate(
                       "Sportello::Nursery",
                       "Criterion %1: the group is a code (letters, digits, _ and -).")
                       .arg(c.code);
    }

    QSet<QString> keys;
    const QStringList groupList = groups();
    for (const TieBreak &t : tieBreaks) {
        if (keys.contains(t.id()))
            out << QCoreApplication::translate("Sportello::Nursery",
                                               "The tie-break %1 is listed twice.")
                       .arg(t.id());
        keys.insert(t.id());
        if (t.key == TieBreakKey::GroupPointsDesc && !groupList.contains(t.group))
            out << QCoreApplication::translate("Sportello::Nursery",
                                               "The tie-break %1 names a group no criterion has.")
                       .arg(t.id());
    }

    if (nurseries.isEmpty())
        out << QCoreApplication::translate("Sportello::Nursery", "At least one nursery is needed.");
    codes.clear();
    for (qsizetype i = 0; i < nurseries.size(); ++i) {
        const NurseryPlace &n = nurseries.at(i);
        if (!isCode(n.code) || codes.contains(n.code))
            out << QCoreApplication::translate("Sportello::Nursery",
                                               "Nursery %1 needs a code of its own.")
                       .arg(i + 1);
        codes.insert(n.code);
        if (n.name.trimmed().isEmpty())
            out << QCoreApplication::translate("Sportello::Nursery", "Nursery %1 needs a name.")
                       .arg(n.code);
        for (auto it = n.seats.cbegin(); it != n.seats.cend(); ++it) {
            if (ageGroupIndex(it.key()) < 0)
                out << QCoreApplication::translate(
                           "Sportello::Nursery",
                           "Nursery %1 has seats for %2, which is not an age group.")
                           .arg(n.code, it.key());
            if (it.value() < 0)
                out << QCoreApplication::translate("Sportello::Nursery",
                                                   "Nursery %1: seats cannot be negative.")
                           .arg(n.code);
        }
    }
    if (refusal.maxRefusals < 0)
        out << QCoreApplication::translate("Sportello::Nursery",
                                           "The number of refusals allowed cannot be negative.");
    return out;
}

} // namespace Sportello::Nursery
