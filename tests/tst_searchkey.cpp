#include "models/db/database.h"
#include "models/registry/searchkey.h"
#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;

class tst_SearchKey final : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void sqlFoldAgreesWithCpp_data();
    void sqlFoldAgreesWithCpp();
};

void tst_SearchKey::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("case") << u"ROSSI"_s << u"rossi"_s;
    QTest::newRow("apostrophe") << u"D'Amico"_s << u"damico"_s;
    QTest::newRow("typographic apostrophe") << u"D’Amico"_s << u"damico"_s;
    QTest::newRow("spaces") << u"De Luca"_s << u"deluca"_s;
    QTest::newRow("accent") << u"Nicolò"_s << u"nicolo"_s;
    QTest::newRow("capital accent") << u"ÈRCOLE"_s << u"ercole"_s;
    QTest::newRow("hyphen and dot") << u"Rossi-Bianchi Jr."_s << u"rossibianchijr"_s;
    QTest::newRow("foreign") << u"Çelik Muñoz Dvořák"_s << u"celikmunozdvořak"_s;
    QTest::newRow("sql quote") << u"O'Brien'; DROP TABLE x;--"_s << u"obrien;droptablex;"_s;
    QTest::newRow("empty") << QString() << QString();
}

void tst_SearchKey::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(SearchKey::fold(text), key);
}

void tst_SearchKey::sqlFoldAgreesWithCpp_data()
{
    QTest::addColumn<QString>("surname");
    QTest::addColumn<QString>("givenNames");
    QTest::newRow("plain") << u"Rossi"_s << u"Mario"_s;
    QTest::newRow("apostrophes") << u"Dell'Acqua"_s << u"Anna Maria"_s;
    QTest::newRow("accents everywhere")
        << u"ÀÁÂÃÄÅàáâãäåÈÉÊËèéêëÌÍÎÏìíîïÒÓÔÕÖØòóôõöø"_s << u"ÙÚÛÜùúûüÇçčÑñšžßýł"_s;
    QTest::newRow("unmapped letters stay") << u"Łukasz Øre"_s << u"Ǆ 名前"_s;
    QTest::newRow("typographic quotes") << u"D’Angelo ‘x’ `y´"_s << u"Zoë"_s;
}

void tst_SearchKey::sqlFoldAgreesWithCpp()
{
    QFETCH(QString, surname);
    QFETCH(QString, givenNames);
    TestDatabase db;
    QSqlQuery query(Sportello::Db::connection(db.path()));
    query.prepare(u"INSERT INTO citizen (id, municipality, fiscal_code, surname, given_names, sex, "
                  "birth_date, birth_place_code, updated_at) VALUES ('x', '102047', 'X', ?, ?, "
                  "'M', '1990-01-01', 'F537', 'now')"_s);
    query.addBindValue(surname);
    query.addBindValue(givenNames);
    QVERIFY(query.exec());
    QVERIFY(query.exec(u"SELECT name_key FROM citizen_search WHERE citizen_id = 'x'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), SearchKey::nameKey(surname, givenNames));
}

QTEST_GUILESS_MAIN(tst_SearchKey)
#include "tst_searchkey.moc"
