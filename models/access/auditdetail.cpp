#include "models/access/auditdetail.h"

#include "models/casework/socialcase.h"
#include "models/common/fieldlabels.h"
#include "models/common/format.h"
#include "models/nursery/application.h"
#include "models/nursery/round.h"
#include "models/nursery/snapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using namespace Qt::StringLiterals;

namespace Sportello::AuditLog {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Sportello::AuditLog", text, disambiguation, n);
}

// A stored id put into the reader's words by the enum's own label, or left as it is.
template<typename Enum>
QString labelOf(const QString &id, bool (*fromId)(const QString &, Enum *), QString (*label)(Enum))
{
    Enum value {};
    return fromId(id, &value) ? label(value) : id;
}

QString dateOf(const QString &iso)
{
    const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
    return date.isValid() ? Format::date(date) : iso;
}

QString dateTimeOf(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? Format::dateTime(at) : iso;
}

// Which list an export was of, with what the person had chosen.
QString listOf(const QJsonObject &d)
{
    const QString list = d.value(u"list"_s).toString();
    const QString filter = d.value(u"filter"_s).toString();
    const QString matching = filter.isEmpty() ? QString() : tr(" matching \"%1\"").arg(filter);
    if (list == u"agenda"_s)
        return tr("Agenda of %1 from %2")
            .arg(d.value(u"worker"_s).toString(), dateOf(d.value(u"from"_s).toString()));
    if (list == u"requests"_s)
        return tr("Requests of the last %n day(s)", nullptr, d.value(u"days"_s).toInt())
            + (d.value(u"pending"_s).toBool() ? tr(", pending only") : QString());
    if (list == u"caseload"_s)
        return tr("Caseload of %1").arg(d.value(u"worker"_s).toString());
    if (list == u"applications"_s)
        return tr("Applications of round %1").arg(d.value(u"round"_s).toString()) + matching;
    if (list == u"ranking"_s)
        return tr("Ranking %1").arg(d.value(u"shown"_s).toString());
    if (list == u"audit_log"_s)
        return tr("Audit log") + matching;
    if (list == u"citizens"_s)
        return tr("Citizens list") + matching;
    return list;
}

} // namespace

QString detail(const QString &what, const QVariantMap &values)
{
    QJsonObject object = QJsonObject::fromVariantMap(values);
    object.insert(u"what"_s, what);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString describe(const QString &stored)
{
    if (!stored.startsWith(u'{'))
        return stored; // written before details were structured
    const QJsonObject d = QJsonDocument::fromJson(stored.toUtf8()).object();
    const QString what = d.value(u"what"_s).toString();
    const auto text = [&d](const char *key) {
        return d.value(QLatin1String(key)).toVariant().toString();
    };
    const auto count = [&d](const char *key) {
        return d.value(QLatin1String(key)).toInt();
    };
    using namespace Casework;
    using namespace Nursery;

    if (what == u"request"_s)
        return tr("Request %1").arg(text("number"));
    if (what == u"case"_s)
        return tr("Case %1").arg(text("number"));
    if (what == u"case_state"_s)
        return tr("State: from %1 to %2")
            .arg(labelOf(text("from"), caseStatusFromId, caseStatusLabel),
                 labelOf(text("to"), caseStatusFromId, caseStatusLabel));
    if (what == u"confidential_notes"_s)
        return tr("Confidential notes read");
    if (what == u"note_added"_s)
        return d.value(u"confidential"_s).toBool()
            ? tr("Confidential note of %1 added").arg(dateTimeOf(text("written_at")))
            : tr("Note of %1 added").arg(dateTimeOf(text("written_at")));
    if (what == u"plan_saved"_s)
        return tr("Personalised plan agreed on %1 saved").arg(dateOf(text("agreed_on")));
    if (what == u"caseload"_s)
        return tr("Caseload of %1: %n case(s)", nullptr, count("cases")).arg(text("worker"));
    if (what == u"statistical_extract"_s)
        return tr("Statistical extract from %1 to %2")
            .arg(dateOf(text("from")), dateOf(text("to")));
    if (what == u"allocation"_s)
        return tr("Allocation: %n seat(s) offered", nullptr, count("offered")) + u", "_s
            + tr("%n revoked", nullptr, count("revoked"));
    if (what == u"offer_answer"_s)
        return tr("Offer at %1: %2")
            .arg(text("nursery"), labelOf(text("status"), offerStatusFromId, offerStatusLabel));
    if (what == u"condition_review"_s)
        return tr("Condition %1: %2")
            .arg(text("criterion"),
                 labelOf(text("status"), conditionStatusFromId, conditionStatusLabel));
    if (what == u"applications_imported"_s)
        return tr("%n application(s) imported", nullptr, count("count"));
    if (what == u"application"_s)
        return tr("Application %1").arg(text("protocol"));
    if (what == u"application_withdrawn"_s)
        return tr("Application withdrawn");
    if (what == u"application_reinstated"_s)
        return tr("Application reinstated");
    if (what == u"round"_s)
        return tr("Round %1").arg(text("code"));
    if (what == u"rules_changed"_s)
        return tr("Rules changed");
    if (what == u"round_state"_s)
        return tr("Stage: %1").arg(labelOf(text("state"), roundStateFromId, roundStateLabel));
    if (what == u"ranking_published"_s)
        return tr("Published: %1").arg(labelOf(text("list"), listKindFromId, listKindLabel));
    if (what == u"regional_sign_in"_s)
        return tr("Through the regional database");
    if (what == u"unknown_user"_s)
        return tr("Unknown username");
    if (what == u"unlock"_s)
        return tr("Unlocking the desk");
    if (what == u"lock_screen"_s)
        return tr("Someone else signed in at the locked desk");
    if (what == u"course_enrolment"_s)
        return tr("Enrolled in course %1").arg(text("course"));
    if (what == u"course_completed"_s)
        return tr("Course %1 completed").arg(text("course"));
    if (what == u"libretto_experience"_s)
        return tr("Libretto: experience");
    if (what == u"libretto_competence"_s)
        return tr("Libretto: competence");
    if (what == u"libretto_withdrawn"_s)
        return text("part") == u"libretto_competence"_s ? tr("Libretto: competence withdrawn")
                                                        : tr("Libretto: experience withdrawn");
    if (what == u"fields"_s) {
        QStringList labels;
        for (const QJsonValue &f : d.value(u"fields"_s).toArray())
            labels << FieldLabels::label(f.toString());
        return tr("Changed: %1").arg(labels.join(u", "_s));
    }
    if (what == u"isee"_s)
        return tr("ISEE declaration");
    if (what == u"member_added"_s)
        return tr("Member added");
    if (what == u"relation_changed"_s)
        return tr("Relation changed");
    if (what == u"member_removed"_s)
        return tr("Member removed");
    if (what == u"conflict_resolved"_s)
        return tr("Conflict with the region resolved");
    if (what == u"handed_over"_s)
        return tr("%n waiting change(s) handed over to %1", nullptr, count("changes"))
            .arg(text("to"));
    if (what == u"export"_s)
        return tr("%1: %n row(s), %2", nullptr, count("rows"))
            .arg(listOf(d), text("format").toUpper());
    return stored;
}

} // namespace Sportello::AuditLog
