#include "models/common/fieldlabels.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Sportello::FieldLabels {

QString label(const QString &column)
{
    static const QHash<QString, const char *> labels {
        {u"fiscal_code"_s, QT_TRANSLATE_NOOP("Sportello::FieldLabels", "Fiscal code")},
        {u"surname"_s, QT_TRANSLATE_NOOP("Sportello::FieldLabels", "Surname")},
        {u"given_names"_s, QT_TRANSLATE_NOOP("Sportello::FieldLabels", "Given names")},
        {u"sex"_s, QT_TRANSLATE_NOOP("Sportello::FieldLabels", "Sex")},
        {u"birth_date"_s, QT_TRANSLATE_NOOP("Sportello::FieldLabels", "Date of birth")},
        {u"birth_place_code"_s, QT_TRANSLATE_NOOP("Sportello::FieldLabels", "Place of birth")},
        {u"address"_s, QT_TRANSLATE_NOOP("Sportello::FieldLabels", "Address")},
        {u"phone"_s, QT_TRANSLATE_NOOP("Sportello::FieldLabels", "Phone")},
        {u"email"_s, QT_TRANSLATE_NOOP("Sportello::FieldLabels", "E-mail")},
        {u"deleted"_s, QT_TRANSLATE_NOOP("Sportello::FieldLabels", "Deleted")},
        {u"relation"_s, QT_TRANSLATE_NOOP("Sportello::FieldLabels", "Relation")},
        {u"value_cents"_s, QT_TRANSLATE_NOOP("Sportello::FieldLabels", "ISEE (cents)")},
        {u"valid_until"_s, QT_TRANSLATE_NOOP("Sportello::FieldLabels", "Valid until")},
    };
    const auto it = labels.constFind(column);
    return it == labels.cend() ? column
                               : QCoreApplication::translate("Sportello::FieldLabels", *it);
}

} // namespace Sportello::FieldLabels
