#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Sportello::Casework {

enum class Channel { Desk, Phone, Email, Referral };
enum class NeedArea { Income, Housing, Work, Family, Disability, Elderly, Health, Other };
// intake -> assessment -> active plan -> monitoring -> closed; suspended from any open state.
enum class CaseStatus { Intake, Assessment, ActivePlan, Monitoring, Suspended, Closed };

// A contact at the desk (segretariato sociale): what a citizen asks for, in short.
struct CaseRequest
{
    QString id;
    QString number; // printed on the receipt
    QString citizenId;
    QDateTime receivedAt; // UTC
    Channel channel = Channel::Desk;
    NeedArea needArea = NeedArea::Other;
    QString summary;
    QString recordedBy;
    QString caseId; // once taken in charge
};

// The case file's head row: what a clerk may see of a case is exactly this.
struct SocialCase
{
    QString id;
    QString number;
    QString citizenId;
    CaseStatus status = CaseStatus::Intake;
    std::optional<CaseStatus> resumeStatus; // while suspended
    NeedArea needArea = NeedArea::Other;
    bool complex = false; // a team assessment is needed
    QString assignedTo;
    QDateTime openedAt;
    QDateTime closedAt;
    QString closingReason;
    QDateTime lastActivity;

    bool isOpen() const { return status != CaseStatus::Closed; }
};

// One line of the case's timeline.
struct CaseEvent
{
    QString id;
    QDateTime at;
    QString byUser;
    QString kind; // opened, transition, assigned, assessment, plan, note, ...
    std::optional<CaseStatus> fromStatus;
    std::optional<CaseStatus> toStatus;
    QString detail;
};

QList<Channel> channels();
QString channelId(Channel channel);
bool channelFromId(const QString &id, Channel *channel);
QString channelLabel(Channel channel); // translated

QList<NeedArea> needAreas();
QString needAreaId(NeedArea area);
bool needAreaFromId(const QString &id, NeedArea *area);
QString needAreaLabel(NeedArea area); // translated

QList<CaseStatus> caseStatuses();
QString caseStatusId(CaseStatus status);
bool caseStatusFromId(const QString &id, CaseStatus *status);
QString caseStatusLabel(CaseStatus status); // translated

} // namespace Sportello::Casework
