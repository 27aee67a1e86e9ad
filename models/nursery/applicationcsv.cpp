#include "models/nursery/applicationcsv.h"

#include "models/common/csv.h"
#include "models/nursery/rules.h"
#include "models/registry/fiscalcode.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sportello::Nursery {

namespace {

const QStringList kRequired = {u"protocol"_s, u"child_birth_date"_s, u"submitted_at"_s,
                               u"isee"_s,     u"preferences"_s,      u"conditions"_s};
const QStringList kOptional = {u"child_fiscal_code"_s, u"child_surname"_s, u"child_given_names"_s,
                               u"applicant_fiscal_code"_s};

// ISEE in euros: 12345.67, 12345,67 or 12345; -1 for empty, -2 when not an amount.
qint64 iseeCents(const QString &text, bool *negative)
{
    static const QRegularExpression amount(u"^(-?)(\\d{1,12})(?:[.,](\\d{1,2}))?$"_s);
    const QString t = text.trimmed();
    *negative = false;
    if (t.isEmpty())
        return -1;
    const auto m = amount.match(t);
    if (!m.hasMatch())
        return -2;
    *negative = !m.captured(1).isEmpty();
    return m.captured(2).toLongLong() * 100 + QString(m.captured(3) + u"00"_s).left(2).toLongLong();
}

QString fiscalCodeProblem(const QString &code, const QString &whose)
{
    if (code.isEmpty())
        return QString();
    const FiscalCode::Decoded decoded = FiscalCode::decode(code);
    if (decoded.valid())
        return QString();
    return QCoreApplication::translate("Sportello::Nursery",
                                       "the %1 fiscal code %2 is not valid: %3")
        .arg(whose, code, FiscalCode::errorMessage(decoded.error));
}

} // namespace

QString conditionsProblem(const QList<Condition> &conditions, const RuleSet &rules)
{
    QSet<QString> seen;
    for (const Condition &c : conditions) {
        const int criterion = rules.criterionIndex(c.code);
        if (criterion < 0)
            return QCoreApplication::translate("Sportello::Nursery",
                                               "the condition %1 is not a criterion of the round")
                .arg(c.code);
        if (c.count < 1)
            return QCoreApplication::translate("Sportello::Nursery",
                                               "the condition %1 counts at least 1")
                .arg(c.text());
        const bool named = rules.criteria.at(criterion).namesNursery();
        if (named && c.nursery.isEmpty())
            return QCoreApplication::translate(
                       "Sportello::Nursery",
                       "the condition %1 applies to one nursery: write it as %1@NURSERY")
                .arg(c.code);
        if (!named && !c.nursery.isEmpty())
            return QCoreApplication::translate(
                       "Sportello::Nursery",
                       "the condition %1 applies to every preference: write it without @%2")
                .arg(c.code, c.nursery);
        if (!c.nursery.isEmpty() && rules.nurseryIndex(c.nursery) < 0)
            return QCoreApplication::translate("Sportello::Nursery",
                                               "the condition %1 names the unknown nursery %2")
                .arg(c.text(), c.nursery);
        const QString key = c.code + u'@' + c.nursery;
        if (seen.contains(key))
            return QCoreApplication::translate("Sportello::Nursery",
                                               "the condition %1 is declared twice")
                .arg(c.text());
        seen.insert(key);
    }
    return QString();
}

bool parseConditions(const QString &text, const RuleSet &rules, QList<Condition> *conditions,
                     QString *error)
{
    static const QRegularExpression pattern(
        u"^([A-Za-z0-9_-]+)(?:\\*(\\d{1,4}))?(?:@([A-Za-z0-9_-]+))?$"_s);
    conditions->clear();
    for (const QString &raw : text.split(u';', Qt::SkipEmptyParts)) {
        const QString token = raw.trimmed();
        if (token.isEmpty())
            continue;
        const auto m = pattern.match(token);
        if (!m.hasMatch()) {
            *error = QCoreApplication::translate(
                         "Sportello::Nursery",
                         "the condition \"%1\" is not written as CODE, CODE*COUNT or CODE@NURSERY")
                         .arg(token);
            return false;
        }
        Condition c;
        c.code = m.captured(1);
        c.count = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
        c.nursery = m.captured(3);
        conditions->append(c);
    }
    *error = conditionsProblem(*conditions, rules);
    return error->isEmpty();
}

QString applicationProblem(const Application &a, const RuleSet &rules)
{
    const QDateTime now = wallClockNow();
    if (a.protocol.trimmed().isEmpty())
        return QCoreApplication::translate("Sportello::Nursery", "the protocol number is missing");
    if (a.protocol.size() > ApplicationLimits::kProtocol)
        return QCoreApplication::translate("Sportello::Nursery",
                                           "the protocol number is longer than %1 characters")
            .arg(ApplicationLimits::kProtocol);
    if (a.childSurname.size() > ApplicationLimits::kName
        || a.childGivenNames.size() > ApplicationLimits::kName)
        return QCoreApplication::translate("Sportello::Nursery",
                                           "the child's names are longer than %1 characters")
            .arg(ApplicationLimits::kName);
    if (!a.childBirthDate.isValid())
        return QCoreApplication::translate("Sportello::Nursery",
                                           "the child's date of birth is missing");
    if (a.childBirthDate > now.date())
        return QCoreApplication::translate("Sportello::Nursery",
                                           "the child's date of birth %1 is in the future")
            .arg(a.childBirthDate.toString(Qt::ISODate));
    if (!a.submittedAt.isValid())
        return QCoreApplication::translate("Sportello::Nursery",
                                           "the submission date and time are missing");
    if (a.submittedAt > now)
        return QCoreApplication::translate("Sportello::Nursery",
                                           "the submission time %1 is in the future")
            .arg(dateTimeText(a.submittedAt));
    if (a.iseeCents < -1)
        return QCoreApplication::translate("Sportello::Nursery", "the ISEE cannot be negative");
    if (a.preferences.isEmpty())
        return QCoreApplication::translate("Sportello::Nursery",
                                           "at least one nursery must be chosen");
    for (qsizetype i = 0; i < a.preferences.size(); ++i) {
        const QString &code = a.preferences.at(i);
        if (rules.nurseryIndex(code) < 0)
            return QCoreApplication::translate("Sportello::Nursery",
                                               "the nursery %1 is not one of the round")
                .arg(code);
        if (a.preferences.indexOf(code) != i)
            return QCoreApplication::translate("Sportello::Nursery",
                                               "the nursery %1 is chosen twice")
                .arg(code);
    }
    QString problem = conditionsProblem(a.conditions, rules);
    if (problem.isEmpty())
        problem = fiscalCodeProblem(a.childFiscalCode,
                                    QCoreApplication::translate("Sportello::Nursery", "child's"));
    if (problem.isEmpty())
        problem
            = fiscalCodeProblem(a.applicantFiscalCode,
                                QCoreApplication::translate("Sportello::Nursery", "applicant's"));
    return problem;
}

std::optional<QList<Application>> readApplicationsCsv(const QByteArray &utf8, const RuleSet &rules,
                                                      const QSet<QString> &existingProtocols,
                                                      QString *error)
{
    QList<Csv::Record> records;
    int badLine = 0;
    if (!Csv::parse(utf8, &records, &badLine)) {
        *error = QCoreApplication::translate("Sportello::Nursery",
                                             "line %1: a quoted field is never closed")
                     .arg(badLine);
        return std::nullopt;
    }
    if (records.isEmpty()) {
        *error = QCoreApplication::translate("Sportello::Nursery",
                                             "the file is empty: a header row is expected");
        return std::nullopt;
    }
    QStringList header;
    for (const QString &name : records.first().fields)
        header << name.trimmed().toLower();
    for (const QString &name : header) {
        if (!kRequired.contains(name) && !kOptional.contains(name)) {
            *error
                = QCoreApplication::translate("Sportello::Nursery", "line 1: unknown column \"%1\"")
                      .arg(name);
            return std::nullopt;
        }
        if (header.count(name) > 1) {
            *error = QCoreApplication::translate("Sportello::Nursery",
                                                 "line 1: the column %1 appears twice")
                         .arg(name);
            return std::nullopt;
        }
    }
    for (const QString &name : kRequired) {
        if (!header.contains(name)) {
            *error = QCoreApplication::translate("Sportello::Nursery",
                                                 "line 1: the column %1 is missing")
                         .arg(name);
            return std::nullopt;
        }
    }
    if (records.size() == 1) {
        *error = QCoreApplication::translate("Sportello::Nursery", "the file has no applications");
        return std::nullopt;
    }

    QList<Application> out;
    QHash<QString, int> lineOfProtocol;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const Csv::Record &record = records.at(r);
        const auto fail = [&](const QString &reason) {
            *error = QCoreApplication::translate("Sportello::Nursery", "line %1: %2")
                         .arg(record.line)
                         .arg(reason);
            return std::nullopt;
        };
        if (record.fields.size() != header.size())
            return fail(QCoreApplication::translate("Sportello::Nursery",
                                                    "%1 fields where the header has %2")
                            .arg(record.fields.size())
                            .arg(header.size()));
        const auto field = [&](const QString &name) {
            const qsizetype i = header.indexOf(name);
            return i < 0 ? QString() : record.fields.at(i).trimmed();
        };
        Application a;
        a.protocol = field(u"protocol"_s);
        if (existingProtocols.contains(a.protocol))
            return fail(QCoreApplication::translate("Sportello::Nursery",
                                                    "the protocol %1 is already in the round")
                            .arg(a.protocol));
        if (lineOfProtocol.contains(a.protocol))
            return fail(QCoreApplication::translate(
                            "Sportello::Nursery", "the protocol %1 is repeated (first on line %2)")
                            .arg(a.protocol)
                            .arg(lineOfProtocol.value(a.protocol)));
        lineOfProtocol.insert(a.protocol, record.line);
        a.childBirthDate = QDate::fromString(field(u"child_birth_date"_s), Qt::ISODate);
        if (!a.childBirthDate.isValid())
            return fail(
                QCoreApplication::translate("Sportello::Nursery",
                                            "child_birth_date \"%1\" is not a date (YYYY-MM-DD)")
                    .arg(field(u"child_birth_date"_s)));
        a.submittedAt = parseDateTime(field(u"submitted_at"_s));
        if (!a.submittedAt.isValid())
            return fail(QCoreApplication::translate(
                            "Sportello::Nursery",
                            "submitted_at \"%1\" is not a date and time (YYYY-MM-DDTHH:MM:SS)")
                            .arg(field(u"submitted_at"_s)));
        bool negative = false;
        a.iseeCents = iseeCents(field(u"isee"_s), &negative);
        if (a.iseeCents == -2)
            return fail(QCoreApplication::translate("Sportello::Nursery",
                                                    "isee \"%1\" is not an amount in euros")
                            .arg(field(u"isee"_s)));
        if (negative)
            return fail(QCoreApplication::translate("Sportello::Nursery",
                                                    "the ISEE cannot be negative (%1)")
                            .arg(field(u"isee"_s)));
        for (const QString &code : field(u"preferences"_s).split(u';', Qt::SkipEmptyParts))
            a.preferences << code.trimmed();
        QString reason;
        if (!parseConditions(field(u"conditions"_s), rules, &a.conditions, &reason))
            return fail(reason);
        a.childFiscalCode = FiscalCode::normalized(field(u"child_fiscal_code"_s));
        a.childSurname = field(u"child_surname"_s);
        a.childGivenNames = field(u"child_given_names"_s);
        a.applicantFiscalCode = FiscalCode::normalized(field(u"applicant_fiscal_code"_s));
        reason = applicationProblem(a, rules);
        if (!reason.isEmpty())
            return fail(reason);
        out.append(a);
    }
    return out;
}

} // namespace Sportello::Nursery
