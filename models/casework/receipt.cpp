#include "models/casework/receipt.h"

#include "models/casework/agenda.h"
#include "models/casework/socialcase.h"
#include "models/registry/citizen.h"
#include "models/registry/municipalities.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Sportello::Casework {

QString receiptHtml(const QString &municipality, const CaseRequest &request, const Citizen &citizen,
                    const std::optional<Appointment> &appointment, const QString &workerName)
{
    const QLocale locale;
    const QString when = u"dddd d MMMM yyyy, HH:mm"_s;
    const auto row = [](const QString &label, const QString &value) {
        return u"<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>"_s.arg(
            label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = u"<h2>%1</h2><p>%2</p><table>"_s.arg(
        QCoreApplication::translate("Sportello::Receipt", "Comune di %1")
            .arg(Municipalities::nameOf(municipality))
            .toHtmlEscaped(),
        QCoreApplication::translate("Sportello::Receipt",
                                    "Receipt of a request to the social services")
            .toHtmlEscaped());
    html
        += row(QCoreApplication::translate("Sportello::Receipt", "Request number"), request.number);
    html += row(QCoreApplication::translate("Sportello::Receipt", "Received on"),
                locale.toString(request.receivedAt.toLocalTime(), when));
    html += row(QCoreApplication::translate("Sportello::Receipt", "Citizen"),
                citizen.surname + u' ' + citizen.givenNames + u" (" + citizen.fiscalCode + u')');
    html += row(QCoreApplication::translate("Sportello::Receipt", "Channel"),
                channelLabel(request.channel));
    html += row(QCoreApplication::translate("Sportello::Receipt", "Need area"),
                needAreaLabel(request.needArea));
    html += row(QCoreApplication::translate("Sportello::Receipt", "Request"), request.summary);
    if (appointment) {
        html += row(QCoreApplication::translate("Sportello::Receipt", "Appointment"),
                    QCoreApplication::translate("Sportello::Receipt", "%1 with %2")
                        .arg(locale.toString(appointment->startsAt.toLocalTime(), when),
                             workerName.isEmpty() ? appointment->worker : workerName));
        if (!appointment->place.isEmpty())
            html += row(QCoreApplication::translate("Sportello::Receipt", "Place"),
                        appointment->place);
    }
    html += u"</table><p>%1</p>"_s.arg(
        QCoreApplication::translate(
            "Sportello::Receipt",
            "Quote the request number when you contact the office. Your personal data are "
            "processed by the Comune for the social services only (GDPR, art. 13).")
            .toHtmlEscaped());
    return html;
}

} // namespace Sportello::Casework
