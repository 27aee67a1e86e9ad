#include "models/db/database.h"
#include "models/db/migrator.h"
#include "testdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;

namespace {

QVariant scalar(const QString &path, const QString &sql)
{
    QSqlQuery query(Db::connection(path));
    if (!query.exec(sql) || !query.next())
        return QVariant();
    return query.value(0);
}

bool exec(const QString &path, const QString &sql)
{
    QSqlQuery query(Db::connection(path));
    if (!query.exec(sql)) {
        qWarning() << query.lastError().text();
        return false;
    }
    return true;
}

const QString kInsertCitizen
    = u"INSERT INTO citizen (id, municipality, fiscal_code, surname, given_names, sex, birth_date, "
      "birth_place_code, updated_at) VALUES ('c1', '102047', 'RSSMRA85T10A562S', 'Rossi', "
      "'Mario', 'M', '1985-12-10', 'A562', '2026-01-01T00:00:00.000Z')"_s;

} // namespace

class tst_Migrator final : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabaseIsAtLatestVersionInWal();
    void reopeningChangesNothing();
    void newerSchemaIsRefusedUntouched();
    void garbageFileIsNotADatabase();
    void readOnlyFileIsReported();
    void anyWriteIsCapturedInTheOutbox();
    void writesOfTheSyncEngineAreNotCaptured();
    void auditLogIsAppendOnly();
    void searchKeysFollowEveryWriter();
    void oneLiveCitizenPerFiscalCodeEvenFromOldDuplicates();
};

void tst_Migrator::freshDatabaseIsAtLatestVersionInWal()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QVERIFY(Migrator::latestVersion() >= 1);
    QCOMPARE(scalar(db.path(), u"PRAGMA user_version"_s).toInt(), Migrator::latestVersion());
    QCOMPARE(scalar(db.path(), u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(scalar(db.path(), u"PRAGMA foreign_keys"_s).toInt(), 1);
    QCOMPARE(scalar(db.path(), u"PRAGMA synchronous"_s).toInt(), 2); // FULL
    // Every synced table has the sync columns.
    QSqlQuery tables(u"SELECT name FROM synced_table"_s, Db::connection(db.path()));
    int count = 0;
    while (tables.next()) {
        ++count;
        const QString table = tables.value(0).toString();
        for (const QString &column :
             {u"id"_s, u"row_version"_s, u"updated_at"_s, u"updated_by"_s, u"deleted"_s}) {
            QVERIFY2(scalar(db.path(),
                            u"SELECT count(*) FROM pragma_table_info('%1') WHERE name = '%2'"_s.arg(
                                table, column))
                             .toInt()
                         == 1,
                     qPrintable(table + u'.' + column));
        }
    }
    QVERIFY(count >= 5);
}

void tst_Migrator::reopeningChangesNothing()
{
    TestDatabase db;
    QVERIFY(exec(db.path(), kInsertCitizen));
    const int outbox = scalar(db.path(), u"SELECT count(*) FROM outbox"_s).toInt();
    const Migrator::Result again = Migrator::migrate(Db::connection(db.path()));
    QVERIFY(again.ok());
    QCOMPARE(again.fromVersion, again.toVersion);
    QCOMPARE(scalar(db.path(), u"SELECT count(*) FROM outbox"_s).toInt(), outbox);
    QCOMPARE(scalar(db.path(), u"SELECT count(*) FROM citizen_search"_s).toInt(), 1);
}

void tst_Migrator::newerSchemaIsRefusedUntouched()
{
    TestDatabase db;
    QVERIFY(exec(db.path(), u"PRAGMA user_version = 999"_s));
    QVERIFY(exec(db.path(), u"DROP TRIGGER citizen_capture_insert"_s));
    const Migrator::Result result = Migrator::migrate(Db::connection(db.path()));
    QCOMPARE(result.status, Migrator::Status::NewerSchema);
    QVERIFY(result.message().contains(u"999"_s));
    // Refused means untouched: the derived triggers were not recreated.
    QCOMPARE(scalar(db.path(),
                    u"SELECT count(*) FROM sqlite_master WHERE name = "
                    "'citizen_capture_insert'"_s)
                 .toInt(),
             0);
    QString error;
    QVERIFY(!Db::open(db.path(), &error));
    QVERIFY(error.contains(u"newer"_s));
}

void tst_Migrator::garbageFileIsNotADatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"garbage.sqlite"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    QString error;
    QVERIFY(!Db::open(path, &error));
    QVERIFY2(error.contains(u"not a Sportello database"_s), qPrintable(error));
    Db::closeConnection(path);
    QCOMPARE(QFile(path).size(), 8192); // nothing written into it
}

void tst_Migrator::readOnlyFileIsReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ro.sqlite"_s);
    {
        QString error;
        QVERIFY(Db::open(path, &error));
        Db::closeConnection(path);
    }
    // Root writes files whatever their permissions; an immutable file stops even root.
    const bool immutable = QProcess::execute(u"chattr"_s, {u"+i"_s, path}) == 0;
    if (!immutable) {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
        if (QFileInfo(path).isWritable())
            QSKIP("this file system cannot make a file read-only for this user (root, no chattr)");
    }
    QString error;
    const bool opened = Db::open(path, &error);
    Db::closeConnection(path);
    if (immutable)
        QProcess::execute(u"chattr"_s, {u"-i"_s, path});
    QVERIFY(!opened);
    QVERIFY2(error.contains(u"read-only"_s), qPrintable(error));
}

void tst_Migrator::anyWriteIsCapturedInTheOutbox()
{
    TestDatabase db;
    QVERIFY(exec(db.path(), kInsertCitizen));
    QVERIFY(exec(db.path(), u"UPDATE citizen SET row_version = 4 WHERE id = 'c1'"_s));
    QVERIFY(exec(db.path(), u"UPDATE citizen SET address = 'Via Roma 1' WHERE id = 'c1'"_s));
    QVERIFY(
        exec(db.path(), u"UPDATE citizen SET address = 'Via Roma 1' WHERE id = 'c1'"_s)); // no-op
    QVERIFY(exec(db.path(), u"DELETE FROM citizen WHERE id = 'c1'"_s));

    QSqlQuery q(u"SELECT op, row_id, base_version, payload, mutation_id FROM outbox ORDER BY seq"_s,
                Db::connection(db.path()));
    QStringList ops;
    QSet<QString> mutationIds;
    QList<int> bases;
    QString addressPayload;
    while (q.next()) {
        ops << q.value(0).toString();
        QCOMPARE(q.value(1).toString(), u"c1"_s);
        bases << q.value(2).toInt();
        mutationIds.insert(q.value(4).toString());
        if (ops.size() == 3)
            addressPayload = q.value(3).toString();
    }
    QCOMPARE(ops, (QStringList {u"insert"_s, u"update"_s, u"update"_s, u"delete"_s}));
    QCOMPARE(bases, (QList<int> {0, 0, 4, 4}));
    QCOMPARE(mutationIds.size(), 4);
    const QJsonObject row = QJsonDocument::fromJson(addressPayload.toUtf8()).object();
    QCOMPARE(row.value(u"address"_s).toString(), u"Via Roma 1"_s);
    QCOMPARE(row.value(u"fiscal_code"_s).toString(), u"RSSMRA85T10A562S"_s);
    QCOMPARE(row.value(u"row_version"_s).toInt(), 4);
}

void tst_Migrator::writesOfTheSyncEngineAreNotCaptured()
{
    TestDatabase db;
    QVERIFY(exec(db.path(), u"BEGIN"_s));
    QVERIFY(exec(db.path(), u"UPDATE sync_control SET applying = 1"_s));
    QVERIFY(exec(db.path(), kInsertCitizen));
    QVERIFY(exec(db.path(), u"UPDATE sync_control SET applying = 0"_s));
    QVERIFY(exec(db.path(), u"COMMIT"_s));
    QCOMPARE(scalar(db.path(), u"SELECT count(*) FROM outbox"_s).toInt(), 0);
    QCOMPARE(scalar(db.path(), u"SELECT count(*) FROM citizen_search"_s).toInt(), 1);
}

void tst_Migrator::auditLogIsAppendOnly()
{
    TestDatabase db;
    QVERIFY(exec(db.path(),
                 u"INSERT INTO audit_event (id, municipality, at, username, action, "
                 "updated_at) VALUES ('a1', '102047', 'now', 'u', 'login', 'now')"_s));
    QSqlQuery query(Db::connection(db.path()));
    QVERIFY(!query.exec(u"UPDATE audit_event SET username = 'someone else'"_s));
    QVERIFY(query.lastError().text().contains(u"append-only"_s));
    QVERIFY(!query.exec(u"DELETE FROM audit_event"_s));
    QCOMPARE(scalar(db.path(), u"SELECT username FROM audit_event"_s).toString(), u"u"_s);
}

void tst_Migrator::searchKeysFollowEveryWriter()
{
    TestDatabase db;
    QVERIFY(exec(db.path(), kInsertCitizen));
    QVERIFY(exec(db.path(),
                 u"UPDATE citizen SET surname = 'D''Àmico', given_names = 'Nicolò "
                 "Maria' WHERE id = 'c1'"_s));
    QCOMPARE(scalar(db.path(), u"SELECT name_key FROM citizen_search"_s).toString(),
             u"damico nicolomaria"_s);
    QVERIFY(exec(db.path(), u"UPDATE citizen SET deleted = 1 WHERE id = 'c1'"_s));
    QCOMPARE(scalar(db.path(), u"SELECT count(*) FROM citizen_search"_s).toInt(), 0);
    QVERIFY(exec(db.path(), u"UPDATE citizen SET deleted = 0 WHERE id = 'c1'"_s));
    QCOMPARE(scalar(db.path(), u"SELECT count(*) FROM citizen_search"_s).toInt(), 1);
}

// Schema 9 on a database of schema 8 that holds duplicates (the form's old "save anyway"):
// the upgrade goes through, one record per code stays live, the others are listed, a waiting
// change of a retired one goes out as a tombstone, and no writer can add a duplicate again.
void tst_Migrator::oneLiveCitizenPerFiscalCodeEvenFromOldDuplicates()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const QString path = db.path();
    // Back to schema 8, as migrations 1-8 left it.
    QVERIFY(exec(path, u"DROP INDEX citizen_live_fiscal_code"_s));
    QVERIFY(exec(path, u"DROP TABLE citizen_duplicate"_s));
    QVERIFY(exec(path, u"ALTER TABLE sync_setaside DROP COLUMN detail"_s));
    QVERIFY(exec(path, u"PRAGMA user_version = 8"_s));
    const auto insert = [&](const QString &id, const QString &municipality, int version,
                            int deleted) {
        return exec(path,
                    u"INSERT INTO citizen (id, municipality, fiscal_code, surname, given_names, "
                    "sex, birth_date, birth_place_code, updated_at, updated_by, row_version, "
                    "deleted) VALUES ('%1', '%2', 'RSSMRA85T10A562S', 'Rossi', 'Mario', 'M', "
                    "'1985-12-10', 'A562', '2026-01-01T00:00:00.000Z', 'a.rossi', %3, %4)"_s
                        .arg(id, municipality)
                        .arg(version)
                        .arg(deleted));
    };
    // As pulled from the region: not captured.
    QVERIFY(exec(path, u"UPDATE sync_control SET applying = 1"_s));
    QVERIFY(insert(u"0190-b"_s, u"102047"_s, 3, 0)); // the region's first: stays
    QVERIFY(insert(u"0190-c"_s, u"102047"_s, 2, 0)); // the region's second: retired
    QVERIFY(insert(u"0190-d"_s, u"048017"_s, 1, 0)); // another municipality: stays
    QVERIFY(insert(u"0190-e"_s, u"102047"_s, 1, 1)); // a tombstone already
    QVERIFY(exec(path, u"UPDATE sync_control SET applying = 0"_s));
    QVERIFY(insert(u"0190-a"_s, u"102047"_s, 0, 0)); // typed here, older, not sent yet
    const int outbox = scalar(path, u"SELECT count(*) FROM outbox"_s).toInt();
    QCOMPARE(outbox, 1);

    const Migrator::Result result = Migrator::migrate(Db::connection(path));
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QCOMPARE(result.toVersion, Migrator::latestVersion());
    QCOMPARE(scalar(path,
                    u"SELECT group_concat(id, ' ') FROM (SELECT id FROM citizen WHERE "
                    "deleted = 0 ORDER BY id)"_s)
                 .toString(),
             u"0190-b 0190-d"_s);
    QCOMPARE(scalar(path,
                    u"SELECT group_concat(citizen_id || '>' || kept_id, ' ') FROM "
                    "(SELECT * FROM citizen_duplicate ORDER BY citizen_id)"_s)
                 .toString(),
             u"0190-a>0190-b 0190-c>0190-b"_s);
    // Not captured again; the waiting insert of the retired one now says it is a tombstone.
    QCOMPARE(scalar(path, u"SELECT count(*) FROM outbox"_s).toInt(), outbox);
    QCOMPARE(scalar(path,
                    u"SELECT json_extract(payload, '$.deleted') FROM outbox WHERE "
                    "row_id = '0190-a'"_s)
                 .toInt(),
             1);
    QCOMPARE(scalar(path, u"SELECT count(*) FROM citizen_search"_s).toInt(), 2);

    // No writer registers the code twice in one municipality from now on.
    QSqlQuery query(Db::connection(path));
    QVERIFY(!query.exec(u"UPDATE citizen SET deleted = 0 WHERE id = '0190-c'"_s));
    QVERIFY2(query.lastError().text().contains(u"UNIQUE"_s), qPrintable(query.lastError().text()));
    QVERIFY(!insert(u"0190-f"_s, u"102047"_s, 0, 0));
    QVERIFY(insert(u"0190-g"_s, u"102047"_s, 0, 1)); // a tombstone is no registration
    QVERIFY(insert(u"0190-h"_s, u"058091"_s, 0, 0)); // registered in Roma as well
}

QTEST_GUILESS_MAIN(tst_Migrator)
#include "tst_migrator.moc"
