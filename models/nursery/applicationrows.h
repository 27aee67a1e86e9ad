#pragma once

#include "models/nursery/application.h"

#include <QVariantList>

class QSqlQuery;

// Inside models/nursery: an application as a row of nursery_application, the one place
// that knows its columns and their order.
namespace Sportello::Nursery {

// The application's own columns, in the order applicationValues binds and
// applicationFrom reads them (from position 0).
extern const QString kApplicationColumns;
QVariantList applicationValues(const Application &a);
Application applicationFrom(const QSqlQuery &q);

} // namespace Sportello::Nursery
