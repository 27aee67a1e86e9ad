#include "models/registry/birthplaces.h"
#include "models/registry/fiscalcode.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;
using Error = FiscalCode::Error;

Q_DECLARE_METATYPE(Sportello::FiscalCode::Error)

// Reference codes were checked against an independent implementation of the check-character
// table (python-stdnum's algorithm); RSSMRA85T10A562S is the Agenzia delle Entrate's example.
class tst_FiscalCode final : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void decodesDateSexAndPlace();
    void omocodiaIsResolvedBeforeReadingDateAndPlace();
    void suppressedMunicipalityAndForeignState();
    void centuryFollowsTodayAndPlace();
    void compute_data();
    void compute();
    void computeRejectsIncompleteData();
    void omocodicVariants();
    void everyErrorHasAMessageAndName();
    void birthPlaceSearch();
};

void tst_FiscalCode::decode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<Error>("error");

    QTest::newRow("valid") << u"RSSMRA85T10A562S"_s << Error::None;
    QTest::newRow("lower case and spaces") << u" rssmra 85t10 a562s "_s << Error::None;
    QTest::newRow("woman, day + 40") << u"BNCGLI90A41D612I"_s << Error::None;
    QTest::newRow("foreign state") << u"VRDLGU70M01Z112Q"_s << Error::None;
    QTest::newRow("29 February of a leap year") << u"DMCNCL96B29F537L"_s << Error::None;
    QTest::newRow("29 February 2000") << u"DMCNCL00B69F537P"_s << Error::None;
    QTest::newRow("omocodic place digit") << u"RSSMRA85T10A56NH"_s << Error::None;
    QTest::newRow("omocodic day digit") << u"RSSMRA85T1LA562V"_s << Error::None;
    QTest::newRow("suppressed municipality") << u"XXXYYY80A01F888I"_s << Error::None;

    QTest::newRow("empty") << QString() << Error::Empty;
    QTest::newRow("blank") << u"   "_s << Error::Empty;
    QTest::newRow("too short") << u"RSSMRA85T10A562"_s << Error::WrongLength;
    QTest::newRow("too long") << u"RSSMRA85T10A562SS"_s << Error::WrongLength;
    QTest::newRow("10,000 characters") << QString(10000, u'A') << Error::WrongLength;
    QTest::newRow("punctuation") << u"RSSMRA85T10A562-"_s << Error::InvalidCharacter;
    QTest::newRow("SQL quote") << u"RSS'; DROP TABLE citizen;--"_s << Error::InvalidCharacter;
    QTest::newRow("accented letter") << u"RSSMRÀ85T10A562S"_s << Error::InvalidCharacter;
    QTest::newRow("digit in the surname part") << u"RSSMR185T10A562S"_s << Error::InvalidFormat;
    QTest::newRow("letter not omocodic") << u"RSSMRA8AT10A562S"_s << Error::InvalidFormat;
    QTest::newRow("month letter F") << u"RSSMRA85F10A562S"_s << Error::InvalidMonth;
    QTest::newRow("day 32") << u"RSSMRA85T32F537M"_s << Error::InvalidDay;
    QTest::newRow("day 00") << u"RSSMRA85T00F537A"_s << Error::InvalidDay;
    QTest::newRow("day 72") << u"RSSMRA85T72F537Q"_s << Error::InvalidDay;
    QTest::newRow("31 November") << u"RSSMRA85S31F537F"_s << Error::InvalidDate;
    QTest::newRow("29 February 2001") << u"DMCNCL01B29F537M"_s << Error::InvalidDate;
    QTest::newRow("29 February 1999") << u"DMCNCL99B29F537O"_s << Error::InvalidDate;
    QTest::newRow("unknown place Z999") << u"RSSMRA85T10Z999S"_s << Error::UnknownBirthPlace;
    QTest::newRow("wrong check character") << u"RSSMRA85T10A562T"_s << Error::WrongCheckCharacter;
    QTest::newRow("swapped digits") << u"RSSMRA58T10A562S"_s << Error::WrongCheckCharacter;
}

void tst_FiscalCode::decode()
{
    QFETCH(QString, code);
    QFETCH(Error, error);
    const FiscalCode::Decoded decoded = FiscalCode::decode(code, QDate(2026, 11, 28));
    QCOMPARE(decoded.error, error);
    QCOMPARE(decoded.valid(), error == Error::None);
}

void tst_FiscalCode::decodesDateSexAndPlace()
{
    const auto man = FiscalCode::decode(u"RSSMRA85T10A562S"_s, QDate(2026, 11, 28));
    QCOMPARE(man.sex, QChar(u'M'));
    QCOMPARE(man.birthDate, QDate(1985, 12, 10));
    QCOMPARE(man.birthPlaceCode, u"A562"_s);
    QCOMPARE(man.birthPlaceName, u"San Giuliano Terme"_s);
    QVERIFY(!man.omocodic);

    const auto woman = FiscalCode::decode(u"BNCGLI90A41D612I"_s, QDate(2026, 11, 28));
    QCOMPARE(woman.sex, QChar(u'F'));
    QCOMPARE(woman.birthDate, QDate(1990, 1, 1));
    QCOMPARE(woman.birthPlaceName, u"Firenze"_s);
}

void tst_FiscalCode::omocodiaIsResolvedBeforeReadingDateAndPlace()
{
    const auto place = FiscalCode::decode(u"RSSMRA85T10A56NH"_s, QDate(2026, 11, 28));
    QVERIFY(place.omocodic);
    QCOMPARE(place.birthPlaceCode, u"A562"_s);
    QCOMPARE(place.birthDate, QDate(1985, 12, 10));

    const auto day = FiscalCode::decode(u"RSSMRA85T1LA562V"_s, QDate(2026, 11, 28));
    QVERIFY(day.omocodic);
    QCOMPARE(day.birthDate, QDate(1985, 12, 10));
    QCOMPARE(day.code, u"RSSMRA85T1LA562V"_s);
}

void tst_FiscalCode::suppressedMunicipalityAndForeignState()
{
    // Nicastro was merged into Lamezia Terme in 1968: its code stays valid for people born
    // there, and a later birth date is only flagged.
    const auto nicastro = FiscalCode::decode(u"XXXYYY80A01F888I"_s, QDate(2026, 11, 28));
    QVERIFY(nicastro.valid());
    QCOMPARE(nicastro.birthPlaceName, u"Nicastro"_s);
    QVERIFY(nicastro.placeOutOfDate);
    QVERIFY(BirthPlaces::instance().find(u"F888"_s)->isSuppressed());

    const auto germany = FiscalCode::decode(u"VRDLGU70M01Z112Q"_s, QDate(2026, 11, 28));
    QCOMPARE(germany.birthPlaceName, u"Germania"_s);
    QVERIFY(BirthPlaces::instance().find(u"Z112"_s)->isForeign());
    QVERIFY(!germany.placeOutOfDate);
    // A dissolved state is still a known place of birth.
    QCOMPARE(BirthPlaces::instance().find(u"Z105"_s)->name, u"Cecoslovacchia"_s);
}

void tst_FiscalCode::centuryFollowsTodayAndPlace()
{
    // "00" is 2000 once 2000 is past; a year after today belongs to the last century.
    QCOMPARE(FiscalCode::decode(u"DMCNCL00B69F537P"_s, QDate(2026, 1, 1)).birthDate,
             QDate(2000, 2, 29));
    const QString bornIn30 = u"RSSMRA30A01F537"_s;
    const QString code = bornIn30 + FiscalCode::checkCharacter(bornIn30);
    QCOMPARE(FiscalCode::decode(code, QDate(2026, 11, 28)).birthDate, QDate(1930, 1, 1));
    QCOMPARE(FiscalCode::decode(code, QDate(2031, 1, 1)).birthDate, QDate(2030, 1, 1));
}

void tst_FiscalCode::compute_data()
{
    QTest::addColumn<QString>("surname");
    QTest::addColumn<QString>("givenNames");
    QTest::addColumn<QChar>("sex");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("expected");

    QTest::newRow("Mario Rossi") << u"Rossi"_s << u"Mario"_s << QChar(u'M') << QDate(1985, 12, 10)
                                 << u"A562"_s << u"RSSMRA85T10A562S"_s;
    QTest::newRow("four consonants: 1st, 3rd, 4th")
        << u"Rossi"_s << u"Gianfranco"_s << QChar(u'M') << QDate(2002, 3, 15) << u"D612"_s
        << u"RSSGFR02C15D612Q"_s;
    QTest::newRow("apostrophe and accent")
        << u"D'Amico"_s << u"Nicolò"_s << QChar(u'M') << QDate(1996, 2, 29) << u"F537"_s
        << u"DMCNCL96B29F537L"_s;
    QTest::newRow("short surname padded with X, woman")
        << u"Fo"_s << u"Elena"_s << QChar(u'F') << QDate(1975, 6, 12) << u"Z210"_s
        << u"FOXLNE75H52Z210M"_s;
    QTest::newRow("two-word names") << u"De Luca"_s << u"Maria Grazia"_s << QChar(u'F')
                                    << QDate(1988, 7, 21) << u"F537"_s << u"DLCMGR88L61F537M"_s;
}

void tst_FiscalCode::compute()
{
    QFETCH(QString, surname);
    QFETCH(QString, givenNames);
    QFETCH(QChar, sex);
    QFETCH(QDate, birthDate);
    QFETCH(QString, place);
    QFETCH(QString, expected);
    const QString code = FiscalCode::compute({surname, givenNames, sex, birthDate, place});
    QCOMPARE(code, expected);
    QVERIFY(FiscalCode::decode(code).valid());
}

void tst_FiscalCode::computeRejectsIncompleteData()
{
    QVERIFY(FiscalCode::compute({u""_s, u"Mario"_s, u'M', QDate(1985, 1, 1), u"F537"_s}).isEmpty());
    QVERIFY(FiscalCode::compute({u"Rossi"_s, u"Mario"_s, QChar(), QDate(1985, 1, 1), u"F537"_s})
                .isEmpty());
    QVERIFY(FiscalCode::compute({u"Rossi"_s, u"Mario"_s, u'M', QDate(), u"F537"_s}).isEmpty());
    QVERIFY(
        FiscalCode::compute({u"Rossi"_s, u"Mario"_s, u'M', QDate(1985, 1, 1), u""_s}).isEmpty());
}

void tst_FiscalCode::omocodicVariants()
{
    const QStringList variants = FiscalCode::omocodicVariants(u"RSSMRA85T10A562S"_s);
    QCOMPARE(variants.size(), 7);
    QCOMPARE(variants.first(), u"RSSMRA85T10A56NH"_s);
    QCOMPARE(variants.last().left(15), u"RSSMRAURTMLARSN"_s);
    for (const QString &variant : variants) {
        const auto decoded = FiscalCode::decode(variant, QDate(2026, 11, 28));
        QVERIFY2(decoded.valid(), qPrintable(variant));
        QCOMPARE(decoded.birthDate, QDate(1985, 12, 10));
        QCOMPARE(decoded.birthPlaceCode, u"A562"_s);
    }
    QCOMPARE(QSet<QString>(variants.cbegin(), variants.cend()).size(), 7);
    QVERIFY(FiscalCode::omocodicVariants(u"garbage"_s).isEmpty());
}

void tst_FiscalCode::everyErrorHasAMessageAndName()
{
    QSet<QString> names;
    for (Error e : {Error::Empty, Error::WrongLength, Error::InvalidCharacter, Error::InvalidFormat,
                    Error::InvalidMonth, Error::InvalidDay, Error::InvalidDate,
                    Error::UnknownBirthPlace, Error::WrongCheckCharacter}) {
        QVERIFY(!FiscalCode::errorMessage(e).isEmpty());
        names.insert(FiscalCode::errorName(e));
    }
    QCOMPARE(names.size(), 9);
    QVERIFY(FiscalCode::errorName(Error::None).isEmpty());
}

void tst_FiscalCode::birthPlaceSearch()
{
    const auto &places = BirthPlaces::instance();
    QVERIFY(places.all().size() > 10000);
    QCOMPARE(places.find(u"F537"_s)->displayName(), u"Vibo Valentia (VV)"_s);
    QVERIFY(!places.find(u"Z999"_s));

    const auto vibo = places.matching(u"vibo v"_s, 5);
    QVERIFY(!vibo.isEmpty());
    QCOMPARE(vibo.first()->code, u"F537"_s);
    // Accents do not matter, and places in force come before suppressed ones.
    const auto agli = places.matching(u"AGLIE"_s, 5);
    QVERIFY(!agli.isEmpty());
    QCOMPARE(agli.first()->name, u"Agliè"_s);
    QCOMPARE(places.matching(u"z112"_s, 5).value(0)->name, u"Germania"_s);
}

QTEST_GUILESS_MAIN(tst_FiscalCode)
#include "tst_fiscalcode.moc"
