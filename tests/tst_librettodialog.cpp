#include "models/competences/courses.h"
#include "models/competences/libretto.h"
#include "models/competences/repertoryimport.h"
#include "models/db/database.h"
#include "testdatabase.h"
#include "widgets/common/dateedits.h"
#include "widgets/competences/competencespanel.h"
#include "widgets/competences/librettodialog.h"
#include "widgets/competences/librettosection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace Sportello;
using namespace Sportello::Competences;

// The libretto at the desk, offscreen: from the citizen's record, an experience and a
// competence found in the repertory, certification checked, and the competence then
// showing who has it in the competences panel.
class TestLibrettoDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_citizen;

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_citizen = m_db->addMarioRossi();
        QFile sample(sampleRepertoryPath());
        QVERIFY(sample.open(QIODevice::ReadOnly));
        RepertoryImportReport report;
        QString error;
        QVERIFY(importRepertory(m_db->path(), sample.readAll(), &report, &error));
        QFile courses(sampleCoursesPath());
        QVERIFY(courses.open(QIODevice::ReadOnly));
        QCOMPARE(CourseCatalogue(m_db->path()).importCsv(courses.readAll(), &error), 6);
    }

    void cleanup()
    {
        Db::closeConnection(m_db->path());
        m_db.reset();
    }

    void fromTheRecordToTheLibretto()
    {
        LibrettoSection section(m_db->path(), TestDatabase::clerk());
        section.setCitizen(m_citizen);
        section.show();
        QTest::mouseClick(section.findChild<QPushButton *>(u"librettoOpen"_s), Qt::LeftButton);
        auto *dialog = section.findChild<LibrettoDialog *>();
        QVERIFY(dialog && dialog->isVisible());

        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"experienceTitle"_s), u"Corso OSS"_s);
        dialog->findChild<DateEdit *>(u"experienceStartsOn"_s)->setDate(QDate(2024, 1, 10));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"experienceSave"_s), Qt::LeftButton);
        QCOMPARE(dialog->findChild<QTableWidget *>(u"librettoExperiences"_s)->rowCount(), 1);

        // Found in the repertory (the index is built in the background).
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"competenceLookUp"_s),
                         u"assistenza persona"_s);
        auto *found = dialog->findChild<QListWidget *>(u"competenceFound"_s);
        QTRY_VERIFY(found->count() > 0);
        emit found->itemActivated(found->item(0));
        QCOMPARE(dialog->findChild<QLineEdit *>(u"competenceDescription"_s)->text(),
                 u"Assistenza alla persona nelle attività di vita quotidiana"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"competenceEvidence"_s),
                         u"Attestato n. 12/2024"_s);
        dialog->findChild<QCheckBox *>(u"competenceCertified"_s)->setChecked(true);
        auto *save = dialog->findChild<QPushButton *>(u"competenceSave"_s);
        QTest::mouseClick(save, Qt::LeftButton); // certified, but by whom?
        QCOMPARE(dialog->findChild<QTableWidget *>(u"librettoCompetences"_s)->rowCount(), 0);
        const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                            [](QLabel *l) { return l->text().contains(u"certifying body"_s); }));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"competenceCertifiedBy"_s),
                         u"Regione Calabria"_s);
        dialog->findChild<DateEdit *>(u"competenceCertifiedOn"_s)->setDate(QDate(2024, 12, 20));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(dialog->findChild<QTableWidget *>(u"librettoCompetences"_s)->rowCount(), 1);
        const auto saved = LibrettoRepository(m_db->path()).competences(m_citizen);
        QCOMPARE(saved.size(), 1);
        QVERIFY(saved.first().certified);
        QCOMPARE(saved.first().conceptId, u"repertorio-campione:UC-001-1"_s);

        // Enrolled in an e-learning course from the same dialog.
        auto *course = dialog->findChild<QComboBox *>(u"courseChoice"_s);
        QCOMPARE(course->count(), 6);
        course->setCurrentIndex(course->findData(u"EL-SALA-01"_s));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"courseEnrol"_s), Qt::LeftButton);
        QCOMPARE(dialog->findChild<QTableWidget *>(u"librettoEnrolments"_s)->rowCount(), 1);
        QCOMPARE(CourseCatalogue(m_db->path()).enrolmentsOf(m_citizen).first().courseCode,
                 u"EL-SALA-01"_s);

        // Orientation: what is missing for the OSS figure, and the courses for it.
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"gapTarget"_s), u"socio sanitario"_s);
        auto *targets = dialog->findChild<QListWidget *>(u"gapTargets"_s);
        QTRY_VERIFY(targets->count() > 0);
        emit targets->itemActivated(targets->item(0));
        const QString sheet = dialog->findChild<QTextBrowser *>(u"gapSheet"_s)->toPlainText();
        QVERIFY2(sheet.contains(u"To acquire (1)"_s), qPrintable(sheet));
        QVERIFY(sheet.contains(u"Cura dell'ambiente di vita e sicurezza"_s));

        // The competences panel says who has it.
        CompetencesPanel panel(m_db->path(), TestDatabase::clerk());
        panel.showConcept(u"repertorio-campione:UC-001-1"_s);
        QVERIFY(panel.findChild<QTextBrowser *>(u"competenceDetail"_s)
                    ->toPlainText()
                    .contains(u"Rossi Mario (RSSMRA85T10A562S)"_s));
    }
};

QTEST_MAIN(TestLibrettoDialog)
#include "tst_librettodialog.moc"
