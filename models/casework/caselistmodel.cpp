#include "models/casework/caselistmodel.h"

#include "models/access/staffnames.h"
#include "models/common/format.h"
#include "models/registry/citizenrepository.h"

using namespace Qt::StringLiterals;

namespace Sportello::Casework {

CaseListModel::CaseListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

CaseListModel::~CaseListModel() = default;

void CaseListModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &r = m_rows.at(index.row());
    const SocialCase &c = r.socialCase;
    switch (role) {
    case CaseIdRole:
        return c.id;
    case StatusRole:
        return caseStatusId(c.status);
    case AreaRole:
        return needAreaId(c.needArea);
    case Qt::ToolTipRole:
        if (index.column() == Worker)
            return c.assignedTo;
        return index.column() == Citizen ? r.fiscalCode : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    switch (Column(index.column())) {
    case Number:
        return c.complex ? c.number + u" ●"_s : c.number;
    case Citizen:
        return r.citizenName;
    case Status:
        return caseStatusLabel(c.status);
    case Area:
        return needAreaLabel(c.needArea);
    case Worker:
        return r.workerName;
    case Opened:
        return Format::date(c.openedAt.toLocalTime().date());
    case LastActivity:
        return Format::date(c.lastActivity.toLocalTime().date());
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (Column(section)) {
    case Number:
        return tr("Case");
    case Citizen:
        return tr("Citizen");
    case Status:
        return tr("State");
    case Area:
        return tr("Need area");
    case Worker:
        return tr("Social worker");
    case Opened:
        return tr("Opened");
    case LastActivity:
        return tr("Last activity");
    case ColumnCount:
        break;
    }
    return QVariant();
}

QList<CaseListModel::Row> CaseListModel::rowsFor(const QString &dbPath,
                                                 const QList<SocialCase> &cases)
{
    QStringList citizenIds;
    for (const SocialCase &c : cases)
        citizenIds << c.citizenId;
    const QHash<QString, Sportello::Citizen> citizens
        = CitizenRepository(dbPath).findAll(citizenIds);
    const StaffNames staff(dbPath);
    QList<Row> rows;
    rows.reserve(cases.size());
    for (const SocialCase &c : cases) {
        Row r {c, QString(), QString(), staff.of(c.assignedTo)};
        if (const auto citizen = citizens.constFind(c.citizenId); citizen != citizens.cend()) {
            r.citizenName = citizen->surname + u' ' + citizen->givenNames;
            r.fiscalCode = citizen->fiscalCode;
        }
        rows << r;
    }
    return rows;
}

} // namespace Sportello::Casework
