#include "models/nursery/application.h"

#include "models/common/enumids.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sportello::Nursery {

namespace {

constexpr EnumIds<ConditionStatus, 3> kConditionStatus({{
    {ConditionStatus::Declared, u"declared"},
    {ConditionStatus::Validated, u"validated"},
    {ConditionStatus::Rejected, u"rejected"},
}});

constexpr EnumIds<OfferStatus, 4> kOfferStatus({{
    {OfferStatus::Offered, u"offered"},
    {OfferStatus::Accepted, u"accepted"},
    {OfferStatus::Refused, u"refused"},
    {OfferStatus::Revoked, u"revoked"},
}});

} // namespace

QString Condition::text() const
{
    QString out = code;
    if (count != 1)
        out += u'*' + QString::number(count);
    if (!nursery.isEmpty())
        out += u'@' + nursery;
    return out;
}

QString Application::childName() const
{
    return QString(childSurname + u' ' + childGivenNames).trimmed();
}

namespace {

// A protocol cut at its runs of digits: "2025-006" is texts {"", "-", ""}, numbers {2025, 006}.
struct ProtocolParts
{
    QStringList texts;
    QStringList numbers;

    QString joined() const
    {
        QString out = texts.value(0);
        for (qsizetype i = 0; i < numbers.size(); ++i)
            out += numbers.at(i) + texts.value(i + 1);
        return out;
    }
};

ProtocolParts partsOf(const QString &protocol)
{
    static const QRegularExpression digits(u"\\d+"_s);
    ProtocolParts parts;
    qsizetype at = 0;
    for (auto it = digits.globalMatch(protocol); it.hasNext();) {
        const auto m = it.next();
        parts.texts << protocol.mid(at, m.capturedStart() - at);
        parts.numbers << m.captured();
        at = m.capturedEnd();
    }
    parts.texts << protocol.mid(at);
    return parts;
}

bool looksLikeYear(const QString &number)
{
    return number.size() == 4 && number.toInt() >= 1900 && number.toInt() < 2200;
}

} // namespace

QString nextProtocol(const QStringList &used, int year)
{
    const QSet<QString> taken(used.cbegin(), used.cend());
    // The protocols of the round's usual shape ("2025-NNN"): the most common one.
    QMap<QString, QList<ProtocolParts>> byShape;
    for (const QString &protocol : used) {
        const ProtocolParts parts = partsOf(protocol.trimmed());
        if (!parts.numbers.isEmpty())
            byShape[parts.texts.join(u'\x1f') + u'#' + QString::number(parts.numbers.size())]
                << parts;
    }
    ProtocolParts next;
    int counter = 0;
    if (byShape.isEmpty()) {
        next = partsOf(u"%1-0001"_s.arg(year));
        counter = 1;
    } else {
        auto largest = byShape.cbegin();
        for (auto it = byShape.cbegin(); it != byShape.cend(); ++it) {
            if (it.value().size() > largest.value().size())
                largest = it;
        }
        const QList<ProtocolParts> &group = largest.value();
        // The counter is the number that varies most; a year only when nothing else does.
        int best = -1;
        for (int n = 0; n < group.first().numbers.size(); ++n) {
            QSet<QString> values;
            bool years = true;
            for (const ProtocolParts &p : group) {
                values.insert(p.numbers.at(n));
                years = years && looksLikeYear(p.numbers.at(n));
            }
            const int score = int(values.size()) * 2 + (years ? 0 : 1);
            if (score >= best) {
                best = score;
                counter = n;
            }
        }
        next = *std::max_element(group.cbegin(), group.cend(),
                                 [counter](const ProtocolParts &a, const ProtocolParts &b) {
                                     return a.numbers.at(counter).toLongLong()
                                         < b.numbers.at(counter).toLongLong();
                                 });
        next.numbers[counter] = QString::number(next.numbers.at(counter).toLongLong() + 1)
                                    .rightJustified(next.numbers.at(counter).size(), u'0');
    }
    while (taken.contains(next.joined())) {
        next.numbers[counter] = QString::number(next.numbers.at(counter).toLongLong() + 1)
                                    .rightJustified(next.numbers.at(counter).size(), u'0');
    }
    return next.joined();
}

QString conditionStatusId(ConditionStatus status)
{
    return kConditionStatus.id(status);
}

bool conditionStatusFromId(const QString &id, ConditionStatus *status)
{
    return kConditionStatus.fromId(id, status);
}

QString conditionStatusLabel(ConditionStatus status)
{
    switch (status) {
    case ConditionStatus::Declared:
        return QCoreApplication::translate("Sportello::Nursery", "Declared");
    case ConditionStatus::Validated:
        return QCoreApplication::translate("Sportello::Nursery", "Validated");
    case ConditionStatus::Rejected:
        return QCoreApplication::translate("Sportello::Nursery", "Rejected");
    }
    return QString();
}

QString offerStatusId(OfferStatus status)
{
    return kOfferStatus.id(status);
}

bool offerStatusFromId(const QString &id, OfferStatus *status)
{
    return kOfferStatus.fromId(id, status);
}

QString offerStatusLabel(OfferStatus status)
{
    switch (status) {
    case OfferStatus::Offered:
        return QCoreApplication::translate("Sportello::Nursery", "Offered, awaiting answer");
    case OfferStatus::Accepted:
        return QCoreApplication::translate("Sportello::Nursery", "Accepted");
    case OfferStatus::Refused:
        return QCoreApplication::translate("Sportello::Nursery", "Refused");
    case OfferStatus::Revoked:
        return QCoreApplication::translate("Sportello::Nursery", "Superseded");
    }
    return QString();
}

} // namespace Sportello::Nursery
