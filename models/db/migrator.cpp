#include "models/db/migrator.h"

#include "models/db/database.h"
#include "models/db/derivedschema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

using namespace Qt::StringLiterals;

namespace Sportello {

namespace {

// Splits a migration file into statements. Statements end with ';' at the end of a line;
// a trigger body (BEGIN ... END;) is kept whole.
QStringList splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = sql.split(u'\n');
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(u"--"_s) || (line.isEmpty() && current.isEmpty()))
            continue;
        current += rawLine + u'\n';
        if (line.startsWith(u"CREATE TRIGGER"_s, Qt::CaseInsensitive))
            inTrigger = true;
        const bool ends
            = inTrigger ? line.compare(u"END;"_s, Qt::CaseInsensitive) == 0 : line.endsWith(u';');
        if (ends) {
            statements << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

Migrator::Result failure(Migrator::Status status, const QString &detail, int from)
{
    Migrator::Result result;
    result.status = status;
    result.detail = detail;
    result.fromVersion = from;
    result.toVersion = from;
    return result;
}

int userVersion(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

} // namespace

std::map<int, QString> Migrator::numberedFiles(const QString &folder)
{
    static const QRegularExpression pattern(u"^(\\d{3})_[a-z0-9_]+\\.sql$"_s);
    std::map<int, QString> files;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            files.emplace(match.captured(1).toInt(), dir.filePath(name));
    }
    return files;
}

int Migrator::latestVersion()
{
    const auto files = numberedFiles(u":/sql/local"_s);
    return files.empty() ? 0 : files.rbegin()->first;
}

Migrator::Result Migrator::migrate(const QSqlDatabase &constDb)
{
    QSqlDatabase db = constDb;
    if (!db.isOpen())
        return failure(Status::Failed, db.lastError().text(), 0);

    QString error;
    const int current = userVersion(db, &error);
    if (current < 0) {
        const bool notADb = error.contains(u"not a database"_s, Qt::CaseInsensitive)
            || error.contains(u"malformed"_s, Qt::CaseInsensitive);
        return failure(notADb ? Status::NotADatabase : Status::Failed, error, 0);
    }
    const int latest = latestVersion();
    if (current > latest)
        return failure(Status::NewerSchema, QString(), current);

    if (Db::isReadOnly(db))
        return failure(Status::ReadOnly, db.databaseName(), current);

    for (const auto &[version, path] : numberedFiles(u":/sql/local"_s)) {
        if (version <= current)
            continue;
        QFile sqlFile(path);
        if (!sqlFile.open(QIODevice::ReadOnly))
            return failure(Status::Failed, path, current);
        const QStringList statements = splitStatements(QString::fromUtf8(sqlFile.readAll()));
        if (!db.transaction())
            return failure(Status::ReadOnly, db.lastError().text(), current);
        if (!Db::execAll(db, statements, &error)
            || !Db::execAll(db, {u"PRAGMA user_version = %1"_s.arg(version)}, &error)) {
            db.rollback();
            const bool readOnly = error.contains(u"readonly"_s, Qt::CaseInsensitive)
                || error.contains(u"read-only"_s, Qt::CaseInsensitive);
            return failure(readOnly ? Status::ReadOnly : Status::Failed, error, current);
        }
        if (!db.commit())
            return failure(Status::Failed, db.lastError().text(), current);
    }

    if (!db.transaction())
        return failure(Status::ReadOnly, db.lastError().text(), current);
    if (!DerivedSchema::refresh(db, &error)) {
        db.rollback();
        return failure(Status::Failed, error, current);
    }
    if (!db.commit())
        return failure(Status::ReadOnly, db.lastError().text(), current);

    Result result;
    result.fromVersion = current;
    result.toVersion = latest;
    return result;
}

QString Migrator::Result::message() const
{
    switch (status) {
    case Status::Ok:
        return QString();
    case Status::NewerSchema:
        return QCoreApplication::translate(
                   "Sportello::Migrator",
                   "The database was created by a newer version of Sportello (schema %1, this "
                   "program knows up to %2). Update Sportello to open it.")
            .arg(fromVersion)
            .arg(latestVersion());
    case Status::ReadOnly:
        return QCoreApplication::translate("Sportello::Migrator",
                                           "The database file cannot be written (read-only): %1")
            .arg(detail);
    case Status::NotADatabase:
        return QCoreApplication::translate(
            "Sportello::Migrator",
            "The file is not a Sportello database or it is damaged. Restore it from a backup.");
    case Status::Failed:
        break;
    }
    return QCoreApplication::translate("Sportello::Migrator",
                                       "The database could not be opened: %1")
        .arg(detail);
}

} // namespace Sportello
