#pragma once

#include <QString>

#include <functional>

namespace Sportello {

// The push of one login at a shared desk (DESIGN.md §3): the outbox entries it is the author
// of, and the desk's own events, in order, batch by batch through sync.push(). Everyone
// else's changes stay in the outbox for their own sign-in; an entry waits with them while
// an earlier change of the same row, or the insert of a row it refers to, is someone
// else's still to send. Each batch's outcome (new row versions; conflicts, with both
// versions, recorded for their author) is written in one local transaction together with
// the removal of its entries, so nothing leaves the outbox before its author can see what
// became of it.
class OutboxPush final
{
public:
    struct Outcome
    {
        int pushed = 0;
        int conflicts = 0;
    };

    OutboxPush(const QString &localPath, const QString &centralConnection, const QString &login,
               const QString &deskId);

    // False with the reason in *error. cancelled() is asked between batches.
    bool run(int batchSize, const std::function<bool()> &cancelled,
             const std::function<void(qint64 done, qint64 total)> &progress, Outcome *outcome,
             QString *error);

private:
    QString m_path;
    QString m_central;
    QString m_login;
    QString m_deskId;
};

} // namespace Sportello
