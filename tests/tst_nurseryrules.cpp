#include "models/nursery/rules.h"
#include "nurseryfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sportello;
using namespace Sportello::Nursery;

// The rule-set contract of `sportello nursery import-rules`: what is read, what is refused.
class TestNurseryRules : public QObject
{
    Q_OBJECT

private:
    static QJsonObject worked()
    {
        return QJsonDocument::fromJson(Test::nurseryData(u"worked-rules.json"_s)).object();
    }

private slots:
    void readsTheContract()
    {
        QString error;
        const auto rules = RuleSet::fromJson(Test::nurseryData(u"worked-rules.json"_s), &error);
        QVERIFY2(rules, qPrintable(error));
        QCOMPARE(rules->round, u"2025-nidi"_s);
        QCOMPARE(rules->deadline, parseDateTime(u"2025-05-01T23:59:59"_s));
        QCOMPARE(rules->ageGroups.size(), 2);
        QCOMPARE(rules->ageGroups.at(1).birthOrder, BirthOrder::YoungerFirst);
        QCOMPARE(rules->criteria.at(0).points, Points(2000000)); // hundredths
        QCOMPARE(rules->criteria.at(2).scope, Scope::NamedNurseryFirstChoice);
        QCOMPARE(rules->tieBreaks.size(), 6);
        QCOMPARE(rules->nurseries.at(1).seatsFor(u"G"_s), 1);
        QCOMPARE(rules->nurseries.at(1).seatsFor(u"X"_s), 0);
        QCOMPARE(rules->groups(), QStringList({u"residence"_s, u"work"_s}));
        QVERIFY(rules->refusal.firstChoiceRefusalRemoves);
        QCOMPARE(rules->refusal.maxRefusals, 2);
    }

    void writesWhatItReads()
    {
        QString error;
        const auto rules = RuleSet::fromJson(worked(), &error);
        QVERIFY(rules);
        const auto again = RuleSet::fromJson(rules->toJson(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->toJson(), rules->toJson());
        QCOMPARE(again->criteria.at(1).group, u"work"_s);
    }

    void decimalPointsAndDefaults()
    {
        QJsonObject o = worked();
        QJsonArray criteria = o.value(u"criteria"_s).toArray();
        QJsonObject c = criteria.at(1).toObject();
        c.insert(u"points"_s, 2.5);
        c.remove(u"scope"_s); // application by default
        criteria[1] = c;
        o.insert(u"criteria"_s, criteria);
        o.remove(u"refusal"_s);
        o.insert(u"deadline"_s, u"2025-05-01"_s); // a day: the end of it
        QString error;
        const auto rules = RuleSet::fromJson(o, &error);
        QVERIFY2(rules, qPrintable(error));
        QCOMPARE(rules->criteria.at(1).points, Points(250));
        QCOMPARE(rules->criteria.at(1).scope, Scope::Application);
        QCOMPARE(rules->deadline, parseDateTime(u"2025-05-01T23:59:59"_s));
        QVERIFY(rules->refusal.firstChoiceRefusalRemoves);
        QCOMPARE(pointsText(250), u"2,5"_s);
        QCOMPARE(pointsText(2000000), u"20.000"_s);
    }

    void refusesBadRules_data()
    {
        QTest::addColumn<QString>("path"); // "key" or "list/index/key"
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected"); // part of the error

        QTest::newRow("round missing") << u"round"_s << QJsonValue() << u"round"_s;
        QTest::newRow("municipality") << u"municipality"_s << QJsonValue(u"Vibo"_s) << u"ISTAT"_s;
        QTest::newRow("school year")
            << u"school_year"_s << QJsonValue(u"2025-26"_s) << u"2025/2026"_s;
        QTest::newRow("deadline") << u"deadline"_s << QJsonValue(u"1 maggio"_s) << u"deadline"_s;
        QTest::newRow("age group date")
            << u"age_groups/0/born_to"_s << QJsonValue(u"2025-02-30"_s) << u"born_to"_s;
        QTest::newRow("overlapping groups")
            << u"age_groups/1/born_to"_s << QJsonValue(u"2024-06-01"_s) << u"overlap"_s;
        QTest::newRow("reversed group")
            << u"age_groups/0/born_from"_s << QJsonValue(u"2025-06-01"_s) << u"birth dates"_s;
        QTest::newRow("birth order")
            << u"age_groups/0/birth_order"_s << QJsonValue(u"random"_s) << u"older_first"_s;
        QTest::newRow("scope") << u"criteria/0/scope"_s << QJsonValue(u"nursery"_s)
                               << u"named_nursery"_s;
        QTest::newRow("points text")
            << u"criteria/0/points"_s << QJsonValue(u"20"_s) << u"number"_s;
        QTest::newRow("points decimals")
            << u"criteria/0/points"_s << QJsonValue(1.234) << u"two decimals"_s;
        QTest::newRow("criterion code")
            << u"criteria/1/code"_s << QJsonValue(u"RES"_s) << u"code of its own"_s;
        QTest::newRow("bad code") << u"criteria/1/code"_s << QJsonValue(u"L;V"_s)
                                  << u"not a code"_s;
        QTest::newRow("tie-break")
            << u"tie_breaks/0"_s << QJsonValue(u"lottery"_s) << u"tie-break"_s;
        QTest::newRow("tie-break group")
            << u"tie_breaks/0"_s << QJsonValue(u"group_points_desc:family"_s) << u"group"_s;
        QTest::newRow("isee threshold")
            << u"tie_breaks/0"_s << QJsonValue(u"isee_at_most:-5"_s) << u"tie-break"_s;
        QTest::newRow("twice") << u"tie_breaks/1"_s << QJsonValue(u"on_time_first"_s) << u"twice"_s;
        QTest::newRow("seats group")
            << u"nurseries/0/seats/X"_s << QJsonValue(3) << u"not an age group"_s;
        QTest::newRow("negative seats") << u"nurseries/0/seats/P"_s << QJsonValue(-1) << u"seats"_s;
        QTest::newRow("fractional seats")
            << u"nurseries/0/seats/P"_s << QJsonValue(1.5) << u"seats"_s;
        QTest::newRow("nursery code")
            << u"nurseries/1/code"_s << QJsonValue(u"A"_s) << u"code of its own"_s;
        QTest::newRow("max refusals")
            << u"refusal/max_refusals"_s << QJsonValue(-1) << u"max_refusals"_s;
    }

    void refusesBadRules()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        // Set or remove the value at path, rebuilding the enclosing objects and lists.
        const QStringList parts = path.split(u'/');
        std::function<QJsonValue(QJsonValue, qsizetype)> set
            = [&](QJsonValue node, qsizetype i) -> QJsonValue {
            const QString &part = parts.at(i);
            const bool last = i + 1 == parts.size();
            if (node.isArray()) {
                QJsonArray a = node.toArray();
                const int index = part.toInt();
                a[index] = last ? value : set(a.at(index), i + 1);
                return a;
            }
            QJsonObject o = node.toObject();
            if (last && value.isNull())
                o.remove(part);
            else
                o.insert(part, last ? value : set(o.value(part), i + 1));
            return o;
        };
        const QJsonObject broken = set(worked(), 0).toObject();
        QString error;
        QVERIFY(!RuleSet::fromJson(broken, &error));
        QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error));
    }

    void refusesWhatIsNotJson()
    {
        QString error;
        QVERIFY(!RuleSet::fromJson(QByteArray("{\"round\": "), &error));
        QVERIFY(error.contains(u"JSON"_s));
        QVERIFY(!RuleSet::fromJson(QByteArray("[1, 2]"), &error));
    }

    void tieBreakIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"child_age"_s << true;
        QTest::newRow("threshold") << u"isee_at_most:15000"_s << true;
        QTest::newRow("threshold cents") << u"isee_at_most:15000.5"_s << true;
        QTest::newRow("group") << u"group_points_desc:work"_s << true;
        QTest::newRow("threshold missing") << u"isee_at_most"_s << false;
        QTest::newRow("parameter on plain key") << u"score_desc:1"_s << false;
        QTest::newRow("unknown") << u"age_desc"_s << false;
    }

    void tieBreakIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        const auto t = TieBreak::fromId(id);
        QCOMPARE(bool(t), valid);
        if (t && id != u"isee_at_most:15000.5"_s)
            QCOMPARE(t->id(), id);
        if (t && t->key == TieBreakKey::IseeAtMost)
            QVERIFY(t->iseeCents == 1500000 || t->iseeCents == 1500050);
    }

    void dateTimes()
    {
        QCOMPARE(parseDateTime(u"2025-04-10 09:30"_s), parseDateTime(u"2025-04-10T09:30:00"_s));
        QCOMPARE(parseDateTime(u"2025-04-10"_s).time(), QTime(0, 0));
        QCOMPARE(parseDateTime(u"2025-04-10"_s, true).time(), QTime(23, 59, 59));
        QVERIFY(!parseDateTime(u"10/04/2025"_s).isValid());
        QCOMPARE(dateTimeText(parseDateTime(u"2025-04-10 09:30"_s)), u"2025-04-10T09:30:00"_s);
    }
};

QTEST_GUILESS_MAIN(TestNurseryRules)
#include "tst_nurseryrules.moc"
