#include "models/casework/requestlistmodel.h"

#include "models/access/staffnames.h"
#include "models/casework/caserepository.h"
#include "models/common/format.h"
#include "models/registry/citizenrepository.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Sportello::Casework {

RequestListModel::RequestListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

RequestListModel::~RequestListModel() = default;

void RequestListModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RequestListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case RequestIdRole:
        return r.request.id;
    case CaseIdRole:
        return r.request.caseId;
    case CitizenIdRole:
        return r.request.citizenId;
    case PendingRole:
        return r.request.caseId.isEmpty();
    case Qt::ToolTipRole:
        if (index.column() == Summary)
            return r.request.summary;
        if (index.column() == Case && r.socialCase) // the login too, for whoever needs it
            return u"%1 (%2)"_s.arg(data(index, Qt::DisplayRole).toString(),
                                    r.socialCase->assignedTo);
        if (index.column() == Case)
            return data(index, Qt::DisplayRole);
        return QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    switch (Column(index.column())) {
    case Number:
        return r.request.number;
    case Received:
        return Format::dateTime(r.request.receivedAt);
    case Citizen:
        return r.citizenName;
    case Channel:
        return channelLabel(r.request.channel);
    case Area:
        return needAreaLabel(r.request.needArea);
    case Summary:
        return r.request.summary.simplified();
    case Case:
        if (!r.socialCase)
            return r.request.caseId.isEmpty() ? tr("To be taken in charge") : QString();
        return tr("%1, %2, %3")
            .arg(r.socialCase->number, caseStatusLabel(r.socialCase->status), r.workerName);
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant RequestListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (Column(section)) {
    case Number:
        return tr("Request");
    case Received:
        return tr("Received");
    case Citizen:
        return tr("Citizen");
    case Channel:
        return tr("Channel");
    case Area:
        return tr("Need area");
    case Summary:
        return tr("Summary");
    case Case:
        return tr("Case");
    case ColumnCount:
        break;
    }
    return QVariant();
}

QList<RequestListModel::Row> RequestListModel::rowsFor(const QString &dbPath,
                                                       const QList<CaseRequest> &requests)
{
    QStringList citizenIds, caseIds;
    for (const CaseRequest &request : requests) {
        citizenIds << request.citizenId;
        if (!request.caseId.isEmpty())
            caseIds << request.caseId;
    }
    const QHash<QString, Sportello::Citizen> citizens
        = CitizenRepository(dbPath).findAll(citizenIds);
    const QHash<QString, SocialCase> cases = CaseRepository(dbPath).findAll(caseIds);
    const StaffNames staff(dbPath);
    QList<Row> rows;
    rows.reserve(requests.size());
    for (const CaseRequest &request : requests) {
        Row r {request, QString(), std::nullopt, QString()};
        if (const auto citizen = citizens.constFind(request.citizenId); citizen != citizens.cend())
            r.citizenName = citizen->surname + u' ' + citizen->givenNames;
        if (const auto c = cases.constFind(request.caseId); c != cases.cend()) {
            r.socialCase = *c;
            r.workerName = staff.of(c->assignedTo);
        }
        rows << r;
    }
    return rows;
}

} // namespace Sportello::Casework
