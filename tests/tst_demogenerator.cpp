#include "models/access/staffrepository.h"
#include "models/db/database.h"
#include "models/db/localstate.h"
#include "models/registry/demogenerator.h"
#include "models/registry/fiscalcode.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;

namespace {

// A digest of the people, in id order: equal digests = equal data.
QByteArray digest(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query(u"SELECT id, fiscal_code, surname, given_names, birth_date, "
                    "birth_place_code, address FROM citizen ORDER BY id"_s,
                    Db::connection(path));
    while (query.next()) {
        for (int i = 0; i < 7; ++i)
            hash.addData(query.value(i).toString().toUtf8());
    }
    return hash.result();
}

} // namespace

class tst_DemoGenerator final : public QObject
{
    Q_OBJECT

private slots:
    void demoDataIsValidAndMarked();
    void sameSeedSameData();
    void existingFileIsNotOverwrittenWithoutReplace();
};

void tst_DemoGenerator::demoDataIsValidAndMarked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.sqlite"_s);
    DemoGenerator::Options options;
    options.citizens = 3000;
    QString error;
    QVERIFY2(DemoGenerator::create(path, options, &error), qPrintable(error));
    QVERIFY(!QFile::exists(path + u".partial"_s));
    QVERIFY(Db::open(path, &error));
    QVERIFY(LocalState::isDemo(path));
    QCOMPARE(LocalState::pendingChanges(path), 0); // demo rows never go to the region

    QSqlQuery q(Db::connection(path));
    QVERIFY(q.exec(u"SELECT fiscal_code, sex, birth_date, birth_place_code, municipality, "
                   "surname FROM citizen"_s));
    int rows = 0;
    QSet<QString> codes;
    QSet<QString> municipalities;
    bool accented = false;
    bool apostrophe = false;
    bool foreign = false;
    bool suppressed = false;
    while (q.next()) {
        ++rows;
        const auto decoded = FiscalCode::decode(q.value(0).toString(), QDate(2026, 1, 1));
        QVERIFY2(decoded.valid(), qPrintable(q.value(0).toString()));
        QCOMPARE(QString(decoded.sex), q.value(1).toString());
        QCOMPARE(decoded.birthPlaceCode, q.value(3).toString());
        QCOMPARE(decoded.birthDate.toString(Qt::ISODate).mid(2), q.value(2).toString().mid(2));
        codes.insert(q.value(0).toString());
        municipalities.insert(q.value(4).toString());
        const QString surname = q.value(5).toString();
        accented = accented || surname.contains(QRegularExpression(u"[àèéìòù]"_s));
        apostrophe = apostrophe || surname.contains(u'\'');
        foreign = foreign || decoded.birthPlaceCode.startsWith(u'Z');
        suppressed = suppressed || decoded.birthPlaceCode == u"F888"_s
            || decoded.birthPlaceCode == u"H742"_s || decoded.birthPlaceCode == u"D583"_s;
    }
    QCOMPARE(rows, 3000);
    QCOMPARE(codes.size(), rows); // unique, omocodia where needed
    QCOMPARE(municipalities, (QSet<QString> {u"102047"_s, u"048017"_s}));
    QVERIFY(accented && apostrophe && foreign && suppressed);
    QVERIFY(q.exec(u"SELECT count(*) FROM household_member WHERE relation = 'head'"_s) && q.next());
    QVERIFY(q.value(0).toInt() > 500);
    QVERIFY(q.exec(u"SELECT count(*) FROM citizen_search"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 3000);
    QVERIFY(StaffRepository(path).signIn(DemoGenerator::demoUsernames().first(),
                                         DemoGenerator::demoPassword()));
    Db::closeConnection(path);
}

void tst_DemoGenerator::sameSeedSameData()
{
    QTemporaryDir dir;
    QString error;
    DemoGenerator::Options options;
    options.citizens = 500;
    options.seed = 99;
    const QString a = dir.filePath(u"a.sqlite"_s);
    const QString b = dir.filePath(u"b.sqlite"_s);
    const QString c = dir.filePath(u"c.sqlite"_s);
    QVERIFY(DemoGenerator::create(a, options, &error));
    QVERIFY(DemoGenerator::create(b, options, &error));
    options.seed = 100;
    QVERIFY(DemoGenerator::create(c, options, &error));
    QCOMPARE(digest(a), digest(b));
    QVERIFY(digest(a) != digest(c));
    for (const QString &path : {a, b, c})
        Db::closeConnection(path);
}

void tst_DemoGenerator::existingFileIsNotOverwrittenWithoutReplace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"precious.sqlite"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("precious");
    file.close();
    QString error;
    DemoGenerator::Options options;
    options.citizens = 10;
    QVERIFY(!DemoGenerator::create(path, options, &error));
    QVERIFY(error.contains(u"--force"_s));
    QCOMPARE(QFile(path).size(), 8);
    options.replace = true;
    QVERIFY2(DemoGenerator::create(path, options, &error), qPrintable(error));
    QVERIFY(QFile(path).size() > 8);
}

QTEST_GUILESS_MAIN(tst_DemoGenerator)
#include "tst_demogenerator.moc"
