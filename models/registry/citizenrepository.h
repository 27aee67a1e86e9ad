#pragma once

#include "models/registry/citizen.h"
#include "models/registry/household.h"

#include <QHash>

#include <optional>

namespace Sportello {

struct Session;

// Citizens and their ISEE declarations. Writes are one transaction each, with the audit
// event in the same transaction; rows are never physically deleted.
class CitizenRepository final
{
public:
    explicit CitizenRepository(const QString &dbPath);

    std::optional<Citizen> find(const QString &id) const;
    QHash<QString, Citizen> findAll(const QStringList &ids) const; // the ones that exist
    qint64 count() const;
    // Every citizen row with this fiscal code, deleted ones too (for access requests).
    QStringList idsWithFiscalCode(const QString &fiscalCode) const;

    // Live citizens with the same fiscal code, or the same name and date of birth.
    QList<Citizen> duplicatesOf(const Citizen &citizen) const;
    // The live citizen of the municipality registered with this fiscal code, other than
    // `exceptId`. A fiscal code identifies one person: a second record with it is refused
    // (create, update and restore say so; the database holds the same rule).
    std::optional<Citizen> holderOf(const QString &municipality, const QString &fiscalCode,
                                    const QString &exceptId = QString()) const;
    static QString alreadyRegistered(const Citizen &holder); // the refusal, translated

    // create() fills id, municipality and the stamps. All return false with a reason.
    bool create(const Session &session, Citizen *citizen, QString *error);
    bool update(const Session &session, const Citizen &citizen, QString *error);
    bool setDeleted(const Session &session, const QString &id, bool deleted, QString *error);

    // Records that the session opened the record (audit: who looked at whom, and when).
    void recordOpened(const Session &session, const QString &id);

    std::optional<IseeDeclaration> latestIsee(const QString &citizenId) const;
    bool recordIsee(const Session &session, const QString &citizenId, qint64 valueCents,
                    const QDate &validUntil, QString *error);

private:
    QString m_path;
};

} // namespace Sportello
