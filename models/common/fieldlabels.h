#pragma once

#include <QString>

namespace Sportello::FieldLabels {

// A column of the desk's records as a person reads it ("birth_date" -> "Date of birth"),
// translated; the column itself when it has no label.
QString label(const QString &column);

} // namespace Sportello::FieldLabels
