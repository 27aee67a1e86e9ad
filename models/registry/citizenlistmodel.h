#pragma once

#include "models/registry/citizensearch.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QThread>

#include <atomic>
#include <deque>
#include <functional>

namespace Sportello {

class CitizenListWorker;

// The citizen list for any query, lazy and windowed: the row count comes from a count on a
// worker thread, rows arrive in pages from the same worker, and only a bounded number of
// pages is kept. data() never blocks: a row not loaded yet shows an ellipsis.
class CitizenListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CitizenListModel)

public:
    enum Column {
        FiscalCodeColumn,
        SurnameColumn,
        GivenNamesColumn,
        BirthDateColumn,
        BirthPlaceColumn,
        AddressColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 64;

    explicit CitizenListModel(const QString &dbPath, QObject *parent = nullptr);
    ~CitizenListModel() override;

    // Starts a search; the model resets when its count is known (searchFinished).
    void setQueryText(const QString &text);
    QString queryText() const { return m_text; }
    void refresh();

    QString citizenId(int row) const;
    int rowOf(const QString &citizenId) const; // among loaded rows, or -1
    bool lists(const QString &citizenId) const; // among the results, loaded or not
    bool isBusy() const { return m_countPending; }
    // Every row of the current search, best match first, read now on the calling thread
    // (an export): the given columns, dates of birth as QDate; at most `limit` rows.
    QList<QVariantList> allRows(const QList<int> &columns, int limit) const;
    // Every result for the given columns, row by row to a sink (Spreadsheet::eachRow), for
    // an export of any length; callable on any thread (it reads on that thread's own
    // connection).
    std::function<bool(const std::function<bool(const QVariantList &)> &)>
    rowStream(const QList<int> &columns) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void searchFinished(qint64 total);
    void pageLoaded(int page);

private:
    void onCounted(int generation, const QList<qint64> &tierCounts);
    void onLoaded(int generation, int page, const QList<Sportello::CitizenBrief> &rows);
    const CitizenBrief *rowAt(int row) const;
    void requestPage(int page) const;

    QString m_dbPath;
    QString m_text;
    CitizenQuery m_query;
    QList<qint64> m_tierCounts;
    int m_rows = 0;
    bool m_countPending = false;
    std::atomic<int> m_generation {0};

    mutable QHash<int, QList<CitizenBrief>> m_pages;
    mutable std::deque<int> m_pageOrder; // least recently loaded first
    mutable QSet<int> m_pending;

    QThread m_thread;
    CitizenListWorker *m_worker = nullptr;
};

} // namespace Sportello
