#include "models/access/auditdetail.h"
#include "models/access/auditlog.h"
#include "models/access/passwordhasher.h"
#include "models/access/session.h"
#include "models/access/staffrepository.h"
#include "models/db/database.h"
#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;

namespace {

StaffAccount account(const QString &username, Role role)
{
    return {username, u"Anna Verdi"_s, role, u"102047"_s, true};
}

} // namespace

class tst_StaffRepository final : public QObject
{
    Q_OBJECT

private slots:
    void passwordsAreArgon2idHashes();
    void signInGivesTheRoleAndIsAudited();
    void wrongPasswordUnknownUserAndDisabledAccountAreRefused();
    void unlockingChecksThePasswordWithoutANewSignIn();
    void badAccountsAreRefused_data();
    void badAccountsAreRefused();
    void lastAdministratorCannotBeRemoved();
    void rolesDecidePermissions();
};

void tst_StaffRepository::passwordsAreArgon2idHashes()
{
    const QString hash = PasswordHasher::hash(u"correct horse"_s);
    QVERIFY(hash.startsWith(u"$argon2id$"_s));
    QVERIFY(hash != PasswordHasher::hash(u"correct horse"_s)); // salted
    QVERIFY(PasswordHasher::verify(hash, u"correct horse"_s));
    QVERIFY(!PasswordHasher::verify(hash, u"Correct horse"_s));
    QVERIFY(!PasswordHasher::verify(QString(), QString()));

    TestDatabase db;
    QString error;
    QVERIFY(StaffRepository(db.path()).create(account(u"anna"_s, Role::Clerk), u"segreta-123"_s,
                                              &error));
    QSqlQuery query(u"SELECT password_hash FROM staff_account"_s, Db::connection(db.path()));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toString().startsWith(u"$argon2id$"_s));
    QVERIFY(!query.value(0).toString().contains(u"segreta"_s));
}

void tst_StaffRepository::signInGivesTheRoleAndIsAudited()
{
    TestDatabase db;
    StaffRepository staff(db.path());
    QString error;
    QVERIFY(!staff.hasAccounts());
    QVERIFY2(staff.create(account(u"a.verdi"_s, Role::SocialWorker), u"segreta-123"_s, &error),
             qPrintable(error));
    QVERIFY(staff.hasAccounts());
    const auto session = staff.signIn(u" a.verdi "_s, u"segreta-123"_s);
    QVERIFY(session);
    QCOMPARE(session->role, Role::SocialWorker);
    QCOMPARE(session->municipality, u"102047"_s);
    const auto events = AuditLog::events(Db::connection(db.path()), QString(), QString(), 5);
    QCOMPARE(events.first().action, AuditLog::Action::Login);
    QCOMPARE(events.first().username, u"a.verdi"_s);
}

void tst_StaffRepository::wrongPasswordUnknownUserAndDisabledAccountAreRefused()
{
    TestDatabase db;
    StaffRepository staff(db.path());
    QString error;
    QVERIFY(staff.create(account(u"boss"_s, Role::Admin), u"segreta-123"_s, &error));
    QVERIFY(staff.create(account(u"anna"_s, Role::Clerk), u"segreta-123"_s, &error));
    QVERIFY(!staff.signIn(u"anna"_s, u"segreta-124"_s));
    QVERIFY(!staff.signIn(u"nobody"_s, u"segreta-123"_s));
    QVERIFY(!staff.signIn(u"anna' OR '1'='1"_s, u"' OR '1'='1"_s));
    StaffAccount anna = *staff.find(u"anna"_s);
    anna.active = false;
    QVERIFY(staff.update(anna, &error));
    QVERIFY(!staff.signIn(u"anna"_s, u"segreta-123"_s));
    const auto events = AuditLog::events(Db::connection(db.path()), QString(), QString(), 10);
    QCOMPARE(std::count_if(events.cbegin(), events.cend(),
                           [](const AuditLog::Event &e) {
                               return e.action == AuditLog::Action::LoginFailed;
                           }),
             4);
    QVERIFY(staff.setPassword(u"boss"_s, u"nuova-password"_s, &error));
    QVERIFY(staff.signIn(u"boss"_s, u"nuova-password"_s));
}

void tst_StaffRepository::unlockingChecksThePasswordWithoutANewSignIn()
{
    TestDatabase db;
    StaffRepository staff(db.path());
    QString error;
    QVERIFY(staff.create(account(u"boss"_s, Role::Admin), u"segreta-123"_s, &error));
    QVERIFY(staff.create(account(u"anna"_s, Role::Clerk), u"segreta-123"_s, &error));
    const QSqlDatabase conn = Db::connection(db.path());
    QVERIFY(staff.verifyPassword(u"anna"_s, u"segreta-123"_s));
    QVERIFY(AuditLog::events(conn, QString(), QString(), 10).isEmpty()); // still signed in
    QVERIFY(!staff.verifyPassword(u"anna"_s, u"segreta-124"_s));
    QVERIFY(!staff.verifyPassword(u"nobody"_s, u"segreta-123"_s));
    StaffAccount anna = *staff.find(u"anna"_s);
    anna.active = false;
    QVERIFY(staff.update(anna, &error));
    QVERIFY(!staff.verifyPassword(u"anna"_s, u"segreta-123"_s)); // disabled meanwhile
    const auto events = AuditLog::events(conn, QString(), QString(), 10);
    QCOMPARE(events.size(), 3);
    for (const AuditLog::Event &e : events) {
        QCOMPARE(e.action, AuditLog::Action::LoginFailed);
        QCOMPARE(AuditLog::describe(e.detail), u"Unlocking the desk"_s);
    }
    QCOMPARE(events.last().username, u"anna"_s);
}

void tst_StaffRepository::badAccountsAreRefused_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::newRow("short password") << u"anna"_s << u"Anna"_s << u"1234567"_s;
    QTest::newRow("no name") << u"anna"_s << u"  "_s << u"segreta-123"_s;
    QTest::newRow("username with quote") << u"an'na"_s << u"Anna"_s << u"segreta-123"_s;
    QTest::newRow("username too long") << QString(64, u'a') << u"Anna"_s << u"segreta-123"_s;
    QTest::newRow("huge password") << u"anna"_s << u"Anna"_s << QString(10000, u'x');
}

void tst_StaffRepository::badAccountsAreRefused()
{
    QFETCH(QString, username);
    QFETCH(QString, name);
    QFETCH(QString, password);
    TestDatabase db;
    StaffAccount a = account(username, Role::Clerk);
    a.displayName = name;
    QString error;
    QVERIFY(!StaffRepository(db.path()).create(a, password, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!StaffRepository(db.path()).hasAccounts());
}

void tst_StaffRepository::lastAdministratorCannotBeRemoved()
{
    TestDatabase db;
    StaffRepository staff(db.path());
    QString error;
    QVERIFY(staff.create(account(u"boss"_s, Role::Admin), u"segreta-123"_s, &error));
    StaffAccount boss = *staff.find(u"boss"_s);
    boss.role = Role::Clerk;
    QVERIFY(!staff.update(boss, &error));
    QVERIFY(error.contains(u"administrator"_s));
    QVERIFY(staff.create(account(u"boss2"_s, Role::Admin), u"segreta-123"_s, &error));
    QVERIFY(staff.update(boss, &error));
    QCOMPARE(staff.find(u"boss"_s)->role, Role::Clerk);
}

void tst_StaffRepository::rolesDecidePermissions()
{
    const Session clerk {u"c"_s, u"C"_s, Role::Clerk, u"102047"_s};
    const Session social {u"s"_s, u"S"_s, Role::SocialWorker, u"102047"_s};
    const Session admin {u"a"_s, u"A"_s, Role::Admin, u"102047"_s};
    QVERIFY(clerk.can(Permission::EditCitizens));
    QVERIFY(clerk.can(Permission::DeleteCitizens));
    QVERIFY(!clerk.can(Permission::ManageStaff));
    QVERIFY(!social.can(Permission::DeleteCitizens));
    QVERIFY(!social.can(Permission::ViewAudit));
    QVERIFY(admin.can(Permission::ManageStaff));
    QVERIFY(admin.can(Permission::ViewAudit));
    for (Role r : Roles::all()) {
        Role back = Role::Admin;
        QVERIFY(Roles::fromId(Roles::id(r), &back));
        QCOMPARE(back, r);
    }
}

QTEST_GUILESS_MAIN(tst_StaffRepository)
#include "tst_staffrepository.moc"
