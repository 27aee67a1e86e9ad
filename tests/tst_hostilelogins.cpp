#include "centralfixture.h"
#include "models/db/rowstamp.h"
#include "models/sync/centralconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;

namespace {

const QString kSecret = u"Segreto-di-Sara-4711"_s; // in a confidential note and its conflict
const QString kClerk = u"m.rossi"_s;
const QString kWorker = u"s.greco"_s; // the case is hers
const QString kOtherWorker = u"s.bruno"_s;
const QString kCoordinator = u"l.nidi"_s;
const QString kAdmin = u"a.capo"_s;
const QString kFirenze = u"f.sociale"_s;
const QString kOfficer = u"r.ufficio"_s;
const QString kRegionAdmin = u"r.admin"_s;

const QStringList kEveryone {kClerk,   kWorker,  kOtherWorker, kCoordinator, kAdmin,
                             kFirenze, kOfficer, kRegionAdmin};

} // namespace

// Each role with its own login, typing SQL as psql would, tries to read or write what it
// must not (issue 12): PostgreSQL itself refuses.
class TestHostileLogins : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CentralFixture> m_central;
    QString m_caseId;
    QString m_noteId;

    bool refused(const QString &login, const QString &sql)
    {
        QString error;
        return !m_central->execAs(login, sql, &error);
    }

    // Rows in which the secret appears, over every table and view of the three schemas the
    // login may read at all (-1 if it could read none).
    int secretsVisibleTo(const QString &login)
    {
        const QString name = u"secrets-"_s + login;
        Central::Failure failure;
        QString error;
        if (!Central::open(name, m_central->conninfo(login), CentralFixture::password(), &failure,
                           &error))
            qFatal("%s", qPrintable(error));
        int found = 0;
        int readable = 0;
        {
            QSqlDatabase db = QSqlDatabase::database(name);
            QSqlQuery tables(db);
            tables.exec(u"SELECT c.oid::regclass::text FROM pg_class c JOIN pg_namespace s ON "
                        "s.oid = c.relnamespace WHERE s.nspname IN ('sportello', 'sync', "
                        "'region') AND c.relkind IN ('r', 'v', 'm') AND "
                        "has_table_privilege(session_user, c.oid, 'SELECT')"_s);
            QStringList names;
            while (tables.next())
                names << tables.value(0).toString();
            for (const QString &table : std::as_const(names)) {
                QSqlQuery count(db);
                count.prepare(u"SELECT count(*) FROM %1 x WHERE x::text LIKE ?"_s.arg(table));
                count.addBindValue(QString(u'%' + kSecret + u'%'));
                if (count.exec() && count.next()) {
                    ++readable;
                    found += count.value(0).toInt();
                }
            }
        }
        Central::close(name);
        return readable > 0 ? found : -1;
    }

private slots:
    void initTestCase()
    {
        if (!CentralFixture::serverAvailable()) {
            if (qEnvironmentVariableIntValue("SPORTELLO_REQUIRE_PG"))
                QFAIL("no PostgreSQL server: run the tests through pg_virtualenv");
            QSKIP("no PostgreSQL server (PGHOST unset)");
        }
        m_central = std::make_unique<CentralFixture>();
        QVERIFY2(m_central->isValid(), qPrintable(m_central->error()));
        QVERIFY2(m_central->addUser(kClerk, Role::Clerk, u"102047"_s)
                     && m_central->addUser(kWorker, Role::SocialWorker, u"102047"_s)
                     && m_central->addUser(kOtherWorker, Role::SocialWorker, u"102047"_s)
                     && m_central->addUser(kCoordinator, Role::Coordinator, u"102047"_s)
                     && m_central->addUser(kAdmin, Role::Admin, u"102047"_s)
                     && m_central->addUser(kFirenze, Role::SocialWorker, u"048017"_s)
                     && m_central->addRegionUser(kOfficer, CentralSchema::RegionRole::Officer)
                     && m_central->addRegionUser(kRegionAdmin,
                                                 CentralSchema::RegionRole::Administrator),
                 qPrintable(m_central->error()));

        // Her case, with a confidential note; and a second note of hers the region refused
        // (written on a case that is not hers), kept in her conflicts.
        const QString citizen = RowStamp::newId();
        m_caseId = RowStamp::newId();
        m_noteId = RowStamp::newId();
        QString error;
        QVERIFY2(m_central->execAs(
                     kClerk,
                     u"INSERT INTO sportello.citizen (id, municipality, fiscal_code, surname, "
                     "given_names, sex, birth_date, birth_place_code, updated_at) VALUES ('%1', "
                     "'102047', 'RSSMRA85T10A562S', 'Rossi', 'Mario', 'M', '1985-12-10', 'A562', "
                     "'2026-01-01T00:00:00.000Z')"_s.arg(citizen),
                     &error),
                 qPrintable(error));
        const QString openCase
            = u"INSERT INTO sportello.social_case (id, municipality, number, citizen_id, status, "
              "need_area, assigned_to, opened_at, last_activity, updated_at) VALUES ('%1', "
              "'102047', '%2', '%3', 'assessment', 'income', '%4', '2026-01-01', '2026-01-01', "
              "'2026-01-01T00:00:00.000Z')"_s;
        QVERIFY2(m_central->execAs(kWorker, openCase.arg(m_caseId, u"2026/1"_s, citizen, kWorker),
                                   &error),
                 qPrintable(error));
        const QString otherCase = RowStamp::newId();
        QVERIFY2(m_central->execAs(kOtherWorker,
                                   openCase.arg(otherCase, u"2026/2"_s, citizen, kOtherWorker),
                                   &error),
                 qPrintable(error));
        QVERIFY2(m_central->execAs(
                     kWorker,
                     u"INSERT INTO sportello.case_confidential_note (id, municipality, case_id, "
                     "written_at, written_by, body, updated_at) VALUES ('%1', '102047', '%2', "
                     "'2026-01-02', 's.greco', '%3', '2026-01-02T00:00:00.000Z')"_s.arg(
                         m_noteId, m_caseId, kSecret),
                     &error),
                 qPrintable(error));
        const QJsonObject note {{u"id"_s, RowStamp::newId()},
                                {u"municipality"_s, u"102047"_s},
                                {u"case_id"_s, otherCase},
                                {u"written_at"_s, u"2026-01-03"_s},
                                {u"written_by"_s, kWorker},
                                {u"body"_s, QString(kSecret + u" bis"_s)},
                                {u"updated_at"_s, u"2026-01-03T00:00:00.000Z"_s},
                                {u"updated_by"_s, kWorker}};
        const QJsonArray batch {QJsonObject {{u"mutation_id"_s, RowStamp::newId()},
                                             {u"table"_s, u"case_confidential_note"_s},
                                             {u"id"_s, note.value(u"id"_s)},
                                             {u"op"_s, u"insert"_s},
                                             {u"base_version"_s, 0},
                                             {u"row"_s, note}}};
        const QString result
            = m_central
                  ->scalarAs(kWorker,
                             u"SELECT sync.push('%1', '%2'::jsonb)::text"_s.arg(
                                 RowStamp::newId(),
                                 QString::fromUtf8(QJsonDocument(batch).toJson(
                                     QJsonDocument::Compact))),
                             &error)
                  .toString();
        QVERIFY2(result.contains(u"conflict"_s), qPrintable(result + error));
    }

    void cleanupTestCase() { m_central.reset(); }

    // No table, view, conflict or log line gives the note to anyone but her.
    void confidentialNotesReachOnlyTheirWorker()
    {
        QCOMPARE(secretsVisibleTo(kWorker), 2); // her note, and her own refused one
        for (const QString &login : kEveryone) {
            if (login != kWorker)
                QVERIFY2(secretsVisibleTo(login) == 0, qPrintable(login));
        }
        // Not even that it exists: the note's line of the change log, or the note's row.
        for (const QString &login : kEveryone) {
            if (login == kWorker)
                continue;
            const QVariant lines = m_central->scalarAs(
                login, u"SELECT count(*) FROM sync.change_log WHERE id = '%1'"_s.arg(m_noteId));
            QVERIFY2(!lines.isValid() || lines.toInt() == 0, qPrintable(login));
            const QVariant notes = m_central->scalarAs(
                login, u"SELECT count(*) FROM sportello.case_confidential_note"_s);
            QVERIFY2(!notes.isValid() || notes.toInt() == 0, qPrintable(login));
        }
    }

    void nobodyTakesSomeoneElsesCase_data()
    {
        QTest::addColumn<QString>("login");
        for (const QString &login : {kOtherWorker, kClerk, kCoordinator, kFirenze, kOfficer})
            QTest::newRow(qPrintable(login)) << login;
    }

    void nobodyTakesSomeoneElsesCase()
    {
        QFETCH(QString, login);
        // Refused outright, or (a login that cannot see the case) nothing to update.
        refused(login, u"UPDATE sportello.social_case SET assigned_to = session_user WHERE id = "
                       "'%1'"_s.arg(m_caseId));
        QCOMPARE(m_central
                     ->scalar(u"SELECT assigned_to FROM sportello.social_case WHERE id = '%1'"_s
                                  .arg(m_caseId))
                     .toString(),
                 kWorker);
    }

    // Only an active region administrator publishes the reference data.
    void theReferenceDataIsTheRegions()
    {
        const QString insert = u"INSERT INTO sportello.course (code, title, hours, provider, "
                               "mode, url) VALUES ('%1', 'Corso', 10, 'Regione', 'online', '')"_s;
        for (const QString &login : {kAdmin, kClerk, kCoordinator, kOfficer, kFirenze}) {
            QVERIFY2(refused(login, insert.arg(login)), qPrintable(login));
            QVERIFY2(refused(login, u"DELETE FROM sportello.competence_framework"_s),
                     qPrintable(login));
        }
        QString error;
        QVERIFY2(m_central->execAs(kRegionAdmin, insert.arg(u"EL-REG-01"_s), &error),
                 qPrintable(error));
        QVERIFY(refused(kAdmin, u"DELETE FROM sportello.course"_s));
        QCOMPARE(m_central->scalar(u"SELECT count(*) FROM sportello.course"_s).toInt(), 1);
        // Deactivated, the region's administrator writes nothing more.
        QVERIFY(CentralSchema::deactivate(QSqlDatabase::database(m_central->adminConnection()),
                                          kRegionAdmin, &error));
        QVERIFY(refused(kRegionAdmin, insert.arg(u"EL-REG-02"_s)));
        m_central->execAs(kRegionAdmin, u"DELETE FROM sportello.course"_s);
        QCOMPARE(m_central->scalar(u"SELECT count(*) FROM sportello.course"_s).toInt(), 1);
    }

    // The audit log is append-only, each event its own user's, at a time the region bounds.
    void theAuditLogCannotBeForged()
    {
        const QString event = u"INSERT INTO sportello.audit_event (id, municipality, at, "
                              "username, action, updated_at) VALUES ('%1', '102047', '%2', "
                              "'%3', 'open_record', '2026-01-01T00:00:00.000Z')"_s;
        QVERIFY(refused(kClerk, event.arg(RowStamp::newId(), u"2026-01-01T10:00:00.000Z"_s,
                                          kAdmin)));
        const QString future = RowStamp::newId();
        QString error;
        QVERIFY2(m_central->execAs(kClerk, event.arg(future, u"2099-01-01T10:00:00.000Z"_s, kClerk),
                                   &error),
                 qPrintable(error));
        QVERIFY(m_central
                    ->scalar(u"SELECT at::timestamptz <= received_at FROM sportello.audit_event "
                             "WHERE id = '%1'"_s.arg(future))
                    .toBool());
        for (const QString &login : kEveryone) {
            QVERIFY2(refused(login, u"UPDATE sportello.audit_event SET detail = 'x'"_s),
                     qPrintable(login));
            QVERIFY2(refused(login, u"DELETE FROM sportello.audit_event"_s), qPrintable(login));
        }
    }

    // The ledger, the change log and the staff table are the region's own.
    void theRegionsBookkeepingIsItsOwn()
    {
        for (const QString &login : kEveryone) {
            QVERIFY2(refused(login, u"SELECT count(*) FROM sync.applied_mutation"_s),
                     qPrintable(login));
            QVERIFY2(refused(login, u"DELETE FROM sync.applied_mutation"_s), qPrintable(login));
            QVERIFY2(refused(login, u"INSERT INTO sync.change_log (table_name, id, municipality, "
                                    "row_version) VALUES ('citizen', gen_random_uuid(), "
                                    "'102047', 1)"_s),
                     qPrintable(login));
            QVERIFY2(refused(login, u"DELETE FROM sync.change_log"_s), qPrintable(login));
            QVERIFY2(refused(login, u"UPDATE sportello.staff SET role = 'admin', active = true "
                                    "WHERE username = session_user"_s),
                     qPrintable(login));
            QVERIFY2(refused(login, u"INSERT INTO sync.region_staff VALUES (session_user, "
                                    "'region_admin', true)"_s),
                     qPrintable(login));
        }
        // Another desk's results are not another desk's to read.
        QCOMPARE(m_central
                     ->scalarAs(kWorker, u"SELECT count(*) FROM sync.conflict WHERE "
                                         "resolved_at IS NULL"_s)
                     .toInt(),
                 1);
        QCOMPARE(m_central
                     ->scalarAs(kOtherWorker, u"SELECT sync.mark_resolved(ARRAY(SELECT id FROM "
                                              "sync.conflict))"_s)
                     .toInt(),
                 0);
        // Region officers read the aggregate views, nothing else.
        QVERIFY(refused(kOfficer, u"SELECT count(*) FROM sportello.citizen"_s));
        QVERIFY(refused(kClerk, u"SELECT count(*) FROM region.open_cases"_s));
        QCOMPARE(m_central->scalarAs(kFirenze, u"SELECT count(*) FROM sportello.citizen"_s).toInt(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestHostileLogins)
#include "tst_hostilelogins.moc"
