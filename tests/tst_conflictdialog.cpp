#include "models/db/database.h"
#include "models/db/localstate.h"
#include "models/registry/citizenrepository.h"
#include "models/registry/fiscalcode.h"
#include "models/sync/conflictstore.h"
#include "testdatabase.h"
#include "widgets/sync/conflictdialog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;

// Resolving a conflict field by field, on the real dialog offscreen.
class tst_ConflictDialog final : public QObject
{
    Q_OBJECT

private slots:
    void resolveFieldByField();
};

void tst_ConflictDialog::resolveFieldByField()
{
    TestDatabase db;
    Citizen c;
    c.surname = u"Greco"_s;
    c.givenNames = u"Anna"_s;
    c.sex = u'F';
    c.birthDate = QDate(1980, 5, 1);
    c.birthPlaceCode = u"F537"_s;
    c.fiscalCode = FiscalCode::compute({c.surname, c.givenNames, c.sex, c.birthDate, u"F537"_s});
    c.address = u"Via Roma 1"_s;
    QString error;
    QVERIFY(CitizenRepository(db.path()).create(TestDatabase::clerk(), &c, &error));

    // As a sync leaves it: the regional version in the row, this desk's in the conflict.
    QSqlQuery q(Db::connection(db.path()));
    QVERIFY(q.exec(u"DELETE FROM outbox"_s));
    QVERIFY(q.exec(u"UPDATE sync_control SET applying = 1"_s));
    QVERIFY(q.exec(u"UPDATE citizen SET row_version = 2"_s));
    QVERIFY(q.exec(u"UPDATE sync_control SET applying = 0"_s));
    QJsonObject theirs {{u"id"_s, c.id},
                        {u"municipality"_s, u"102047"_s},
                        {u"fiscal_code"_s, c.fiscalCode},
                        {u"surname"_s, u"Greco"_s},
                        {u"given_names"_s, u"Anna"_s},
                        {u"sex"_s, u"F"_s},
                        {u"birth_date"_s, u"1980-05-01"_s},
                        {u"birth_place_code"_s, u"F537"_s},
                        {u"address"_s, u"Via Roma 1"_s},
                        {u"phone"_s, u"0963 111"_s},
                        {u"email"_s, QJsonValue()},
                        {u"row_version"_s, 2},
                        {u"updated_at"_s, u"x"_s},
                        {u"updated_by"_s, u"m.rossi"_s},
                        {u"deleted"_s, 0}};
    QJsonObject mine = theirs;
    mine[u"address"_s] = u"Corso Umberto 9"_s;
    mine[u"phone"_s] = u"333 1234567"_s;
    mine[u"row_version"_s] = 1;
    q.prepare(u"INSERT INTO sync_conflict (id, table_name, row_id, reason, base_version, "
              "server_version, mine, theirs, recorded_at, author) VALUES ('k1', 'citizen', ?, "
              "'version', 1, 2, ?, ?, 'now', 'm.rossi')"_s);
    q.addBindValue(c.id);
    q.addBindValue(QString::fromUtf8(QJsonDocument(mine).toJson()));
    q.addBindValue(QString::fromUtf8(QJsonDocument(theirs).toJson()));
    QVERIFY(q.exec());

    // Her conflict: a colleague signed in at the same desk is not shown it.
    Session colleague = TestDatabase::clerk();
    colleague.username = u"m.verdi"_s;
    QCOMPARE(ConflictDialog(db.path(), colleague).openConflicts(), 0);
    ConflictDialog dialog(db.path(), TestDatabase::clerk());
    dialog.show();
    QCOMPARE(dialog.openConflicts(), 1);
    QCOMPARE(dialog.findChild<QListWidget *>(u"conflictList"_s)->item(0)->text(), u"Greco Anna"_s);
    auto *table = dialog.findChild<QTableWidget *>(u"conflictFields"_s);
    int addressRow = -1;
    int phoneRow = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == u"Address"_s)
            addressRow = row;
        if (table->item(row, 0)->text() == u"Phone"_s)
            phoneRow = row;
        QVERIFY(table->item(row, 0)->text() != u"row_version"_s); // sync columns are not fields
    }
    QVERIFY(addressRow >= 0 && phoneRow >= 0);
    QCOMPARE(table->item(addressRow, 1)->text(), u"Corso Umberto 9"_s);
    QCOMPARE(table->item(addressRow, 2)->text(), u"Via Roma 1"_s);
    QCOMPARE(table->item(addressRow, 2)->checkState(), Qt::Checked); // the region's by default

    // Keep this desk's address; ticking one side unticks the other.
    table->item(addressRow, 1)->setCheckState(Qt::Checked);
    QCOMPARE(table->item(addressRow, 2)->checkState(), Qt::Unchecked);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"resolveButton"_s), Qt::LeftButton);

    const auto resolved = CitizenRepository(db.path()).find(c.id);
    QCOMPARE(resolved->address, u"Corso Umberto 9"_s); // mine
    QCOMPARE(resolved->phone, u"0963 111"_s); // theirs
    QCOMPARE(ConflictStore(db.path()).openCount(u"m.rossi"_s), 0);
    QCOMPARE(dialog.openConflicts(), 0);
    // The resolution is an ordinary change based on the regional version.
    QVERIFY(q.exec(u"SELECT base_version FROM outbox WHERE table_name = 'citizen'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

QTEST_MAIN(tst_ConflictDialog)
#include "tst_conflictdialog.moc"
