#include "models/nursery/explanation.h"

#include "models/access/staffnames.h"
#include "models/common/format.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Sportello::Nursery {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// "Ahead of 2025-010 (20.030 points): lower ISEE first" and the like.
QString neighbour(const EvaluatedRound &round, const RankRow &ahead, const RankRow &behind,
                  const RankRow &other, const char *sentence)
{
    const RuleSet &rules = round.data.round.rules;
    const int key = decidingTieBreak(rules, round.data.applications, ahead, behind);
    const QString reason = key < 0 ? QCoreApplication::translate(
                               "Sportello::Nursery", "equal for every criterion: protocol order")
                                   : tieBreakLabel(rules.tieBreaks.at(key)).toLower();
    return u"<li>"_s
        + QCoreApplication::translate("Sportello::Nursery", sentence)
              .arg(esc(round.data.applications.at(other.application).protocol),
                   pointsText(other.score), esc(reason))
        + u"</li>"_s;
}

} // namespace

QString explanationHtml(const EvaluatedRound &round, const RankRow &row, const StaffNames *staff)
{
    const RuleSet &rules = round.data.round.rules;
    const Application &a = round.data.applications.at(row.application);
    const AgeGroup &group = rules.ageGroups.at(row.ageGroup);
    const NurseryPlace &nursery = rules.nurseries.at(row.nursery);
    const Ranking &ranking = round.result.ranking;
    const qsizetype groupSize
        = ranking.groupStart.at(row.ageGroup + 1) - ranking.groupStart.at(row.ageGroup);

    QString html = u"<h3>"_s
        + QCoreApplication::translate("Sportello::Nursery", "Application %1").arg(esc(a.protocol));
    if (!a.childName().isEmpty())
        html += u" &ndash; "_s + esc(a.childName());
    html += u"</h3><p>"_s
        + QCoreApplication::translate("Sportello::Nursery",
                                      "Age group %1 &middot; %2, preference %3")
              .arg(esc(group.label), esc(nursery.name))
              .arg(row.preference + 1)
        + u"<br>"_s
        + QCoreApplication::translate("Sportello::Nursery", "Submitted on %1 (%2) &middot; ISEE %3")
              .arg(a.submittedAt.toString(u"dd/MM/yyyy HH:mm"_s),
                   row.late
                       ? QCoreApplication::translate("Sportello::Nursery", "after the deadline")
                       : QCoreApplication::translate("Sportello::Nursery", "on time"),
                   a.hasIsee() ? Format::euros(a.iseeCents)
                               : QCoreApplication::translate("Sportello::Nursery", "not presented"))
        + u"</p><p><b>"_s
        + QCoreApplication::translate("Sportello::Nursery",
                                      "Position %1 of %2 in the %3 ranking, with %4 points.")
              .arg(row.position)
              .arg(groupSize)
              .arg(esc(group.label), pointsText(row.score))
        + u"</b></p>"_s;

    html += u"<table cellspacing=0 cellpadding=3 border=1><tr><th align=left>"_s
        + QCoreApplication::translate("Sportello::Nursery", "Criterion") + u"</th><th>"_s
        + QCoreApplication::translate("Sportello::Nursery", "Count") + u"</th><th align=right>"_s
        + QCoreApplication::translate("Sportello::Nursery", "Points") + u"</th></tr>"_s;
    for (const ScoreLine &line : explain(rules, a, row.preference)) {
        html += u"<tr><td>%1 (%2)</td><td align=center>%3</td><td align=right>%4</td></tr>"_s.arg(
            esc(line.label), esc(line.code), QString::number(line.count), pointsText(line.points));
    }
    html += u"<tr><td><b>%1</b></td><td></td><td align=right><b>%2</b></td></tr></table>"_s.arg(
        QCoreApplication::translate("Sportello::Nursery", "Total"), pointsText(row.score));

    // Conditions that give nothing on this row, and why.
    QStringList notCounted;
    for (const Condition &c : a.conditions) {
        const int criterion = rules.criterionIndex(c.code);
        if (criterion < 0) {
            notCounted << QCoreApplication::translate("Sportello::Nursery",
                                                      "%1: not a criterion of these rules")
                              .arg(esc(c.text()));
        } else if (!c.counts()) {
            notCounted << QCoreApplication::translate("Sportello::Nursery",
                                                      "%1: rejected by %2 on %3")
                              .arg(esc(c.text()),
                                   esc(staff ? staff->of(c.reviewedBy) : c.reviewedBy),
                                   QDateTime::fromString(c.reviewedAt, Qt::ISODateWithMs)
                                       .toLocalTime()
                                       .toString(u"dd/MM/yyyy"_s));
        } else if (c.nursery != nursery.code && rules.criteria.at(criterion).namesNursery()) {
            notCounted << QCoreApplication::translate("Sportello::Nursery",
                                                      "%1: counts only for nursery %2")
                              .arg(esc(c.text()), esc(c.nursery));
        } else if (row.preference != 0
                   && rules.criteria.at(criterion).scope == Scope::NamedNurseryFirstChoice) {
            notCounted << QCoreApplication::translate(
                              "Sportello::Nursery",
                              "%1: counts only when that nursery is the first choice")
                              .arg(esc(c.text()));
        }
    }
    if (!notCounted.isEmpty())
        html += u"<p>"_s + QCoreApplication::translate("Sportello::Nursery", "Not counted here:")
            + u"</p><ul><li>"_s + notCounted.join(u"</li><li>"_s) + u"</li></ul>"_s;

    // The neighbours and the key that separates them.
    const qsizetype at = ranking.rowOf(row.application, row.preference);
    QString around;
    if (at > ranking.groupStart.at(row.ageGroup)) {
        const RankRow &before = ranking.rows.at(at - 1);
        around += neighbour(round, before, row, before,
                            QT_TRANSLATE_NOOP("Sportello::Nursery", "After %1 (%2 points): %3"));
    }
    if (at + 1 < ranking.groupStart.at(row.ageGroup + 1)) {
        const RankRow &after = ranking.rows.at(at + 1);
        around += neighbour(round, row, after, after,
                            QT_TRANSLATE_NOOP("Sportello::Nursery", "Ahead of %1 (%2 points): %3"));
    }
    if (!around.isEmpty())
        html += u"<p>"_s
            + QCoreApplication::translate("Sportello::Nursery", "Compared with the rows around it:")
            + u"</p><ul>"_s + around + u"</ul>"_s;

    QStringList chain;
    for (const TieBreak &t : rules.tieBreaks)
        chain << esc(tieBreakLabel(t));
    html += u"<p>"_s
        + QCoreApplication::translate("Sportello::Nursery", "Order of the round, key by key:")
        + u"</p><ol><li>"_s + chain.join(u"</li><li>"_s) + u"</li><li>"_s
        + QCoreApplication::translate("Sportello::Nursery", "Protocol number") + u"</li></ol>"_s;
    html += u"<p><b>"_s + QCoreApplication::translate("Sportello::Nursery", "Standing:")
        + u"</b> "_s + esc(round.rowStatus(row)) + u"</p>"_s;
    html += u"<p><small>"_s
        + QCoreApplication::translate(
              "Sportello::Nursery", "Computed by Sportello on %1 with the rules of round %2 (%3).")
              .arg(QDateTime::currentDateTime().toString(u"dd/MM/yyyy HH:mm"_s), esc(rules.round),
                   esc(roundStateLabel(round.data.round.state)))
        + u"</small></p>"_s;
    return html;
}

} // namespace Sportello::Nursery
