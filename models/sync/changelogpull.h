#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace Sportello {

class LocalMirror;

// The pull of one login (DESIGN.md §3): the region's change log after this login's own
// position on this desk (what a login may read depends on its role, so each keeps its own,
// started again when its role or municipality changes).
//
// The position is a horizon (every transaction below it has been read) and the
// transactions that were still in progress below it when last seen: a pull reads what
// its snapshot shows as committed up to the snapshot's xmax, and remembers the rest, so a
// transaction left open for hours delays only its own rows, never anyone else's. A pull
// keeps its snapshot and cursor with every page, so a pull cut anywhere resumes.
//
// Each page is applied in one short local transaction (nothing is held across the
// network). A desk's very first pull of a large region is staged instead: the pages go to a
// staging file beside the database (its own lock, not the desk's), then are published in
// one local step with the indexes rebuilt once; a staging file left by a crash is thrown
// away and the pull starts again. A row the desk cannot apply (refused by a local constraint, or referring to a
// row the desk does not have) is set aside with its reason in sync_setaside, the rest
// flows on, and it is tried again at every sync until it applies.
class ChangeLogPull final
{
public:
    struct Login
    {
        QString name;
        QString role;
        QString municipality;
    };

    ChangeLogPull(const QString &localPath, const QString &centralConnection, const Login &login);

    // False with the reason in *error. cancelled() is asked between pages.
    bool run(int pageSize, const std::function<bool()> &cancelled,
             const std::function<void(qint64 done, qint64 total)> &progress, int *pulled,
             QString *error);

    // The rows this login set aside, read again from the region and applied if they can be.
    bool retrySetAside(int *applied, QString *error);

private:
    struct Position
    {
        QString horizon = QStringLiteral("0");
        QString pending = QStringLiteral("{}"); // xid8[] literal
        QString snapshot; // a pull under way
        QString cursorTxid;
        qint64 cursorSeq = 0;
    };

    Position load(LocalMirror &local) const;
    bool save(LocalMirror &local, const Position &position);
    bool pullSnapshot(LocalMirror &local, Position *position, int pageSize,
                      const std::function<bool()> &cancelled,
                      const std::function<void(qint64, qint64)> &progress, int *pulled,
                      QString *error);
    // Reads the current rows of these ids from the region and applies them in one local
    // transaction, with whatever else `inTransaction` writes (the new position).
    bool apply(LocalMirror &local, const QHash<QString, QStringList> &idsByTable,
               const std::function<bool(LocalMirror &)> &inTransaction, int *applied,
               QString *error);
    // The current rows of these ids, in the local column order, by table.
    bool fetch(LocalMirror &local, const QHash<QString, QStringList> &idsByTable,
               QHash<QString, QList<QVariantList>> *rowsByTable, QString *error);
    // The first pull's staging: a page into the staging file; then all of it into the desk.
    bool stage(LocalMirror &local, const QHash<QString, QStringList> &idsByTable,
               QString *error);
    bool publish(LocalMirror &local, int *applied, QString *error);
    void dropStaging(LocalMirror &local);
    QString stagingPath() const { return m_path + QStringLiteral("-first-pull"); }

    QString m_path;
    QString m_central;
    Login m_login;
    bool m_firstPull = false; // the desk has never pulled: a large pull is staged
    bool m_staging = false;
    QStringList m_stagedTables;
};

} // namespace Sportello
