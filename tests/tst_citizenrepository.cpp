#include "models/access/auditdetail.h"
#include "models/access/auditlog.h"
#include "models/db/database.h"
#include "models/db/localstate.h"
#include "models/registry/citizenrepository.h"
#include "models/registry/fiscalcode.h"
#include "models/registry/householdrepository.h"
#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;

namespace {

Citizen mario()
{
    Citizen c;
    c.fiscalCode = u"rssmra85t10a562s"_s; // stored upper case
    c.surname = u"  Rossi "_s;
    c.givenNames = u"Mario"_s;
    c.sex = u'M';
    c.birthDate = QDate(1985, 12, 10);
    c.birthPlaceCode = u"A562"_s;
    c.address = u"Via Roma 1, Vibo Valentia"_s;
    return c;
}

Citizen person(const QString &surname, const QString &given, QChar sex, const QDate &born)
{
    Citizen c;
    c.surname = surname;
    c.givenNames = given;
    c.sex = sex;
    c.birthDate = born;
    c.birthPlaceCode = u"F537"_s;
    c.fiscalCode = FiscalCode::compute({surname, given, sex, born, u"F537"_s});
    return c;
}

int count(const QString &path, const QString &sql)
{
    QSqlQuery query(sql, Db::connection(path));
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class tst_CitizenRepository final : public QObject
{
    Q_OBJECT

private slots:
    void createStoresNormalisedRowAuditAndOutbox();
    void badInputIsRefusedAndNothingIsWritten_data();
    void badInputIsRefusedAndNothingIsWritten();
    void quotesAndSqlTextAreStoredVerbatim();
    void updateRecordsWhichFieldsChanged();
    void softDeleteAndRestore();
    void duplicatesBySameCodeOrNameAndBirth();
    void aFiscalCodeIsOnePerson();
    void iseeLatestDeclaration();
    void householdMembers();
    void householdRefusesSecondHousehold();
};

void tst_CitizenRepository::createStoresNormalisedRowAuditAndOutbox()
{
    TestDatabase db;
    CitizenRepository repo(db.path());
    Citizen c = mario();
    QString error;
    QVERIFY2(repo.create(TestDatabase::clerk(), &c, &error), qPrintable(error));
    QCOMPARE(c.id.size(), 36);
    QCOMPARE(c.id.at(14), QChar(u'7')); // UUID version 7
    const auto stored = repo.find(c.id);
    QVERIFY(stored);
    QCOMPARE(stored->fiscalCode, u"RSSMRA85T10A562S"_s);
    QCOMPARE(stored->surname, u"Rossi"_s);
    QCOMPARE(stored->municipality, u"102047"_s);
    QCOMPARE(stored->updatedBy, u"m.rossi"_s);
    QCOMPARE(stored->rowVersion, 0);
    QVERIFY(stored->updatedAt.endsWith(u'Z'));
    QCOMPARE(repo.count(), 1);
    QCOMPARE(count(db.path(), u"SELECT count(*) FROM outbox WHERE table_name = 'citizen'"_s), 1);
    QCOMPARE(LocalState::pendingChanges(db.path()), 1); // its audit event travels too, uncounted
    const auto events = AuditLog::events(Db::connection(db.path()), u"citizen"_s, c.id, 10);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().action, AuditLog::Action::Create);
}

void tst_CitizenRepository::badInputIsRefusedAndNothingIsWritten_data()
{
    QTest::addColumn<Citizen>("citizen");
    QTest::addColumn<QString>("expected");
    Citizen c = mario();
    c.fiscalCode = u"RSSMRA85T10A562T"_s;
    QTest::newRow("invalid fiscal code") << c << u"check character"_s;
    c = mario();
    c.surname.clear();
    QTest::newRow("empty surname") << c << u"surname is required"_s;
    c = mario();
    c.givenNames = QString(10000, u'a');
    QTest::newRow("10,000-character name") << c << u"At most 100"_s;
    c = mario();
    c.birthDate = QDate::currentDate().addDays(1);
    QTest::newRow("born tomorrow") << c << u"future"_s;
    c = mario();
    c.birthDate = QDate();
    QTest::newRow("no birth date") << c << u"date of birth is required"_s;
    c = mario();
    c.birthPlaceCode = u"Z999"_s;
    QTest::newRow("unknown place") << c << u"Unknown place"_s;
    c = mario();
    c.email = u"mario@"_s;
    QTest::newRow("bad e-mail") << c << u"e-mail"_s;
    c = mario();
    c.givenNames = u"Mario<script>"_s;
    QTest::newRow("markup in a name") << c << u"Only letters"_s;
}

void tst_CitizenRepository::badInputIsRefusedAndNothingIsWritten()
{
    QFETCH(Citizen, citizen);
    QFETCH(QString, expected);
    TestDatabase db;
    CitizenRepository repo(db.path());
    QString error;
    QVERIFY(!repo.create(TestDatabase::clerk(), &citizen, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(count(db.path(), u"SELECT count(*) FROM citizen"_s), 0);
    QCOMPARE(count(db.path(), u"SELECT count(*) FROM outbox"_s), 0);
    QCOMPARE(count(db.path(), u"SELECT count(*) FROM audit_event"_s), 0);
}

void tst_CitizenRepository::quotesAndSqlTextAreStoredVerbatim()
{
    TestDatabase db;
    CitizenRepository repo(db.path());
    Citizen c = person(u"D'Amico"_s, u"Nicolò"_s, u'M', QDate(1996, 2, 29));
    c.address = u"Via dell'Agnolo 3'; DROP TABLE citizen; --"_s;
    c.phone = u"+39 0963 123456"_s;
    QString error;
    QVERIFY2(repo.create(TestDatabase::clerk(), &c, &error), qPrintable(error));
    const auto stored = repo.find(c.id);
    QCOMPARE(stored->address, c.address);
    QCOMPARE(stored->surname, u"D'Amico"_s);
    QCOMPARE(stored->givenNames, u"Nicolò"_s);
    QCOMPARE(count(db.path(), u"SELECT count(*) FROM citizen"_s), 1);
}

void tst_CitizenRepository::updateRecordsWhichFieldsChanged()
{
    TestDatabase db;
    CitizenRepository repo(db.path());
    Citizen c = mario();
    QString error;
    QVERIFY(repo.create(TestDatabase::clerk(), &c, &error));
    c.address = u"Corso Vittorio Emanuele III 12"_s;
    c.phone = u"333 1234567"_s;
    QVERIFY2(repo.update(TestDatabase::clerk(), c, &error), qPrintable(error));
    QCOMPARE(repo.find(c.id)->address, u"Corso Vittorio Emanuele III 12"_s);
    const auto events = AuditLog::events(Db::connection(db.path()), u"citizen"_s, c.id, 10);
    QCOMPARE(events.first().action, AuditLog::Action::Update);
    QCOMPARE(AuditLog::describe(events.first().detail), u"Changed: Address, Phone"_s);
    // Saving the same values again writes nothing.
    const int outbox = count(db.path(), u"SELECT count(*) FROM outbox"_s);
    QVERIFY(repo.update(TestDatabase::clerk(), c, &error));
    QCOMPARE(count(db.path(), u"SELECT count(*) FROM outbox"_s), outbox);
}

void tst_CitizenRepository::softDeleteAndRestore()
{
    TestDatabase db;
    CitizenRepository repo(db.path());
    Citizen c = mario();
    QString error;
    QVERIFY(repo.create(TestDatabase::clerk(), &c, &error));
    QVERIFY(repo.setDeleted(TestDatabase::clerk(), c.id, true, &error));
    QVERIFY(repo.find(c.id)->deleted); // the row stays: tombstone
    QCOMPARE(repo.count(), 0);
    QVERIFY(!repo.setDeleted(TestDatabase::clerk(), c.id, true, &error)); // already deleted
    QVERIFY(repo.setDeleted(TestDatabase::clerk(), c.id, false, &error));
    QCOMPARE(repo.count(), 1);
    QCOMPARE(repo.idsWithFiscalCode(u"RSSMRA85T10A562S"_s), QStringList {c.id});
}

void tst_CitizenRepository::duplicatesBySameCodeOrNameAndBirth()
{
    TestDatabase db;
    CitizenRepository repo(db.path());
    Citizen first = mario();
    QString error;
    QVERIFY(repo.create(TestDatabase::clerk(), &first, &error));

    Citizen sameCode = person(u"Verdi"_s, u"Luigi"_s, u'M', QDate(1970, 8, 1));
    sameCode.fiscalCode = first.fiscalCode;
    QCOMPARE(repo.duplicatesOf(sameCode).size(), 1);

    Citizen sameName = person(u"ROSSI"_s, u"mario"_s, u'M', QDate(1985, 12, 10));
    QCOMPARE(repo.duplicatesOf(sameName).value(0).id, first.id);

    Citizen other = person(u"Rossi"_s, u"Mario"_s, u'M', QDate(1986, 12, 10));
    QVERIFY(repo.duplicatesOf(other).isEmpty());
    QVERIFY(repo.duplicatesOf(first).isEmpty()); // not a duplicate of itself
}

// A second live record with a registered fiscal code is refused, by the repository and by
// the database under it; the same person may be registered in another municipality.
void tst_CitizenRepository::aFiscalCodeIsOnePerson()
{
    TestDatabase db;
    CitizenRepository repo(db.path());
    Citizen first = mario();
    QString error;
    QVERIFY(repo.create(TestDatabase::clerk(), &first, &error));

    Citizen second = mario();
    second.surname = u"Rossini"_s;
    QVERIFY(!repo.create(TestDatabase::clerk(), &second, &error));
    QVERIFY2(error.contains(u"RSSMRA85T10A562S is already registered for Rossi Mario"_s),
             qPrintable(error));
    QCOMPARE(repo.idsWithFiscalCode(u"RSSMRA85T10A562S"_s), QStringList {first.id});

    Session firenze = TestDatabase::clerk();
    firenze.municipality = u"048017"_s;
    Citizen there = mario();
    QVERIFY2(repo.create(firenze, &there, &error), qPrintable(error));

    // Another citizen cannot take the code by an edit, nor by undoing a deletion.
    Citizen luigi = person(u"Verdi"_s, u"Luigi"_s, u'M', QDate(1970, 8, 1));
    QVERIFY2(repo.create(TestDatabase::clerk(), &luigi, &error), qPrintable(error));
    Citizen edited = luigi;
    edited.fiscalCode = first.fiscalCode;
    QVERIFY(!repo.update(TestDatabase::clerk(), edited, &error));
    QVERIFY(error.contains(u"already registered"_s));
    QVERIFY(repo.setDeleted(TestDatabase::clerk(), first.id, true, &error));
    Citizen again = mario();
    QVERIFY2(repo.create(TestDatabase::clerk(), &again, &error), qPrintable(error));
    QVERIFY(!repo.setDeleted(TestDatabase::clerk(), first.id, false, &error));
    QVERIFY(error.contains(u"already registered"_s));

    // Nor by any other writer: the database refuses the row.
    QSqlQuery query(Db::connection(db.path()));
    QVERIFY(!query.exec(u"UPDATE citizen SET deleted = 0 WHERE id = '%1'"_s.arg(first.id)));
    QVERIFY(query.lastError().text().contains(u"UNIQUE"_s));
}

void tst_CitizenRepository::iseeLatestDeclaration()
{
    TestDatabase db;
    CitizenRepository repo(db.path());
    Citizen c = mario();
    QString error;
    QVERIFY(repo.create(TestDatabase::clerk(), &c, &error));
    QVERIFY(!repo.latestIsee(c.id));
    QVERIFY(repo.recordIsee(TestDatabase::clerk(), c.id, 1234567, QDate(2025, 12, 31), &error));
    QVERIFY(repo.recordIsee(TestDatabase::clerk(), c.id, 987654, QDate(2026, 12, 31), &error));
    const auto isee = repo.latestIsee(c.id);
    QCOMPARE(isee->valueCents, 987654);
    QVERIFY(!isee->expired(QDate(2026, 6, 1)));
    QVERIFY(isee->expired(QDate(2027, 1, 1)));
    QVERIFY(!repo.recordIsee(TestDatabase::clerk(), c.id, -5, QDate(2026, 12, 31), &error));
}

void tst_CitizenRepository::householdMembers()
{
    TestDatabase db;
    CitizenRepository repo(db.path());
    HouseholdRepository households(db.path());
    Citizen head = person(u"Greco"_s, u"Antonio"_s, u'M', QDate(1980, 3, 1));
    Citizen wife = person(u"Lo Russo"_s, u"Anna"_s, u'F', QDate(1982, 5, 2));
    Citizen son = person(u"Greco"_s, u"Luca"_s, u'M', QDate(2015, 9, 3));
    QString error;
    for (Citizen *c : {&head, &wife, &son})
        QVERIFY2(repo.create(TestDatabase::clerk(), c, &error), qPrintable(error));

    QVERIFY(!households.ofCitizen(head.id));
    QVERIFY2(
        households.addMember(TestDatabase::clerk(), head.id, wife.id, Relation::Spouse, &error),
        qPrintable(error));
    QVERIFY(households.addMember(TestDatabase::clerk(), wife.id, son.id, Relation::Child, &error));

    const auto fromSon = households.ofCitizen(son.id);
    QVERIFY(fromSon);
    QCOMPARE(fromSon->members.size(), 3);
    QCOMPARE(fromSon->members.first().citizenId, head.id);
    QCOMPARE(fromSon->members.first().relation, Relation::Head);
    QCOMPARE(fromSon->members.at(2).relation, Relation::Child);

    QVERIFY(households.setRelation(TestDatabase::clerk(), fromSon->members.at(1).memberId,
                                   Relation::Partner, &error));
    QCOMPARE(households.ofCitizen(wife.id)->members.at(1).relation, Relation::Partner);
    QVERIFY(
        households.removeMember(TestDatabase::clerk(), fromSon->members.at(2).memberId, &error));
    QCOMPARE(households.ofCitizen(head.id)->members.size(), 2);
    QVERIFY(!households.ofCitizen(son.id));
}

void tst_CitizenRepository::householdRefusesSecondHousehold()
{
    TestDatabase db;
    CitizenRepository repo(db.path());
    HouseholdRepository households(db.path());
    Citizen a = person(u"Bruno"_s, u"Paolo"_s, u'M', QDate(1970, 1, 1));
    Citizen b = person(u"Neri"_s, u"Sara"_s, u'F', QDate(1975, 1, 1));
    Citizen c = person(u"Costa"_s, u"Elia"_s, u'M', QDate(2000, 1, 1));
    QString error;
    for (Citizen *x : {&a, &b, &c})
        QVERIFY(repo.create(TestDatabase::clerk(), x, &error));
    QVERIFY(households.addMember(TestDatabase::clerk(), a.id, c.id, Relation::Child, &error));
    const int rows = count(db.path(), u"SELECT count(*) FROM household_member"_s);
    QVERIFY(!households.addMember(TestDatabase::clerk(), b.id, c.id, Relation::Child, &error));
    QVERIFY(error.contains(u"another household"_s));
    // Nothing half-written: b got no household of her own.
    QCOMPARE(count(db.path(), u"SELECT count(*) FROM household_member"_s), rows);
    QCOMPARE(count(db.path(), u"SELECT count(*) FROM household"_s), 1);
}

QTEST_GUILESS_MAIN(tst_CitizenRepository)
#include "tst_citizenrepository.moc"
