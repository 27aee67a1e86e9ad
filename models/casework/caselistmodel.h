#pragma once

#include "models/casework/socialcase.h"

#include <QAbstractTableModel>

namespace Sportello::Casework {

// Case files as a table: number, citizen, state, need area, worker, opened, last activity.
// The rows are given whole (a caseload is tens of cases, not thousands).
class CaseListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseListModel)

public:
    enum Column { Number, Citizen, Status, Area, Worker, Opened, LastActivity, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole, StatusRole, AreaRole }; // ids, for filters

    struct Row
    {
        SocialCase socialCase;
        QString citizenName; // "Surname Given names"
        QString fiscalCode;
        QString workerName; // the social worker as people know them (the login: tooltip)
    };

    explicit CaseListModel(QObject *parent = nullptr);
    ~CaseListModel() override;

    void setRows(QList<Row> rows);
    const Row &row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The rows of these cases, with their citizens' names from the registry.
    static QList<Row> rowsFor(const QString &dbPath, const QList<SocialCase> &cases);

private:
    QList<Row> m_rows;
};

} // namespace Sportello::Casework
