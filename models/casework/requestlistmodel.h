#pragma once

#include "models/casework/socialcase.h"

#include <QAbstractTableModel>

namespace Sportello::Casework {

// Requests recorded at the desk, newest first, with what became of them: the case's
// number, state and worker once a social worker took charge (all a clerk may see of it).
class RequestListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestListModel)

public:
    enum Column { Number, Received, Citizen, Channel, Area, Summary, Case, ColumnCount };
    enum Role { RequestIdRole = Qt::UserRole, CaseIdRole, CitizenIdRole, PendingRole };

    struct Row
    {
        CaseRequest request;
        QString citizenName;
        std::optional<SocialCase> socialCase;
        QString workerName; // of the case's social worker, as people know them
    };

    explicit RequestListModel(QObject *parent = nullptr);
    ~RequestListModel() override;

    void setRows(QList<Row> rows);
    const Row &row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QList<Row> rowsFor(const QString &dbPath, const QList<CaseRequest> &requests);

private:
    QList<Row> m_rows;
};

} // namespace Sportello::Casework
