#include "models/sync/waitingchanges.h"

#include "models/access/auditdetail.h"
#include "models/access/auditlog.h"
#include "models/db/database.h"
#include "models/db/localstate.h"
#include "models/db/transaction.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello {

WaitingChanges::WaitingChanges(const QString &dbPath)
    : m_path(dbPath)
{ }

QList<WaitingChanges::Author> WaitingChanges::authors() const
{
    const StaffRepository staff(m_path);
    QList<Author> authors;
    const QMap<QString, qint64> waiting = LocalState::pendingByAuthor(m_path);
    for (auto it = waiting.cbegin(); it != waiting.cend(); ++it) {
        Author a {it.key(), it.key(), it.value(), staff.find(it.key())};
        if (a.account)
            a.displayName = a.account->displayName;
        authors << a;
    }
    return authors;
}

QStringList WaitingChanges::described(const QString &reader) const
{
    QStringList lines;
    for (const Author &a : authors()) {
        if (a.username == reader)
            continue;
        lines << (a.username.isEmpty()
                      ? QCoreApplication::translate(
                          "Sportello::WaitingChanges",
                          "%n change(s) by nobody known wait for an administrator", nullptr,
                          int(a.changes))
                      : QCoreApplication::translate("Sportello::WaitingChanges",
                                                    "%n change(s) by %1 wait for their next "
                                                    "sign-in",
                                                    nullptr, int(a.changes))
                            .arg(a.displayName));
    }
    return lines;
}

QList<StaffAccount> WaitingChanges::heirs(const QString &from) const
{
    const StaffRepository staff(m_path);
    const auto author = staff.find(from);
    QList<StaffAccount> heirs;
    for (const StaffAccount &a : staff.all()) {
        if (a.active && a.username != from && (!author || a.role == author->role))
            heirs << a;
    }
    return heirs;
}

bool WaitingChanges::handOver(const Session &admin, const QString &from, const QString &to,
                              QString *error)
{
    if (!admin.can(Permission::ManageStaff)) {
        *error = QCoreApplication::translate("Sportello::WaitingChanges",
                                             "Only an administrator hands changes over.");
        return false;
    }
    const auto heirs = this->heirs(from);
    const bool allowed = std::any_of(heirs.cbegin(), heirs.cend(),
                                     [&](const StaffAccount &a) { return a.username == to; });
    if (!allowed) {
        *error = QCoreApplication::translate(
                     "Sportello::WaitingChanges",
                     "%1 cannot take these changes over: choose an active colleague with the "
                     "same role.")
                     .arg(to);
        return false;
    }
    const QSqlDatabase db = Db::connection(m_path);
    Transaction transaction(db);
    QSqlQuery q(db);
    // The changes a person counts (the audit events travel with them).
    q.prepare(u"SELECT count(*) FROM outbox WHERE coalesce(author, '') = ? "
              "AND table_name <> 'audit_event'"_s);
    q.addBindValue(from);
    bool ok = q.exec() && q.next();
    const qint64 moved = ok ? q.value(0).toLongLong() : 0;
    // The rows are signed by their new author, who sends them under their own login (the
    // region accepts a row only from the login it names); an audit event says on whose
    // behalf. The desk's own events stay as they are.
    q.prepare(u"UPDATE outbox SET author = :to, payload = CASE WHEN payload IS NULL THEN NULL "
              "WHEN table_name = 'audit_event' THEN json_set(payload, '$.updated_by', :to, "
              "'$.username', :to, '$.detail', trim(coalesce(json_extract(payload, '$.detail'), "
              "'') || ' (on behalf of ' || :from || ')')) "
              "ELSE json_set(payload, '$.updated_by', :to) END "
              "WHERE coalesce(author, '') = :from AND (author IS NOT NULL "
              "OR table_name <> 'audit_event')"_s);
    q.bindValue(u":to"_s, to);
    q.bindValue(u":from"_s, from);
    ok = ok && q.exec();
    if (ok) {
        q.prepare(u"UPDATE sync_conflict SET author = ? WHERE coalesce(author, '') = ? "
                  "AND resolved_at IS NULL"_s);
        q.addBindValue(to);
        q.addBindValue(from);
        ok = q.exec();
    }
    ok = ok
        && AuditLog::record(
             db, admin, AuditLog::Action::Update, u"staff_account"_s, from,
             AuditLog::detail(u"handed_over"_s, {{u"changes"_s, moved}, {u"to"_s, to}}))
        && transaction.commit();
    if (!ok)
        *error = QCoreApplication::translate("Sportello::WaitingChanges",
                                             "The changes could not be handed over: %1")
                     .arg(q.lastError().text());
    return ok;
}

} // namespace Sportello
