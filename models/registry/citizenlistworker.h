#pragma once

#include "models/registry/citizensearch.h"

#include <QObject>

#include <atomic>

namespace Sportello {

// Runs CitizenListModel's queries on its own thread and connection. Requests carry the
// model's generation; work for a superseded generation is skipped, and results are tagged
// so the model drops late ones.
class CitizenListWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CitizenListWorker)

public:
    CitizenListWorker(const QString &dbPath, const std::atomic<int> &latestGeneration);

    void count(int generation, const Sportello::CitizenQuery &query);
    void load(int generation, const Sportello::CitizenQuery &query, const QList<qint64> &tierCounts,
              int page, int pageSize);
    void closeConnection();

signals:
    void counted(int generation, const QList<qint64> &tierCounts);
    void loaded(int generation, int page, const QList<Sportello::CitizenBrief> &rows);

private:
    QString m_path;
    const std::atomic<int> &m_latest;
};

} // namespace Sportello
