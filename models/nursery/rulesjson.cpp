// The rules' JSON contract (`sportello nursery import-rules`): reading, with the place of
// the first problem, and writing.
#include "models/common/enumids.h"
#include "models/nursery/rules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Sportello::Nursery {

namespace {

constexpr EnumIds<BirthOrder, 2> kBirthOrders({{
    {BirthOrder::OlderFirst, u"older_first"},
    {BirthOrder::YoungerFirst, u"younger_first"},
}});

// Reads the JSON contract; the first problem found ends the reading with its location.
class Reader
{
public:
    QString error;

    bool fail(const QString &where, const QString &what)
    {
        if (error.isEmpty())
            error = where + u": "_s + what;
        return false;
    }

    bool text(const QJsonObject &o, const QString &key, const QString &where, QString *out,
              bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return true;
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return fail(where + key,
                        QCoreApplication::translate("Sportello::Nursery", "a text is required"));
        *out = v.toString().trimmed();
        return true;
    }

    bool code(const QJsonObject &o, const QString &key, const QString &where, QString *out)
    {
        if (!text(o, key, where, out))
            return false;
        if (!isCode(*out))
            return fail(
                where + key,
                QCoreApplication::translate("Sportello::Nursery",
                                            "\"%1\" is not a code (letters, digits, _ and - only)")
                    .arg(*out));
        return true;
    }

    bool date(const QJsonObject &o, const QString &key, const QString &where, QDate *out)
    {
        QString t;
        if (!text(o, key, where, &t))
            return false;
        *out = QDate::fromString(t, Qt::ISODate);
        if (!out->isValid())
            return fail(where + key,
                        QCoreApplication::translate("Sportello::Nursery",
                                                    "\"%1\" is not a date (YYYY-MM-DD)")
                            .arg(t));
        return true;
    }

    bool array(const QJsonObject &o, const QString &key, QJsonArray *out, bool mayBeEmpty = false)
    {
        const QJsonValue v = o.value(key);
        if (!v.isArray() || (v.toArray().isEmpty() && !mayBeEmpty))
            return fail(
                key,
                QCoreApplication::translate("Sportello::Nursery", "a non-empty list is required"));
        *out = v.toArray();
        return true;
    }

    bool object(const QJsonValue &v, const QString &where, QJsonObject *out)
    {
        if (!v.isObject())
            return fail(where,
                        QCoreApplication::translate("Sportello::Nursery", "an object is required"));
        *out = v.toObject();
        return true;
    }
};

QString at(const QString &list, qsizetype index)
{
    return u"%1[%2]."_s.arg(list).arg(index);
}
} // namespace

std::optional<RuleSet> RuleSet::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("Sportello::Nursery",
                                             "not valid JSON at character %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = QCoreApplication::translate("Sportello::Nursery", "the rules are one JSON object");
        return std::nullopt;
    }
    return fromJson(document.object(), error);
}

std::optional<RuleSet> RuleSet::fromJson(const QJsonObject &o, QString *error)
{
    Reader r;
    RuleSet rules;
    QString deadline;
    QJsonArray groups, criteria, nurseries;
    if (r.text(o, u"round"_s, QString(), &rules.round)
        && r.text(o, u"municipality"_s, QString(), &rules.municipality)
        && r.text(o, u"school_year"_s, QString(), &rules.schoolYear)
        && r.text(o, u"deadline"_s, QString(), &deadline)) {
        rules.deadline = parseDateTime(deadline, true);
        if (!rules.deadline.isValid())
            r.fail(
                u"deadline"_s,
                QCoreApplication::translate("Sportello::Nursery", "\"%1\" is not a date and time")
                    .arg(deadline));
    }

    if (r.error.isEmpty() && r.array(o, u"age_groups"_s, &groups)) {
        for (qsizetype i = 0; i < groups.size() && r.error.isEmpty(); ++i) {
            const QString where = at(u"age_groups"_s, i);
            QJsonObject g;
            AgeGroup group;
            QString order = kBirthOrders.id(BirthOrder::OlderFirst);
            if (r.object(groups.at(i), where, &g) && r.code(g, u"code"_s, where, &group.code)
                && r.text(g, u"label"_s, where, &group.label)
                && r.date(g, u"born_from"_s, where, &group.bornFrom)
                && r.date(g, u"born_to"_s, where, &group.bornTo)
                && r.text(g, u"birth_order"_s, where, &order, false)) {
                if (!kBirthOrders.fromId(order, &group.birthOrder))
                    r.fail(where + u"birth_order"_s,
                           QCoreApplication::translate("Sportello::Nursery",
                                                       "\"%1\" is not older_first or younger_first")
                               .arg(order));
            }
            rules.ageGroups << group;
        }
    }

    if (r.error.isEmpty() && r.array(o, u"criteria"_s, &criteria, true)) {
        for (qsizetype i = 0; i < criteria.size() && r.error.isEmpty(); ++i) {
            const QString where = at(u"criteria"_s, i);
            QJsonObject c;
            Criterion criterion;
            QString scope = scopeId(Scope::Application);
            if (r.object(criteria.at(i), where, &c) && r.code(c, u"code"_s, where, &criterion.code)
                && r.text(c, u"label"_s, where, &criterion.label)
                && r.text(c, u"group"_s, where, &criterion.group, false)
                && r.text(c, u"scope"_s, where, &scope, false)) {
                const QJsonValue points = c.value(u"points"_s);
                const double value = points.toDouble();
                if (!points.isDouble() || !std::isfinite(value) || std::abs(value) > 1e12)
                    r.fail(
                        where + u"points"_s,
                        QCoreApplication::translate("Sportello::Nursery", "a number is required"));
                else if (std::abs(value * 100.0 - std::round(value * 100.0)) > 1e-6)
                    r.fail(
                        where + u"points"_s,
                        QCoreApplication::translate("Sportello::Nursery", "at most two decimals"));
                criterion.points = std::llround(value * 100.0);
                if (!scopeFromId(scope, &criterion.scope))
                    r.fail(
                        where + u"scope"_s,
                        QCoreApplication::translate("Sportello::Nursery",
                                                    "\"%1\" is not application, named_nursery or "
                                                    "named_nursery_first_choice")
                            .arg(scope));
            }
            rules.criteria << criterion;
        }
    }

    if (r.error.isEmpty()) {
        const QJsonValue tieBreaks = o.value(u"tie_breaks"_s);
        if (!tieBreaks.isArray())
            r.fail(u"tie_breaks"_s,
                   QCoreApplication::translate("Sportello::Nursery", "a list is required"));
        const QJsonArray list = tieBreaks.toArray();
        for (qsizetype i = 0; i < list.size() && r.error.isEmpty(); ++i) {
            const auto t = TieBreak::fromId(list.at(i).toString());
            if (!t) {
                r.fail(u"tie_breaks[%1]"_s.arg(i),
                       QCoreApplication::translate(
                           "Sportello::Nursery",
                           "\"%1\" is not a tie-break key (%2, isee_at_most:N, "
                           "group_points_desc:GROUP)")
                           .arg(list.at(i).toString(), TieBreak::plainIds().join(u", "_s)));
            } else {
                rules.tieBreaks << *t;
            }
        }
    }

    if (r.error.isEmpty() && r.array(o, u"nurseries"_s, &nurseries)) {
        for (qsizetype i = 0; i < nurseries.size() && r.error.isEmpty(); ++i) {
            const QString where = at(u"nurseries"_s, i);
            QJsonObject n;
            NurseryPlace nursery;
            if (r.object(nurseries.at(i), where, &n) && r.code(n, u"code"_s, where, &nursery.code)
                && r.text(n, u"name"_s, where, &nursery.name)) {
                QJsonObject seats;
                if (r.object(n.value(u"seats"_s), where + u"seats"_s, &seats)) {
                    for (auto it = seats.constBegin(); it != seats.constEnd(); ++it) {
                        const double count = it.value().toDouble(-1);
                        if (!it.value().isDouble() || count < 0 || count > 100000
                            || count != std::floor(count))
                            r.fail(
                                where + u"seats."_s + it.key(),
                                QCoreApplication::translate("Sportello::Nursery",
                                                            "a whole number of seats is required"));
                        nursery.seats.insert(it.key(), int(count));
                    }
                }
            }
            rules.nurseries << nursery;
        }
    }

    if (r.error.isEmpty() && o.contains(u"refusal"_s)) {
        QJsonObject refusal;
        if (r.object(o.value(u"refusal"_s), u"refusal"_s, &refusal)) {
            const QJsonValue removes = refusal.value(u"first_choice_refusal_removes"_s);
            const QJsonValue max = refusal.value(u"max_refusals"_s);
            if (!removes.isUndefined() && !removes.isBool())
                r.fail(
                    u"refusal.first_choice_refusal_removes"_s,
                    QCoreApplication::translate("Sportello::Nursery", "true or false is required"));
            else if (!max.isUndefined()
                     && (!max.isDouble() || max.toDouble() < 0 || max.toDouble() > 100
                         || max.toDouble() != std::floor(max.toDouble())))
                r.fail(u"refusal.max_refusals"_s,
                       QCoreApplication::translate("Sportello::Nursery",
                                                   "a whole number from 0 is required"));
            rules.refusal.firstChoiceRefusalRemoves
                = removes.toBool(rules.refusal.firstChoiceRefusalRemoves);
            rules.refusal.maxRefusals = max.toInt(rules.refusal.maxRefusals);
        }
    }

    if (r.error.isEmpty()) {
        const QStringList problems = rules.problems();
        if (!problems.isEmpty())
            r.error = problems.first();
    }
    if (!r.error.isEmpty()) {
        *error = r.error;
        return std::nullopt;
    }
    return rules;
}

QJsonObject RuleSet::toJson() const
{
    QJsonArray groups;
    for (const AgeGroup &g : ageGroups) {
        groups.append(QJsonObject {{u"code"_s, g.code},
                                   {u"label"_s, g.label},
                                   {u"born_from"_s, g.bornFrom.toString(Qt::ISODate)},
                                   {u"born_to"_s, g.bornTo.toString(Qt::ISODate)},
                                   {u"birth_order"_s, kBirthOrders.id(g.birthOrder)}});
    }
    QJsonArray criteriaList;
    for (const Criterion &c : criteria) {
        QJsonObject o {{u"code"_s, c.code},
                       {u"label"_s, c.label},
                       {u"points"_s, double(c.points) / 100.0},
                       {u"scope"_s, scopeId(c.scope)}};
        if (!c.group.isEmpty())
            o.insert(u"group"_s, c.group);
        criteriaList.append(o);
    }
    QJsonArray tieBreakList;
    for (const TieBreak &t : tieBreaks)
        tieBreakList.append(t.id());
    QJsonArray nurseryList;
    for (const NurseryPlace &n : nurseries) {
        QJsonObject seats;
        for (auto it = n.seats.cbegin(); it != n.seats.cend(); ++it)
            seats.insert(it.key(), it.value());
        nurseryList.append(
            QJsonObject {{u"code"_s, n.code}, {u"name"_s, n.name}, {u"seats"_s, seats}});
    }
    return QJsonObject {
        {u"round"_s, round},
        {u"municipality"_s, municipality},
        {u"school_year"_s, schoolYear},
        {u"deadline"_s, dateTimeText(deadline)},
        {u"age_groups"_s, groups},
        {u"criteria"_s, criteriaList},
        {u"tie_breaks"_s, tieBreakList},
        {u"nurseries"_s, nurseryList},
        {u"refusal"_s,
         QJsonObject {{u"first_choice_refusal_removes"_s, refusal.firstChoiceRefusalRemoves},
                      {u"max_refusals"_s, refusal.maxRefusals}}},
    };
}

QByteArray RuleSet::toJsonText() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}
} // namespace Sportello::Nursery
