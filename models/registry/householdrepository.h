#pragma once

#include "models/registry/household.h"

#include <optional>

namespace Sportello {

struct Session;

// Households and their members; every change is one transaction with its audit event.
class HouseholdRepository final
{
public:
    explicit HouseholdRepository(const QString &dbPath);

    std::optional<Household> ofCitizen(const QString &citizenId) const;

    // Adds newMemberId to the household of citizenId, creating it (with citizenId as its
    // head) if there is none. Refuses a person already living in another household.
    bool addMember(const Session &session, const QString &citizenId, const QString &newMemberId,
                   Relation relation, QString *error);
    bool setRelation(const Session &session, const QString &memberId, Relation relation,
                     QString *error);
    bool removeMember(const Session &session, const QString &memberId, QString *error);

private:
    QString m_path;
};

} // namespace Sportello
