#pragma once

#include <QString>

#include <map>

class QSqlDatabase;

namespace Sportello {

// Brings a local database to the schema this program expects: the numbered SQL files in
// :/sql/local (NNN_name.sql) are applied in order, each in one transaction, and recorded
// in PRAGMA user_version. A database newer than the program is refused, never touched.
class Migrator final
{
public:
    enum class Status { Ok, NewerSchema, ReadOnly, NotADatabase, Failed };

    struct Result
    {
        Status status = Status::Ok;
        QString detail; // the driver's message, for logs; see message() for people
        int fromVersion = 0;
        int toVersion = 0;
        bool ok() const { return status == Status::Ok; }
        QString message() const; // translated, one line
    };

    static int latestVersion();
    // The numbered SQL files (NNN_name.sql) of a resource folder, by number; the central
    // schema is versioned the same way.
    static std::map<int, QString> numberedFiles(const QString &folder);
    static Result migrate(const QSqlDatabase &db);
};

} // namespace Sportello
