#pragma once

#include <QString>

#include <optional>

namespace Sportello {

struct Citizen;

namespace Casework {

struct Appointment;
struct CaseRequest;

// The receipt handed to the citizen at the desk (HTML for QTextDocument): the request's
// number and date, what was asked in short, and the appointment when one was booked.
QString receiptHtml(const QString &municipality, const CaseRequest &request, const Citizen &citizen,
                    const std::optional<Appointment> &appointment,
                    const QString &workerName = QString());

} // namespace Casework
} // namespace Sportello
