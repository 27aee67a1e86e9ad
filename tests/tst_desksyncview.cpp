#include "models/access/staffrepository.h"
#include "models/db/database.h"
#include "models/registry/citizenrepository.h"
#include "models/registry/fiscalcode.h"
#include "testdatabase.h"
#include "widgets/common/dialogs.h"
#include "widgets/shell/datastatus.h"
#include "widgets/sync/conflictdialog.h"
#include "widgets/sync/desksyncview.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Sportello;

namespace {

const Session kAdmin {u"a.capo"_s, u"Anna Capo"_s, Role::Admin, u"102047"_s};
const Session kRossi {u"m.rossi"_s, u"Maria Rossi"_s, Role::Clerk, u"102047"_s};
const Session kVerdi {u"m.verdi"_s, u"Marco Verdi"_s, Role::Clerk, u"102047"_s};

} // namespace

// What a shared desk holds back from the region, as its people see it: a colleague's changes
// waiting in the status bar, and for the administrator the waiting changes (handed over to
// a colleague of the same role) and the rows set aside.
class TestDeskSyncView : public QObject
{
    Q_OBJECT

private slots:
    void aDepartedColleaguesChangesAreHandedOver()
    {
        TestDatabase db;
        QString error;
        for (const Session &s : {kAdmin, kRossi, kVerdi}) {
            StaffAccount a {s.username, s.displayName, s.role, s.municipality, true};
            QVERIFY2(StaffRepository(db.path()).create(a, u"password-lunga"_s, &error),
                     qPrintable(error));
        }
        StaffAccount social {u"s.greco"_s, u"Sara Greco"_s, Role::SocialWorker, u"102047"_s, true};
        QVERIFY(StaffRepository(db.path()).create(social, u"password-lunga"_s, &error));
        Citizen c;
        c.surname = u"Attesa"_s;
        c.givenNames = u"Lia"_s;
        c.sex = u'F';
        c.birthDate = QDate(1970, 5, 6);
        c.birthPlaceCode = u"F537"_s;
        c.fiscalCode
            = FiscalCode::compute({c.surname, c.givenNames, c.sex, c.birthDate, c.birthPlaceCode});
        QVERIFY(CitizenRepository(db.path()).create(kRossi, &c, &error));

        // Her colleague at the same desk sees that her change waits for her.
        DataStatus status(db.path(), kVerdi);
        QVERIFY2(status.text().contains(u"1 change(s) by Maria Rossi wait for their next "
                                        "sign-in"_s),
                 qPrintable(status.text()));
        DataStatus hers(db.path(), kRossi);
        QVERIFY(!hers.text().contains(u"wait for"_s));
        // And the sync's own dialog, the changes to check, says the same.
        ConflictDialog conflicts(db.path(), kVerdi);
        auto *others = conflicts.findChild<QLabel *>(u"othersWaiting"_s);
        QVERIFY(others);
        QVERIFY2(others->text().contains(u"by Maria Rossi"_s), qPrintable(others->text()));
        // Several colleagues are counted, each named in the tooltip.
        {
            QSqlQuery q(Db::connection(db.path()));
            QVERIFY(q.exec(u"UPDATE citizen SET phone = '0963 1', updated_by = 's.greco'"_s));
        }
        DataStatus admins(db.path(), kAdmin);
        QVERIFY2(admins.text().contains(u"2 change(s) of colleagues wait"_s),
                 qPrintable(admins.text()));
        QVERIFY(admins.toolTip().contains(u"by Sara Greco"_s));
        QVERIFY(admins.toolTip().contains(u"by Maria Rossi"_s));

        DeskSyncView view(db.path(), kAdmin);
        view.show();
        auto *waiting = view.findChild<QTableWidget *>(u"waitingChanges"_s);
        QCOMPARE(waiting->rowCount(), 2);
        QCOMPARE(waiting->item(0, 0)->text(), u"Maria Rossi"_s);
        QCOMPARE(waiting->item(0, 2)->text(), u"1"_s);
        auto *handOver = view.findChild<QPushButton *>(u"handOverButton"_s);
        QVERIFY(!handOver->isEnabled());
        waiting->selectRow(0);
        QVERIFY(handOver->isEnabled());

        // The choice offers the active colleagues with her role only.
        QStringList offered;
        QTimer::singleShot(0, this, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<QInputDialog *>(w); dialog && dialog->isVisible()) {
                    offered = dialog->comboBoxItems();
                    dialog->setTextValue(offered.value(0));
                    dialog->accept();
                }
            }
        });
        QTest::mouseClick(handOver, Qt::LeftButton);
        QCOMPARE(offered, QStringList {u"Marco Verdi (m.verdi)"_s});
        QCOMPARE(waiting->rowCount(), 2);
        QCOMPARE(waiting->item(0, 0)->text(), u"Marco Verdi"_s);
        QSqlQuery q(u"SELECT author, json_extract(payload, '$.updated_by') FROM outbox "
                    "WHERE table_name = 'citizen' AND op = 'insert'"_s,
                    Db::connection(db.path()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), kVerdi.username);
        QCOMPARE(q.value(1).toString(), kVerdi.username);
        QVERIFY(q.exec(u"SELECT count(*) FROM audit_event WHERE username = 'a.capo' AND "
                       "detail = '{\"changes\":1,\"to\":\"m.verdi\",\"what\":\"handed_over\"}'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void rowsSetAsideAreShownWithTheirReason()
    {
        TestDatabase db;
        QSqlQuery q(Db::connection(db.path()));
        QVERIFY(q.exec(u"INSERT INTO sync_setaside (table_name, row_id, row_version, login, "
                       "reason, recorded_at) VALUES ('appointment', 'a1b2c3d4-0000', 3, "
                       "'m.rossi', 'constraint: CHECK constraint failed: status IN (''booked'')', "
                       "'2026-12-01T08:00:00.000Z')"_s));
        DeskSyncView view(db.path(), kAdmin);
        auto *rows = view.findChild<QTableWidget *>(u"setAsideRows"_s);
        QCOMPARE(rows->rowCount(), 1);
        QCOMPARE(rows->item(0, 1)->text(), u"Appointment a1b2c3d4"_s);
        QCOMPARE(rows->item(0, 2)->text(), u"m.rossi"_s);
        QVERIFY2(rows->item(0, 3)->text().contains(u"does not accept"_s),
                 qPrintable(rows->item(0, 3)->text()));
    }

    // Citizens registered twice, offered for merging: the desk's record beside the other one
    // (retired by the schema-9 upgrade, or the region's, set aside by the sync), both opened.
    void citizensRegisteredTwiceAreOfferedForMerging()
    {
        TestDatabase db;
        const QString kept = db.addMarioRossi();
        QSqlQuery q(Db::connection(db.path()));
        QVERIFY(q.exec(u"INSERT INTO citizen (id, municipality, fiscal_code, surname, given_names, "
                       "sex, birth_date, birth_place_code, updated_at, deleted) VALUES "
                       "('ritirato', '102047', 'RSSMRA85T10A562S', 'Rossi', 'Mario Luigi', 'M', "
                       "'1985-12-10', 'A562', '2026-01-01T00:00:00.000Z', 1)"_s));
        QVERIFY(q.exec(u"INSERT INTO citizen_duplicate (citizen_id, kept_id, recorded_at) VALUES "
                       "('ritirato', '%1', '2026-12-01T08:00:00.000Z')"_s.arg(kept)));
        QVERIFY(
            q.exec(u"INSERT INTO sync_setaside (table_name, row_id, row_version, login, "
                   "reason, recorded_at, detail) VALUES ('citizen', 'regione-1', 4, "
                   "'m.rossi', 'constraint: UNIQUE constraint failed: citizen.municipality, "
                   "citizen.fiscal_code', '2026-12-02T08:00:00.000Z', "
                   "'{\"municipality\":\"102047\",\"fiscal_code\":\"RSSMRA85T10A562S\","
                   "\"surname\":\"Rossi\",\"given_names\":\"Mario\",\"sex\":\"M\","
                   "\"birth_date\":\"1985-12-10\",\"birth_place_code\":\"A562\","
                   "\"updated_by\":\"g.neri\",\"updated_at\":\"2026-11-30T10:00:00.000Z\"}')"_s));

        DeskSyncView view(db.path(), kAdmin);
        view.show();
        QSignalSpy opened(&view, &DeskSyncView::openCitizen);
        auto *table = view.findChild<QTableWidget *>(u"duplicateCitizens"_s);
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), u"RSSMRA85T10A562S"_s);
        QVERIFY(table->item(0, 1)->text().startsWith(u"Rossi Mario, born on 10/12/1985"_s));
        QVERIFY(table->item(0, 2)->text().contains(u"Mario Luigi"_s));
        QVERIFY(table->item(1, 2)->text().contains(u"the region's"_s));

        auto *openLocal = view.findChild<QPushButton *>(u"openLocalDuplicate"_s);
        auto *openOther = view.findChild<QPushButton *>(u"openOtherDuplicate"_s);
        auto *reviewed = view.findChild<QPushButton *>(u"duplicateReviewed"_s);
        table->selectRow(0);
        openLocal->click();
        openOther->click();
        QCOMPARE(opened.count(), 2);
        QCOMPARE(opened.at(0).at(0).toString(), kept);
        QCOMPARE(opened.at(1).at(0).toString(), u"ritirato"_s);

        table->selectRow(1); // the region's: not on this desk, shown as the sync read it
        QVERIFY(!reviewed->isEnabled());
        openLocal->click();
        QCOMPARE(opened.last().at(0).toString(), kept);
        Dialogs::setNextAnswer(QMessageBox::Ok);
        openOther->click();
        QCOMPARE(opened.count(), 3);
        QVERIFY2(Dialogs::lastText().contains(u"Last changed by g.neri"_s),
                 qPrintable(Dialogs::lastText()));

        table->selectRow(0);
        reviewed->click(); // merged by hand: off the list
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(table->item(0, 2)->text().contains(u"the region's"_s));
    }
};

QTEST_MAIN(TestDeskSyncView)
#include "tst_desksyncview.moc"
