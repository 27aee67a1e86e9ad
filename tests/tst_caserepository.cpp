#include "models/access/auditdetail.h"
#include "models/access/auditlog.h"
#include "models/casework/agenda.h"
#include "models/casework/casefile.h"
#include "models/casework/caserepository.h"
#include "models/common/textlimits.h"
#include "models/db/database.h"
#include "models/registry/citizenrepository.h"
#include "models/registry/fiscalcode.h"
#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;
using namespace Sportello::Casework;

namespace {

const Session kWorker {u"s.greco"_s, u"Sara Greco"_s, Role::SocialWorker, u"102047"_s};
const Session kOther {u"s.bruno"_s, u"Sergio Bruno"_s, Role::SocialWorker, u"102047"_s};
const Session kNidi {u"l.nidi"_s, u"Lucia Nidi"_s, Role::Coordinator, u"102047"_s};

} // namespace

// Intake, taking charge, the workflow and notes on a real SQLite file: each write whole or
// not at all, and each role kept to what it may do.
class TestCaseRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_citizen;

    int count(const QString &table) const
    {
        QSqlQuery q(u"SELECT count(*) FROM "_s + table, Db::connection(m_db->path()));
        return q.next() ? q.value(0).toInt() : -1;
    }

    CaseRequest request() const
    {
        CaseRequest r;
        r.citizenId = m_citizen;
        r.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        r.channel = Channel::Phone;
        r.needArea = NeedArea::Income;
        r.summary = u"Chiede un sostegno per l'affitto"_s;
        return r;
    }

    SocialCase openedCase()
    {
        CaseRequest r = request();
        QString error;
        if (!CaseRepository(m_db->path()).recordRequest(TestDatabase::clerk(), &r, &error))
            qFatal("%s", qPrintable(error));
        SocialCase c;
        if (!CaseRepository(m_db->path()).openCase(kWorker, r.id, kWorker.username, &c, &error))
            qFatal("%s", qPrintable(error));
        return c;
    }

    void addPreliminaryAssessmentAndPlan(const QString &caseId)
    {
        QSqlQuery q(Db::connection(m_db->path()));
        QVERIFY(
            q.exec(u"INSERT INTO case_assessment (id, municipality, case_id, kind, assessed_on, "
                   "scores, summary, assessed_by, updated_at) VALUES ('a1', '102047', '%1', "
                   "'preliminary', '2026-01-01', '{}', 'ok', 's.greco', 'x')"_s.arg(caseId)));
        QVERIFY(q.exec(u"INSERT INTO case_plan (id, municipality, case_id, agreed_on, measure, "
                       "goals, review_on, updated_at) VALUES ('p1', '102047', '%1', '2026-01-01', "
                       "'municipal', 'casa', '2026-06-01', 'x')"_s.arg(caseId)));
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY(m_db->isValid());
        m_citizen = m_db->addMarioRossi();
    }

    void cleanup() { m_db.reset(); }

    void intakeAtTheDesk()
    {
        CaseRepository cases(m_db->path());
        CaseRequest r = request();
        QString error;
        QVERIFY2(cases.recordRequest(TestDatabase::clerk(), &r, &error), qPrintable(error));
        QVERIFY(r.number.startsWith(u"R-%1-"_s.arg(r.receivedAt.date().year())));
        QCOMPARE(r.number.size(), 13);
        const auto stored = cases.request(r.id);
        QVERIFY(stored);
        QCOMPARE(stored->summary, r.summary);
        QCOMPARE(stored->recordedBy, TestDatabase::clerk().username);
        QCOMPARE(cases.requestsOf(m_citizen).size(), 1);

        // Bad input: nothing written.
        CaseRequest empty = request();
        empty.summary = u"  "_s;
        QVERIFY(!cases.recordRequest(TestDatabase::clerk(), &empty, &error));
        CaseRequest future = request();
        future.receivedAt = QDateTime::currentDateTimeUtc().addDays(2);
        QVERIFY(!cases.recordRequest(TestDatabase::clerk(), &future, &error));
        QVERIFY(error.contains(u"future"_s));
        CaseRequest stranger = request();
        stranger.citizenId = u"nobody"_s;
        QVERIFY(!cases.recordRequest(TestDatabase::clerk(), &stranger, &error));
        QVERIFY(!cases.recordRequest(kNidi, &r, &error)); // not a coordinator's work
        QCOMPARE(count(u"case_request"_s), 1);
    }

    // The long texts of casework have bounds, held by the models whatever writes: over them,
    // nothing is written and the message says the bound.
    void longTextsAreBoundedWithAMessage()
    {
        QString error;
        CaseRequest r = request();
        r.summary = QString(TextLimits::kText + 1, u'x');
        QVERIFY(!CaseRepository(m_db->path()).recordRequest(TestDatabase::clerk(), &r, &error));
        QCOMPARE(error, u"Summary: at most 4000 characters, 4001 are written."_s);
        QCOMPARE(count(u"case_request"_s), 0);
        r.summary = QString(TextLimits::kText, u'x');
        QVERIFY2(CaseRepository(m_db->path()).recordRequest(TestDatabase::clerk(), &r, &error),
                 qPrintable(error));

        const SocialCase c = openedCase();
        QVERIFY(
            !CaseRepository(m_db->path())
                 .addNote(kWorker, c.id, QString(TextLimits::kNote + 1, u'n'), false, {}, &error));
        QVERIFY2(error.startsWith(u"Note: at most 20000 characters"_s), qPrintable(error));

        Plan p;
        p.agreedOn = QDate::currentDate();
        p.reviewOn = p.agreedOn.addMonths(6);
        p.measure = u"municipal"_s;
        p.goals = QString(TextLimits::kText + 1, u'g');
        QVERIFY(planProblem(p).startsWith(u"Goals: at most 4000 characters"_s));
        Appointment a;
        a.worker = kWorker.username;
        a.purpose = QString(TextLimits::kLine + 1, u'p');
        a.startsAt = QDateTime::currentDateTimeUtc().addDays(1);
        a.endsAt = a.startsAt.addSecs(1800);
        QVERIFY(Agenda(m_db->path())
                    .problem(TestDatabase::clerk(), a)
                    .startsWith(u"Purpose: at most 200 characters"_s));
    }

    void takingChargeAndTheWorkflow()
    {
        CaseRepository cases(m_db->path());
        const SocialCase c = openedCase();
        QCOMPARE(c.status, CaseStatus::Intake);
        QCOMPARE(cases.request(cases.requestsOf(m_citizen).first().id)->caseId, c.id);
        QString error;
        // Only social workers work on cases; a request is taken in charge once.
        QVERIFY(!cases.transition(TestDatabase::clerk(), c.id, CaseStatus::Assessment, u"x"_s,
                                  QDateTime::currentDateTimeUtc(), &error));
        QVERIFY(!cases.openCase(kWorker, cases.requestsOf(m_citizen).first().id, kWorker.username,
                                nullptr, &error));
        QVERIFY(error.contains(u"already"_s));
        // A colleague of the same service may add to the file, not move its steps.
        const Session colleague {u"m.ferri"_s, u"Marco Ferri"_s, Role::SocialWorker, u"102047"_s};
        QVERIFY(!cases.transition(colleague, c.id, CaseStatus::Assessment, u"colloquio"_s,
                                  QDateTime::currentDateTimeUtc(), &error));
        QVERIFY2(error.contains(u"handed over"_s), qPrintable(error));
        QCOMPARE(cases.find(c.id)->status, CaseStatus::Intake);

        const int events = count(u"case_event"_s);
        QVERIFY(!cases.transition(kWorker, c.id, CaseStatus::ActivePlan, u"salto"_s,
                                  QDateTime::currentDateTimeUtc(), &error));
        QVERIFY(error.contains(u"cannot go from"_s));
        QVERIFY(!cases.transition(kWorker, c.id, CaseStatus::Assessment, QString(),
                                  QDateTime::currentDateTimeUtc(), &error));
        QVERIFY(!cases.transition(kWorker, c.id, CaseStatus::Assessment, u"x"_s,
                                  c.openedAt.addDays(-1), &error));
        QCOMPARE(count(u"case_event"_s), events); // nothing half-written

        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY2(cases.transition(kWorker, c.id, CaseStatus::Assessment, u"primo colloquio"_s, now,
                                  &error),
                 qPrintable(error));
        QVERIFY(!cases.transition(kWorker, c.id, CaseStatus::ActivePlan, u"patto"_s, now, &error));
        QVERIFY(error.contains(u"preliminary assessment"_s));
        addPreliminaryAssessmentAndPlan(c.id);
        QVERIFY2(cases.transition(kWorker, c.id, CaseStatus::ActivePlan, u"patto firmato"_s, now,
                                  &error),
                 qPrintable(error));
        QVERIFY(cases.transition(kWorker, c.id, CaseStatus::Suspended, u"ricovero"_s, now, &error));
        QCOMPARE(cases.find(c.id)->resumeStatus, CaseStatus::ActivePlan);
        QVERIFY(cases.transition(kWorker, c.id, CaseStatus::ActivePlan, u"dimesso"_s, now, &error));
        QVERIFY(cases.transition(kWorker, c.id, CaseStatus::Closed, u"obiettivi raggiunti"_s, now,
                                 &error));
        const SocialCase closed = *cases.find(c.id);
        QCOMPARE(closed.closingReason, u"obiettivi raggiunti"_s);

        // A closed case is not edited.
        QVERIFY(!cases.addNote(kWorker, c.id, u"dopo"_s, false, QString(), &error));
        QVERIFY(error.contains(u"closed"_s));
        QVERIFY(!cases.assign(kWorker, c.id, kOther.username, u"ferie"_s, &error));

        // The timeline says it all, in order.
        QStringList kinds;
        for (const CaseEvent &e : cases.timeline(c.id))
            kinds << e.kind + (e.toStatus ? u":"_s + caseStatusId(*e.toStatus) : QString());
        QCOMPARE(kinds,
                 QStringList({u"opened:intake"_s, u"assigned"_s, u"transition:assessment"_s,
                              u"transition:active_plan"_s, u"transition:suspended"_s,
                              u"transition:active_plan"_s, u"transition:closed"_s}));
        QCOMPARE(cases.caseload(kWorker.username).size(), 0);
    }

    void confidentialNotesStayWithTheAssignedWorker()
    {
        CaseRepository cases(m_db->path());
        const SocialCase c = openedCase();
        QString error;
        QVERIFY(cases.addNote(kWorker, c.id, u"Colloquio svolto"_s, false, QString(), &error));
        QVERIFY(cases.addNote(kWorker, c.id, u"Situazione di violenza"_s, true, QString(), &error));
        QVERIFY(!cases.addNote(kOther, c.id, u"x"_s, true, QString(), &error));
        QVERIFY(error.contains(u"assigned"_s));

        QCOMPARE(cases.notes(kWorker, c.id).size(), 2);
        QCOMPARE(cases.notes(kOther, c.id).size(), 1);
        QCOMPARE(cases.notes(TestDatabase::clerk(), c.id).size(), 0);
        // Reading confidential notes is audited.
        const auto events
            = AuditLog::events(Db::connection(m_db->path()), u"social_case"_s, c.id, 10);
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const AuditLog::Event &e) {
            return e.action == AuditLog::Action::OpenRecord
                && AuditLog::describe(e.detail) == u"Confidential notes read"_s;
        }));
        // The citizen's access request finds that reading, by whom, under their name.
        const auto aboutHim = AuditLog::aboutCitizen(Db::connection(m_db->path()), c.citizenId, 50);
        QVERIFY(std::any_of(aboutHim.cbegin(), aboutHim.cend(), [](const AuditLog::Event &e) {
            return e.entity == u"social_case"_s && e.username == kWorker.username
                && AuditLog::describe(e.detail) == u"Confidential notes read"_s;
        }));
        QVERIFY(std::any_of(aboutHim.cbegin(), aboutHim.cend(), [](const AuditLog::Event &e) {
            return e.entity == u"case_request"_s && e.action == AuditLog::Action::Create;
        }));

        // Append-only: a correction is a new note naming the old one.
        const QString first = cases.notes(kWorker, c.id).first().id;
        QVERIFY(
            cases.addNote(kWorker, c.id, u"Colloquio svolto il 3 marzo"_s, false, first, &error));
        QCOMPARE(cases.notes(kWorker, c.id).last().corrects, first);
        QSqlQuery q(Db::connection(m_db->path()));
        QVERIFY(!q.exec(u"UPDATE case_note SET body = 'riscritta'"_s));
        QVERIFY(!q.exec(u"DELETE FROM case_confidential_note"_s));

        // Reassigned: the new worker reads them, the old one no longer.
        QVERIFY(cases.assign(kWorker, c.id, kOther.username, u"cambio di zona"_s, &error));
        QCOMPARE(cases.notes(kOther, c.id).size(), 3);
        QCOMPARE(cases.notes(kWorker, c.id).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "tst_caserepository.moc"
