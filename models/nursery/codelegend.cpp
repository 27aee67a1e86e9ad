#include "models/nursery/codelegend.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Sportello::Nursery {

namespace {

QString nurseryName(const RuleSet &rules, const QString &code)
{
    for (const NurseryPlace &n : rules.nurseries) {
        if (n.code == code)
            return n.name;
    }
    return QString();
}

} // namespace

QString nurseryLegend(const RuleSet &rules)
{
    QStringList parts;
    for (const NurseryPlace &n : rules.nurseries)
        parts << (n.name.isEmpty() ? n.code : n.code + u' ' + n.name);
    return parts.isEmpty() ? QString()
                           : QCoreApplication::translate("Sportello::Nursery", "Nurseries: %1")
                                 .arg(parts.join(u" · "_s));
}

QString conditionLegend(const RuleSet &rules)
{
    QStringList parts;
    for (const Criterion &c : rules.criteria)
        parts << (c.label.isEmpty() ? c.code : c.code + u' ' + c.label);
    if (parts.isEmpty())
        return QString();
    return QCoreApplication::translate(
               "Sportello::Nursery",
               "Conditions: %1 (×2: declared twice; @N01: for that nursery only)")
        .arg(parts.join(u" · "_s));
}

QString preferencesTip(const RuleSet &rules, const QStringList &nurseries)
{
    QStringList lines;
    for (qsizetype i = 0; i < nurseries.size(); ++i) {
        const QString name = nurseryName(rules, nurseries.at(i));
        lines << u"%1. %2"_s.arg(i + 1).arg(name.isEmpty() ? nurseries.at(i)
                                                           : nurseries.at(i) + u" – "_s + name);
    }
    return lines.join(u'\n');
}

QString conditionsTip(const RuleSet &rules, const QList<Condition> &conditions)
{
    QStringList lines;
    for (const Condition &c : conditions) {
        const int criterion = rules.criterionIndex(c.code);
        QString line = c.code;
        if (criterion >= 0 && !rules.criteria.at(criterion).label.isEmpty())
            line += u" – "_s + rules.criteria.at(criterion).label;
        if (c.count != 1)
            line += u", "_s
                + QCoreApplication::translate("Sportello::Nursery", "declared %1 times")
                      .arg(c.count);
        if (!c.nursery.isEmpty()) {
            const QString name = nurseryName(rules, c.nursery);
            line += u", "_s
                + QCoreApplication::translate("Sportello::Nursery", "for %1 only")
                      .arg(name.isEmpty() ? c.nursery : name);
        }
        lines << line;
    }
    return lines.join(u'\n');
}

} // namespace Sportello::Nursery
