#include "models/common/language.h"
#include "models/competences/concept.h"
#include "models/registry/fiscalcode.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// The Italian catalogue is built into the program, complete, and used.
class tst_Translations final : public QObject
{
    Q_OBJECT

private slots:
    void italianIsComplete();
    void italianIsInstalled();
};

void tst_Translations::italianIsComplete()
{
    QFile ts(QStringLiteral(SPORTELLO_SOURCE_DIR "/translations/sportello_it.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QByteArray xml = ts.readAll();
    QVERIFY(xml.count("<message") > 200);
    QCOMPARE(xml.count("type=\"unfinished\""), 0);
    QCOMPARE(xml.count("<translation></translation>"), 0);
}

void tst_Translations::italianIsInstalled()
{
    QCOMPARE(Sportello::Language::install(u"it"_s), u"it"_s);
    QCOMPARE(
        Sportello::FiscalCode::errorMessage(Sportello::FiscalCode::Error::InvalidDate),
        QCoreApplication::translate("Sportello::FiscalCode", "The date of birth does not exist."));
    QVERIFY(Sportello::FiscalCode::errorMessage(Sportello::FiscalCode::Error::InvalidDate)
                .contains(u"data di nascita"_s));
    // Qt's own strings are Italian too (qtbase_it from qt6-translations-l10n).
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Annulla"_s);
    // The ESCO licence's notice keeps its prescribed English, introduced in Italian.
    QCOMPARE(Sportello::Competences::escoAttributionIntroduced(),
             u"Avviso richiesto dalla licenza ESCO: "_s
                 + Sportello::Competences::escoAttribution());
    // The file dialog of the exports and imports among them.
    QCOMPARE(QCoreApplication::translate("QFileDialog", "File &name:"), u"&Nome del file:"_s);
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
