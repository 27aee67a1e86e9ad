#pragma once

#include "models/db/database.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace Sportello {

// Reads that may take longer than a frame run on a pool thread, with that thread's own
// database connection (closed when done); the result comes back to `done` on the GUI
// thread, in `context`. A caller that may start a newer read before an older one ends
// passes a generation and ignores stale results.
template<typename Result>
void readInBackground(QObject *context, const QString &dbPath, std::function<Result()> read,
                      std::function<void(Result)> done)
{
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([dbPath, read] {
        Result result = read();
        Db::closeConnection(dbPath);
        return result;
    }));
}

} // namespace Sportello
