#include "models/casework/agenda.h"
#include "models/casework/casefile.h"
#include "models/casework/caserepository.h"
#include "models/db/database.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;
using namespace Sportello::Casework;

namespace {

const Session kWorker {u"s.greco"_s, u"Sara Greco"_s, Role::SocialWorker, u"102047"_s};
const Session kNidi {u"l.nidi"_s, u"Lucia Nidi"_s, Role::Coordinator, u"102047"_s};

QDateTime tomorrowAt(int hour, int minute = 0)
{
    return QDateTime(QDate::currentDate().addDays(1), QTime(hour, minute), Qt::UTC);
}

} // namespace

// The social workers' agenda and the reminders drawn from their caseload.
class TestAgenda : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_citizen;

    Appointment at(const QDateTime &start, int minutes = 30) const
    {
        Appointment a;
        a.worker = kWorker.username;
        a.citizenId = m_citizen;
        a.startsAt = start;
        a.endsAt = start.addSecs(minutes * 60);
        a.purpose = u"Primo colloquio"_s;
        return a;
    }

    QString openCase()
    {
        CaseRequest r;
        r.citizenId = m_citizen;
        r.receivedAt = QDateTime::currentDateTimeUtc();
        r.summary = u"Richiesta"_s;
        QString error;
        CaseRepository cases(m_db->path());
        if (!cases.recordRequest(TestDatabase::clerk(), &r, &error))
            qFatal("%s", qPrintable(error));
        SocialCase c;
        if (!cases.openCase(kWorker, r.id, kWorker.username, &c, &error))
            qFatal("%s", qPrintable(error));
        return c.id;
    }

    void sql(const QString &statement) const
    {
        QSqlQuery q(Db::connection(m_db->path()));
        if (!q.exec(statement))
            qFatal("%s", qPrintable(statement));
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_citizen = m_db->addMarioRossi();
    }

    void cleanup() { m_db.reset(); }

    void bookingAtTheDesk()
    {
        Agenda agenda(m_db->path());
        QString error;
        Appointment first = at(tomorrowAt(9));
        QVERIFY2(agenda.book(TestDatabase::clerk(), &first, &error), qPrintable(error));
        QCOMPARE(first.bookedBy, TestDatabase::clerk().username);
        Appointment second = at(tomorrowAt(11));
        QVERIFY(agenda.book(TestDatabase::clerk(), &second, &error));

        Appointment overlapping = at(tomorrowAt(9, 15));
        QVERIFY(!agenda.book(TestDatabase::clerk(), &overlapping, &error));
        QVERIFY2(error.contains(u"already has an appointment"_s), qPrintable(error));
        Appointment backwards = at(tomorrowAt(10), -20);
        QVERIFY(!agenda.book(TestDatabase::clerk(), &backwards, &error));
        QVERIFY(error.contains(u"end after it starts"_s));
        Appointment past = at(QDateTime::currentDateTimeUtc().addDays(-1));
        QVERIFY(!agenda.book(TestDatabase::clerk(), &past, &error));
        Appointment noPurpose = at(tomorrowAt(15));
        noPurpose.purpose.clear();
        QVERIFY(!agenda.book(TestDatabase::clerk(), &noPurpose, &error));
        Appointment byCoordinator = at(tomorrowAt(16));
        QVERIFY(!agenda.book(kNidi, &byCoordinator, &error));

        const QDateTime day = tomorrowAt(0);
        QList<Appointment> list = agenda.of(kWorker.username, day, day.addDays(1));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().id, first.id);

        // The clerk may cancel; only the worker records how it went.
        QVERIFY(
            !agenda.setStatus(TestDatabase::clerk(), first.id, AppointmentStatus::Held, &error));
        QVERIFY(agenda.setStatus(kWorker, first.id, AppointmentStatus::Held, &error));
        QVERIFY(agenda.setStatus(TestDatabase::clerk(), second.id, AppointmentStatus::Cancelled,
                                 &error));
        list = agenda.of(kWorker.username, day, day.addDays(1));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().status, AppointmentStatus::Held);
        // A cancelled slot is free again.
        Appointment again = at(tomorrowAt(11));
        QVERIFY2(agenda.book(TestDatabase::clerk(), &again, &error), qPrintable(error));
    }

    void remindersFromTheCaseload()
    {
        const QDate today = QDate::currentDate();
        const QString planned = openCase();
        CaseFile file(m_db->path(), planned);
        Plan plan {QString(),
                   today.addDays(-40),
                   u"municipal"_s,
                   u"Casa"_s,
                   today.addDays(-1),
                   {PlanAction {QString(), u"Domanda di alloggio"_s, Responsible::Citizen,
                                QString(), today.addDays(-2), QDate(), ActionStatus::Open},
                    PlanAction {QString(), u"Colloquio CPI"_s, Responsible::Citizen, QString(),
                                today.addDays(-3), QDate(), ActionStatus::Done}}};
        QString error;
        QVERIFY2(file.savePlan(kWorker, &plan, &error), qPrintable(error));
        const QString bare = openCase();
        Plan empty {QString(), today, u"municipal"_s, u"Lavoro"_s, today.addDays(30), {}};
        QVERIFY(CaseFile(m_db->path(), bare).savePlan(kWorker, &empty, &error));
        const QString idle = openCase();
        sql(u"UPDATE social_case SET last_activity = '2020-01-01T00:00:00.000Z', "
            "opened_at = '2020-01-01T00:00:00.000Z' WHERE id = '%1'"_s.arg(idle));

        QStringList kinds;
        for (const Reminder &r : reminders(m_db->path(), kWorker.username, today, 60)) {
            const char *names[] = {"review", "action", "no-actions", "idle", "no-assessment"};
            kinds << QString::fromLatin1(names[int(r.kind)]) + u'@'
                    + (r.caseId == planned    ? u"planned"_s
                           : r.caseId == bare ? u"bare"_s
                                              : u"idle"_s);
        }
        kinds.sort();
        QCOMPARE(kinds,
                 QStringList({u"action@planned"_s, u"idle@idle"_s, u"no-actions@bare"_s,
                              u"no-assessment@idle"_s, u"review@planned"_s}));
        QVERIFY(reminders(m_db->path(), u"s.bruno"_s, today).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAgenda)
#include "tst_agenda.moc"
