#include "models/sync/duplicatecitizens.h"

#include "models/access/session.h"
#include "models/common/format.h"
#include "models/db/database.h"
#include "models/db/rowstamp.h"
#include "models/sync/setasiderows.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello::DuplicateCitizens {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sportello::DuplicateCitizens", text);
}

QString nameOf(const QString &surname, const QString &givenNames, const QString &isoBirth)
{
    return tr("%1 %2, born on %3")
        .arg(surname, givenNames, Format::date(QDate::fromString(isoBirth, Qt::ISODate)));
}

} // namespace

QList<DuplicateCitizen> open(const QString &dbPath)
{
    const QSqlDatabase db = Db::connection(dbPath);
    QList<DuplicateCitizen> out;
    QSqlQuery upgrade(u"SELECT d.citizen_id, d.kept_id, d.recorded_at, r.fiscal_code, "
                      "r.surname, r.given_names, r.birth_date, k.surname, k.given_names, "
                      "k.birth_date FROM citizen_duplicate d JOIN citizen r ON r.id = d.citizen_id "
                      "JOIN citizen k ON k.id = d.kept_id WHERE d.reviewed_at IS NULL "
                      "ORDER BY d.recorded_at, d.citizen_id"_s,
                      db);
    while (upgrade.next()) {
        DuplicateCitizen d;
        d.source = DuplicateCitizen::Source::Upgrade;
        d.otherId = upgrade.value(0).toString();
        d.localId = upgrade.value(1).toString();
        d.since = upgrade.value(2).toString();
        d.fiscalCode = upgrade.value(3).toString();
        d.otherName = nameOf(upgrade.value(4).toString(), upgrade.value(5).toString(),
                             upgrade.value(6).toString());
        d.localName = nameOf(upgrade.value(7).toString(), upgrade.value(8).toString(),
                             upgrade.value(9).toString());
        out << d;
    }

    QSqlQuery local(db);
    local.prepare(u"SELECT id, surname, given_names, birth_date FROM citizen "
                  "WHERE municipality = ? AND fiscal_code = ? AND deleted = 0"_s);
    for (const SetAsideRow &row : SetAsideRows::all(dbPath)) {
        if (row.table != u"citizen"_s || !row.reason.contains(u"UNIQUE"_s) || row.detail.isEmpty())
            continue;
        const QJsonObject theirs = QJsonDocument::fromJson(row.detail.toUtf8()).object();
        DuplicateCitizen d;
        d.source = DuplicateCitizen::Source::Region;
        d.fiscalCode = theirs.value(u"fiscal_code"_s).toString();
        d.otherId = row.rowId;
        d.since = row.recordedAt;
        d.otherName = nameOf(theirs.value(u"surname"_s).toString(),
                             theirs.value(u"given_names"_s).toString(),
                             theirs.value(u"birth_date"_s).toString());
        d.otherDetails
            = tr("Fiscal code: %1\nSurname: %2\nGiven names: %3\nSex: %4\nDate of birth: %5\n"
                 "Place of birth: %6\nLast changed by %7 on %8")
                  .arg(d.fiscalCode, theirs.value(u"surname"_s).toString(),
                       theirs.value(u"given_names"_s).toString(), theirs.value(u"sex"_s).toString(),
                       Format::date(QDate::fromString(theirs.value(u"birth_date"_s).toString(),
                                                      Qt::ISODate)),
                       theirs.value(u"birth_place_code"_s).toString(),
                       theirs.value(u"updated_by"_s).toString(),
                       Format::dateTime(QDateTime::fromString(
                           theirs.value(u"updated_at"_s).toString(), Qt::ISODateWithMs)));
        local.addBindValue(theirs.value(u"municipality"_s).toString());
        local.addBindValue(d.fiscalCode);
        if (local.exec() && local.next()) {
            d.localId = local.value(0).toString();
            d.localName = nameOf(local.value(1).toString(), local.value(2).toString(),
                                 local.value(3).toString());
        }
        out << d;
    }
    return out;
}

bool markReviewed(const QString &dbPath, const Session &session, const QString &retiredId,
                  QString *error)
{
    QSqlQuery query(Db::connection(dbPath));
    query.prepare(u"UPDATE citizen_duplicate SET reviewed_at = ?, reviewed_by = ? "
                  "WHERE citizen_id = ? AND reviewed_at IS NULL"_s);
    query.addBindValue(RowStamp::now());
    query.addBindValue(session.username);
    query.addBindValue(retiredId);
    if (query.exec() && query.numRowsAffected() == 1)
        return true;
    *error = tr("The duplicate could not be marked as reviewed.");
    return false;
}

} // namespace Sportello::DuplicateCitizens
