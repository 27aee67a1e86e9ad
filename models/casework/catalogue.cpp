#include "models/casework/catalogue.h"

#include "models/casework/casefile.h"
#include "models/common/csv.h"
#include "models/db/database.h"
#include "models/db/query.h"
#include "models/db/transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sportello::Casework::Catalogue {

QList<InterventionType> active(const QString &dbPath)
{
    QSqlQuery q(u"SELECT code, label, area, has_amount FROM intervention_type WHERE active = 1 "
                "ORDER BY label"_s,
                Db::connection(dbPath));
    QList<InterventionType> out;
    while (q.next()) {
        InterventionType t;
        t.code = q.value(0).toString();
        t.label = q.value(1).toString();
        needAreaFromId(q.value(2).toString(), &t.area);
        t.hasAmount = q.value(3).toInt() != 0;
        out << t;
    }
    return out;
}

int importCsv(const QString &dbPath, const QByteArray &csv, QString *error)
{
    QList<Csv::Record> records;
    int badLine = 0;
    if (!Csv::parse(csv, &records, &badLine)) {
        *error = QCoreApplication::translate("Sportello::Catalogue",
                                             "Line %1: a quoted field is not closed.")
                     .arg(badLine);
        return -1;
    }
    const QStringList header = {u"code"_s, u"label"_s, u"area"_s, u"has_amount"_s};
    if (records.isEmpty() || records.first().fields != header) {
        *error = QCoreApplication::translate("Sportello::Catalogue",
                                             "The first line must be: code,label,area,has_amount");
        return -1;
    }
    static const QRegularExpression codeShape(u"^[A-Z][A-Z0-9_]{1,19}$"_s);
    QList<InterventionType> types;
    QSet<QString> seen;
    for (const Csv::Record &r : records.mid(1)) {
        const auto fail = [&](const QString &why) {
            *error = QCoreApplication::translate("Sportello::Catalogue", "Line %1: %2")
                         .arg(r.line)
                         .arg(why);
            return -1;
        };
        if (r.fields.size() != header.size())
            return fail(
                QCoreApplication::translate("Sportello::Catalogue", "expected 4 fields, found %1.")
                    .arg(r.fields.size()));
        InterventionType t;
        t.code = r.fields.at(0).trimmed();
        t.label = r.fields.at(1).trimmed();
        if (!codeShape.match(t.code).hasMatch())
            return fail(QCoreApplication::translate(
                            "Sportello::Catalogue",
                            "the code \"%1\" is not 2 to 20 capital letters, digits or _.")
                            .arg(t.code));
        if (seen.contains(t.code))
            return fail(
                QCoreApplication::translate("Sportello::Catalogue", "the code %1 is repeated.")
                    .arg(t.code));
        if (t.label.isEmpty())
            return fail(QCoreApplication::translate("Sportello::Catalogue",
                                                    "the intervention has no label."));
        if (!needAreaFromId(r.fields.at(2).trimmed(), &t.area))
            return fail(
                QCoreApplication::translate("Sportello::Catalogue", "\"%1\" is not a need area.")
                    .arg(r.fields.at(2)));
        const QString amount = r.fields.at(3).trimmed();
        if (amount != u"0" && amount != u"1")
            return fail(QCoreApplication::translate("Sportello::Catalogue",
                                                    "has_amount is 0 or 1, not \"%1\".")
                            .arg(amount));
        t.hasAmount = amount == u"1";
        seen.insert(t.code);
        types << t;
    }
    if (types.isEmpty()) {
        *error = QCoreApplication::translate("Sportello::Catalogue",
                                             "The catalogue has no interventions.");
        return -1;
    }
    const QSqlDatabase db = Db::connection(dbPath);
    Transaction transaction(db);
    QSqlQuery q(db);
    bool ok = q.exec(u"UPDATE intervention_type SET active = 0"_s);
    q.prepare(u"INSERT INTO intervention_type (code, label, area, has_amount, active) "
              "VALUES (?, ?, ?, ?, 1) ON CONFLICT (code) DO UPDATE SET label = excluded.label, "
              "area = excluded.area, has_amount = excluded.has_amount, active = 1"_s);
    for (const InterventionType &t : std::as_const(types))
        ok = ok && Db::run(q, {t.code, t.label, needAreaId(t.area), t.hasAmount ? 1 : 0});
    if (!ok || !transaction.commit()) {
        *error = QCoreApplication::translate("Sportello::Catalogue",
                                             "The catalogue could not be saved.");
        return -1;
    }
    return int(types.size());
}

} // namespace Sportello::Casework::Catalogue
