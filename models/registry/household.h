#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Sportello {

enum class Relation {
    Head,
    Spouse,
    Partner,
    Child,
    Parent,
    Sibling,
    Grandchild,
    Grandparent,
    OtherRelative,
    Cohabitant,
};

namespace Relations {
QList<Relation> all();
QString id(Relation relation); // stored form: head, spouse, ...
bool fromId(const QString &id, Relation *relation);
QString label(Relation relation); // translated, relation to the head of the household
} // namespace Relations

struct HouseholdMember
{
    QString memberId; // household_member.id
    QString citizenId;
    QString fiscalCode;
    QString surname;
    QString givenNames;
    QDate birthDate;
    Relation relation = Relation::Head;
};

// The people registered as living together (famiglia anagrafica).
struct Household
{
    QString id;
    QList<HouseholdMember> members; // the head first, then by date of birth
};

struct IseeDeclaration
{
    QString id;
    qint64 valueCents = 0;
    QDate validUntil;
    bool expired(const QDate &today = QDate::currentDate()) const { return validUntil < today; }
};

} // namespace Sportello
