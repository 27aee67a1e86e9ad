#include "models/access/auditdetail.h"
#include "models/access/auditlog.h"
#include "models/casework/casefile.h"
#include "models/casework/caserepository.h"
#include "models/common/language.h"
#include "models/db/database.h"
#include "models/registry/citizenrepository.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;
using namespace Sportello::Casework;

namespace {

const Session kWorker {u"s.greco"_s, u"Sara Greco"_s, Role::SocialWorker, u"102047"_s};

} // namespace

// What the access log says (issue 13): its details are stored structured and put into
// words in the reader's language, never an internal id or an English phrase on an Italian
// desk; it names the case that was opened, and records which notes and plans were added,
// not what they say.
class TestAuditDetail : public QObject
{
    Q_OBJECT

private slots:
    void detailsAreSentencesInTheReadersLanguage_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("italian");
        const auto d = [](const QString &what, const QVariantMap &values = {}) {
            return AuditLog::detail(what, values);
        };
        QTest::newRow("allocation") << d(u"allocation"_s, {{u"offered"_s, 389}, {u"revoked"_s, 0}})
                                    << u"Allocation: 389 seat(s) offered, 0 revoked"_s
                                    << u"Assegnazione: 389 posti offerti, 0 revocati"_s;
        QTest::newRow("refusal") << d(u"offer_answer"_s,
                                      {{u"status"_s, u"refused"_s}, {u"nursery"_s, u"N02"_s}})
                                 << u"Offer at N02: Refused"_s
                                 << u"Offerta al nido N02: Rinunciato"_s;
        QTest::newRow("stage") << d(u"round_state"_s, {{u"state"_s, u"final"_s}})
                               << u"Stage: Final ranking"_s << u"Fase: Graduatoria definitiva"_s;
        QTest::newRow("case state")
            << d(u"case_state"_s, {{u"from"_s, u"assessment"_s}, {u"to"_s, u"suspended"_s}})
            << u"State: from Assessment to Suspended"_s << u"Stato: da Valutazione a Sospesa"_s;
        QTest::newRow("fields") << d(u"fields"_s, {{u"fields"_s, QStringList {u"fiscal_code"_s}}})
                                << u"Changed: Fiscal code"_s << u"Modificati: Codice fiscale"_s;
        QTest::newRow("written before")
            << u"free text of an older desk"_s << u"free text of an older desk"_s
            << u"free text of an older desk"_s;
    }

    void detailsAreSentencesInTheReadersLanguage()
    {
        QFETCH(QString, stored);
        QFETCH(QString, english);
        QCOMPARE(AuditLog::describe(stored), english);
    }

    void theLogNamesTheCaseAndWhatWasAddedNotWhatItSays()
    {
        TestDatabase db;
        const QString citizen = db.addMarioRossi();
        CaseRequest r;
        r.citizenId = citizen;
        r.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        r.needArea = NeedArea::Income;
        r.summary = u"Affitto"_s;
        QString error;
        CaseRepository cases(db.path());
        QVERIFY(cases.recordRequest(TestDatabase::clerk(), &r, &error));
        SocialCase c;
        QVERIFY(cases.openCase(kWorker, r.id, kWorker.username, &c, &error));
        cases.recordOpened(kWorker, c.id);
        QVERIFY(cases.addNote(kWorker, c.id, u"Segreto di famiglia"_s, true, QString(), &error));
        Plan plan;
        plan.agreedOn = QDate(2026, 11, 2);
        plan.measure = u"municipal"_s;
        plan.goals = u"Lavoro"_s;
        plan.reviewOn = QDate(2027, 2, 2);
        plan.actions << PlanAction {QString(),         u"Curriculum"_s,     Responsible::Citizen,
                                    QString(),         QDate(2026, 12, 20), QDate(),
                                    ActionStatus::Open};
        QVERIFY2(CaseFile(db.path(), c.id).savePlan(kWorker, &plan, &error), qPrintable(error));

        const QList<AuditLog::Event> events
            = AuditLog::events(Db::connection(db.path()), u"social_case"_s, c.id, 20);
        QStringList details;
        for (const AuditLog::Event &e : events) {
            QVERIFY2(e.subject.startsWith(c.number + u", Rossi Mario"_s), qPrintable(e.subject));
            details << AuditLog::describe(e.detail);
            QVERIFY(!e.detail.contains(u"Segreto"_s));
        }
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const AuditLog::Event &e) {
            return e.action == AuditLog::Action::OpenRecord;
        }));
        QVERIFY2(std::any_of(details.cbegin(), details.cend(),
                             [](const QString &t) {
                                 return t.startsWith(u"Confidential note of "_s)
                                     && t.endsWith(u" added"_s);
                             }),
                 qPrintable(details.join(u" | "_s)));
        QVERIFY(details.contains(u"Personalised plan agreed on 02/11/2026 saved"_s));
    }

    // Last: the translator stays installed.
    void inItalian_data() { detailsAreSentencesInTheReadersLanguage_data(); }
    void inItalian()
    {
        QFETCH(QString, stored);
        QFETCH(QString, italian);
        static const bool installed = Language::install(u"it"_s) == u"it"_s;
        QVERIFY(installed);
        QCOMPARE(AuditLog::describe(stored), italian);
    }
};

QTEST_GUILESS_MAIN(TestAuditDetail)
#include "tst_auditdetail.moc"
