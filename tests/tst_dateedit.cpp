#include "models/common/format.h"
#include "widgets/common/dateedits.h"
#include "widgets/common/dialogs.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Sportello;

// The desk's one date field, typed into as a person types: what is typed becomes exactly
// that date, or is refused with a message saying why.
class tst_DateEdit final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typedDateIsThatDate_data();
    void typedDateIsThatDate();
    void typedDateTimeIsThatDateTime();
    void impossibleDateIsRefusedWithItsMessage_data();
    void impossibleDateIsRefusedWithItsMessage();
    void optionalAndRequired();
    void calendarPicksTheDay();
    void confirmAllNamesTheField();
    void parseDateIsTheOnePlace_data();
    void parseDateIsTheOnePlace();

private:
    void type(DateEdit *edit, const QString &text);

    QWidget *m_form = nullptr;
    DateEdit *m_date = nullptr;
    DateEdit *m_dateTime = nullptr;
    QLineEdit *m_other = nullptr;
};

void tst_DateEdit::init()
{
    m_form = new QWidget;
    m_form->setWindowTitle(u"Form"_s);
    auto *layout = new QVBoxLayout(m_form);
    m_date = new DateEdit(m_form);
    m_date->setAccessibleName(u"Born on:"_s);
    m_dateTime = new DateEdit(DateEdit::Kind::DateTime, m_form);
    m_other = new QLineEdit(m_form);
    layout->addWidget(m_date);
    layout->addWidget(m_dateTime);
    layout->addWidget(m_other);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form));
}

void tst_DateEdit::cleanup()
{
    delete m_form;
}

// As a person does: click into the field, select what is there, type, leave with Tab.
void tst_DateEdit::type(DateEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    m_other->setFocus(); // leaving the field
}

void tst_DateEdit::typedDateIsThatDate_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("dd/mm/yyyy") << u"15/10/2025"_s << QDate(2025, 10, 15);
    QTest::newRow("ddmmyyyy") << u"15102025"_s << QDate(2025, 10, 15);
    QTest::newRow("d/m/yyyy") << u"5/3/2025"_s << QDate(2025, 3, 5);
    QTest::newRow("dots") << u"15.10.2025"_s << QDate(2025, 10, 15);
    QTest::newRow("29 February of a leap year") << u"29/02/2024"_s << QDate(2024, 2, 29);
    QTest::newRow("31 December") << u"31122025"_s << QDate(2025, 12, 31);
}

void tst_DateEdit::typedDateIsThatDate()
{
    QFETCH(QString, typed);
    QFETCH(QDate, expected);
    m_date->setDate(QDate(2020, 1, 1)); // a value there before, as in every form
    QSignalSpy changed(m_date, &DateEdit::dateChanged);
    type(m_date, typed);
    QCOMPARE(m_date->date(), expected);
    QVERIFY(m_date->problem().isEmpty());
    QCOMPARE(m_date->text(), Format::date(expected)); // shown the one way once left
    QCOMPARE(changed.last().at(0).toDate(), expected);
    QVERIFY(!m_date->property("invalid").toBool());
}

void tst_DateEdit::typedDateTimeIsThatDateTime()
{
    m_dateTime->setDateTime(QDateTime(QDate(2020, 1, 1), QTime(8, 0)));
    type(m_dateTime, u"15/10/2025 09:30"_s);
    QCOMPARE(m_dateTime->dateTime(), QDateTime(QDate(2025, 10, 15), QTime(9, 30)));
    QCOMPARE(m_dateTime->text(), u"15/10/2025 09:30"_s);
    type(m_dateTime, u"15102025 1745"_s);
    QCOMPARE(m_dateTime->dateTime(), QDateTime(QDate(2025, 10, 15), QTime(17, 45)));
    QCOMPARE(m_dateTime->text(), u"15/10/2025 17:45"_s);

    // A wall-clock deadline keeps its seconds and its UTC spec.
    m_dateTime->setTimeSpec(Qt::UTC);
    const QDateTime deadline(QDate(2025, 5, 1), QTime(23, 59, 59), Qt::UTC);
    m_dateTime->setDateTime(deadline);
    QCOMPARE(m_dateTime->text(), u"01/05/2025 23:59:59"_s);
    QCOMPARE(m_dateTime->dateTime(), deadline);

    type(m_dateTime, u"15/10/2025 25:00"_s);
    QVERIFY(!m_dateTime->dateTime().isValid());
    QCOMPARE(m_dateTime->problem(), u"25:00 is not a time of day."_s);
    type(m_dateTime, u"15/10/2025"_s);
    QCOMPARE(m_dateTime->problem(), u"Write the date and time as dd/mm/yyyy hh:mm."_s);
}

void tst_DateEdit::impossibleDateIsRefusedWithItsMessage_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("problem");
    QTest::newRow("31 February") << u"31/02/2025"_s << u"31/02/2025 is not a date."_s;
    QTest::newRow("31 February, no slashes") << u"31022025"_s << u"31/02/2025 is not a date."_s;
    QTest::newRow("29 February, no leap year") << u"29/02/2025"_s << u"29/02/2025 is not a date."_s;
    QTest::newRow("month 13") << u"01/13/2025"_s << u"01/13/2025 is not a date."_s;
    QTest::newRow("two-digit year")
        << u"15/10/25"_s << u"Write the year with four digits: dd/mm/yyyy."_s;
    QTest::newRow("words") << u"domani"_s << u"Write the date as dd/mm/yyyy."_s;
}

void tst_DateEdit::impossibleDateIsRefusedWithItsMessage()
{
    QFETCH(QString, typed);
    QFETCH(QString, problem);
    m_date->setDate(QDate(2020, 1, 1));
    type(m_date, typed);
    QVERIFY(!m_date->date().isValid()); // never another date in its place
    QCOMPARE(m_date->text(), typed); // the person's text stays, to be corrected
    QCOMPARE(m_date->problem(), problem);
    QVERIFY(m_date->property("invalid").toBool()); // marked on leaving
    type(m_date, u"01/03/2025"_s);
    QVERIFY(!m_date->property("invalid").toBool());
}

void tst_DateEdit::optionalAndRequired()
{
    type(m_date, QString());
    QCOMPARE(m_date->problem(), u"The date is missing."_s);
    m_date->setRequired(false);
    QVERIFY(m_date->problem().isEmpty());
    QVERIFY(!m_date->date().isValid());
    m_date->setMaximumDate(QDate(2025, 6, 30));
    type(m_date, u"01/07/2025"_s);
    QCOMPARE(m_date->problem(), u"The date cannot be after 30/06/2025."_s);
    QVERIFY(!m_date->date().isValid());
}

void tst_DateEdit::calendarPicksTheDay()
{
    m_date->setDate(QDate(2025, 10, 1));
    m_date->setFocus();
    QTest::keyClick(m_date, Qt::Key_Down, Qt::AltModifier);
    auto *calendar = m_date->findChild<QCalendarWidget *>(u"dateEditCalendar"_s);
    QVERIFY(calendar);
    QTRY_VERIFY(calendar->isVisible());
    QCOMPARE(calendar->selectedDate(), QDate(2025, 10, 1));
    emit calendar->clicked(QDate(2025, 10, 15));
    QCOMPARE(m_date->date(), QDate(2025, 10, 15));
    QVERIFY(!calendar->isVisible());
    // Up and Down step a day.
    QTest::keyClick(m_date, Qt::Key_Up);
    QCOMPARE(m_date->date(), QDate(2025, 10, 16));
}

void tst_DateEdit::confirmAllNamesTheField()
{
    m_dateTime->setDateTime(QDateTime(QDate(2025, 1, 1), QTime(9, 0)));
    type(m_date, u"31/02/2025"_s);
    Dialogs::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!DateEdit::confirmAll(m_form));
    QCOMPARE(Dialogs::lastText(), u"Born on: 31/02/2025 is not a date."_s);
    QCOMPARE(QApplication::focusWidget(), m_date);
    type(m_date, u"28/02/2025"_s);
    QVERIFY(DateEdit::confirmAll(m_form));
}

void tst_DateEdit::parseDateIsTheOnePlace_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty") << QString() << QDate() << QString();
    QTest::newRow("ISO") << u"2025-10-15"_s << QDate(2025, 10, 15) << QString();
    QTest::newRow("impossible ISO") << u"2025-02-31"_s << QDate() << u"31/02/2025 is not a date."_s;
    QTest::newRow("year 0030") << u"01/01/0030"_s << QDate(30, 1, 1) << QString();
    QTest::newRow("two digits") << u"1/1/30"_s << QDate()
                                << u"Write the year with four digits: dd/mm/yyyy."_s;
    QTest::newRow("six digits") << u"010130"_s << QDate() << u"Write the date as dd/mm/yyyy."_s;
}

void tst_DateEdit::parseDateIsTheOnePlace()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(QString, problem);
    QString why;
    QCOMPARE(Format::parseDate(text, &why), date);
    QCOMPARE(why, problem);
}

QTEST_MAIN(tst_DateEdit)
#include "tst_dateedit.moc"
