#include "models/nursery/applicationrows.h"

#include "models/db/query.h"
#include "models/nursery/rules.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello::Nursery {

using Db::orNull;

const QString kApplicationColumns
    = u"id, protocol, child_citizen_id, applicant_citizen_id, child_fiscal_code, child_surname, "
      "child_given_names, applicant_fiscal_code, child_birth_date, submitted_at, isee_cents, "
      "preferences, withdrawn"_s;

// Binds an application's own columns in kApplicationColumns order, from position 0.
QVariantList applicationValues(const Application &a)
{
    return {a.id,
            a.protocol,
            orNull(a.childCitizenId),
            orNull(a.applicantCitizenId),
            orNull(a.childFiscalCode),
            orNull(a.childSurname),
            orNull(a.childGivenNames),
            orNull(a.applicantFiscalCode),
            a.childBirthDate.toString(Qt::ISODate),
            dateTimeText(a.submittedAt),
            a.hasIsee() ? QVariant(a.iseeCents) : QVariant(QMetaType::fromType<qint64>()),
            a.preferences.join(u';'),
            a.withdrawn ? 1 : 0};
}

Application applicationFrom(const QSqlQuery &q)
{
    Application a;
    a.id = q.value(0).toString();
    a.protocol = q.value(1).toString();
    a.childCitizenId = q.value(2).toString();
    a.applicantCitizenId = q.value(3).toString();
    a.childFiscalCode = q.value(4).toString();
    a.childSurname = q.value(5).toString();
    a.childGivenNames = q.value(6).toString();
    a.applicantFiscalCode = q.value(7).toString();
    a.childBirthDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    a.submittedAt = parseDateTime(q.value(9).toString());
    a.iseeCents = q.value(10).isNull() ? -1 : q.value(10).toLongLong();
    a.preferences = q.value(11).toString().split(u';', Qt::SkipEmptyParts);
    a.withdrawn = q.value(12).toInt() != 0;
    return a;
}

} // namespace Sportello::Nursery
