#include "models/casework/caserepository.h"
#include "models/dashboard/localfigures.h"
#include "models/db/database.h"
#include "models/db/localstate.h"
#include "testdatabase.h"
#include "widgets/casework/intakedialog.h"
#include "widgets/common/emphasis.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;

// What the desk tells a person after they act (issue 13): a problem said when saving goes as
// soon as they change the form; the counts of changes to send agree wherever they are shown.
class TestFeedback : public QObject
{
    Q_OBJECT

private slots:
    void aProblemGoesOnceThePersonFixesTheForm()
    {
        TestDatabase db;
        const QString citizen = db.addMarioRossi();
        IntakeDialog dialog(db.path(), TestDatabase::clerk(), citizen);
        dialog.show();
        auto *problem = dialog.findChild<QLabel *>(u"intakeProblem"_s);
        auto *summary = dialog.findChild<QPlainTextEdit *>(u"intakeSummary"_s);
        summary->clear();
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"intakeSave"_s), Qt::LeftButton);
        QVERIFY(!problem->text().isEmpty()); // nothing asked yet
        QTest::keyClicks(summary, u"Chiede"_s);
        QVERIFY2(problem->text().isEmpty(), qPrintable(problem->text()));
    }

    void theChangesToSendAreCountedAlikeEverywhere()
    {
        TestDatabase db;
        db.addMarioRossi(); // a citizen and the audit event of it
        const Dashboard::Figures figures
            = Dashboard::localFigures(db.path(), TestDatabase::clerk(), QDate::currentDate());
        qint64 shown = 0;
        for (const auto &value : figures.syncHealth.values.at(0))
            shown += value.value_or(0);
        QCOMPARE(shown, LocalState::pendingChanges(db.path()));
        QCOMPARE(shown, 1);
    }
};

QTEST_MAIN(TestFeedback)
#include "tst_feedback.moc"
