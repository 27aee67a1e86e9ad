#include "nurseryfixture.h"

#include "models/nursery/applicationcsv.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Sportello::Test {

QString nurseryDataPath(const QString &name)
{
    return QStringLiteral(SPORTELLO_TEST_DATA) + u"/nursery/"_s + name;
}

QByteArray nurseryData(const QString &name)
{
    QFile file(nurseryDataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

Nursery::RuleSet workedRules()
{
    QString error;
    const auto rules = Nursery::RuleSet::fromJson(nurseryData(u"worked-rules.json"_s), &error);
    if (!rules)
        qFatal("worked rules: %s", qPrintable(error));
    return *rules;
}

QList<Nursery::Application> workedApplications()
{
    QString error;
    const auto applications = Nursery::readApplicationsCsv(
        nurseryData(u"worked-applications.csv"_s), workedRules(), {}, &error);
    if (!applications)
        qFatal("worked applications: %s", qPrintable(error));
    QList<Nursery::Application> out = *applications;
    for (Nursery::Application &a : out)
        a.id = u"id-"_s + a.protocol; // as the repository gives them
    return out;
}

Nursery::RuleSet smallRules(const QMap<QString, int> &seats,
                            const QList<Nursery::Criterion> &criteria, const QStringList &tieBreaks)
{
    Nursery::RuleSet rules;
    rules.round = u"test"_s;
    rules.municipality = u"102047"_s;
    rules.schoolYear = u"2025/2026"_s;
    rules.deadline = Nursery::parseDateTime(u"2025-05-01"_s, true);
    rules.ageGroups = {{u"P"_s, u"Piccoli"_s, QDate(2024, 1, 1), QDate(2024, 12, 31),
                        Nursery::BirthOrder::OlderFirst}};
    rules.criteria = criteria;
    for (const QString &id : tieBreaks)
        rules.tieBreaks << *Nursery::TieBreak::fromId(id);
    for (auto it = seats.cbegin(); it != seats.cend(); ++it)
        rules.nurseries << Nursery::NurseryPlace {
            it.key(), u"Nido "_s + it.key(), {{u"P"_s, it.value()}}};
    const QStringList problems = rules.problems();
    if (!problems.isEmpty())
        qFatal("small rules: %s", qPrintable(problems.join(u' ')));
    return rules;
}

Nursery::Application application(const QString &protocol, const QStringList &preferences,
                                 const QStringList &conditions, const QString &submitted,
                                 const QString &birth, qint64 iseeCents)
{
    Nursery::Application a;
    a.id = u"id-"_s + protocol;
    a.protocol = protocol;
    a.preferences = preferences;
    a.submittedAt = Nursery::parseDateTime(submitted);
    a.childBirthDate = QDate::fromString(birth, Qt::ISODate);
    a.iseeCents = iseeCents;
    for (const QString &text : conditions) {
        Nursery::Condition c;
        const QStringList at = text.split(u'@');
        const QStringList times = at.first().split(u'*');
        c.code = times.first();
        c.count = times.size() > 1 ? times.at(1).toInt() : 1;
        c.nursery = at.value(1);
        a.conditions << c;
    }
    return a;
}

} // namespace Sportello::Test
