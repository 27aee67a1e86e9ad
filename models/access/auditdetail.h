#pragma once

#include <QString>
#include <QVariantMap>

namespace Sportello::AuditLog {

// An event's detail is stored structured, as what happened and its parameters
// ({"what": "allocation", "offered": 389, "revoked": 0}), never as a sentence in the
// language of the desk that wrote it; it is put into words when read, in the reader's
// language. Details written before are shown as they were.
QString detail(const QString &what, const QVariantMap &values = {});

// The detail in words, translated ("Allocation: 389 seats offered, none revoked").
QString describe(const QString &stored);

} // namespace Sportello::AuditLog
