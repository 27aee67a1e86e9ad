#pragma once

#include <QVariant>

class QSqlQuery;

namespace Sportello::Db {

// Binds the values to the prepared query's placeholders in order, then runs it.
bool run(QSqlQuery &query, const QVariantList &values);

// An optional text column: empty is NULL.
QVariant orNull(const QString &text);

} // namespace Sportello::Db
