#pragma once

#include "models/nursery/snapshot.h"

#include <QSet>

#include <optional>

namespace Sportello {

struct Session;

namespace Nursery {

struct RoundSummary
{
    QString id;
    QString code;
    QString schoolYear;
    QString municipality;
    RoundState state = RoundState::Draft;
    qint64 applications = 0;
};

// Rounds, applications, conditions, offers and published rankings on the local database.
// Every write is one transaction with its audit event; rows are never physically deleted.
// The ranking itself is not stored: it is computed from the rules and the applications.
class NurseryRepository final
{
public:
    explicit NurseryRepository(const QString &dbPath);

    QList<RoundSummary> rounds() const; // newest school year first
    QString roundIdByCode(const QString &code) const; // empty when none
    std::optional<Round> round(const QString &id) const;
    std::optional<RoundData> load(const QString &roundId) const;
    QSet<QString> protocols(const QString &roundId) const;

    // Creates the round of rules.round in the given state, or replaces the rules of the
    // existing one while they may still change. *roundId receives its id.
    bool importRules(const Session &session, const RuleSet &rules, RoundState initial,
                     QString *roundId, QString *error);
    bool saveRules(const Session &session, const QString &roundId, const RuleSet &rules,
                   QString *error);
    bool setState(const Session &session, const QString &roundId, RoundState state, QString *error);
    // Moves the round to its next stage with what that stage means: opening needs rules
    // without problems; the provisional and the final ranking are published (snapshots);
    // allocation makes the first offers.
    bool advance(const Session &session, const EvaluatedRound &round, QString *error);

    // All or nothing; fills the ids and links child and applicant to the citizen
    // registry by fiscal code.
    bool importApplications(const Session &session, const QString &roundId,
                            QList<Application> *applications, QString *error);
    // Inserts (empty id) or updates one application and its conditions.
    bool saveApplication(const Session &session, const QString &roundId, Application *application,
                         QString *error);
    // Records that the session opened the application (who looked at a family's data).
    void recordOpened(const Session &session, const QString &applicationId);
    bool setWithdrawn(const Session &session, const QString &applicationId, bool withdrawn,
                      QString *error);
    bool reviewCondition(const Session &session, const QString &conditionId, ConditionStatus status,
                         QString *error);

    // Records what an allocation changes: superseded offers revoked, new offers made.
    // *offered and *revoked (optional) receive the counts.
    bool recordAllocation(const Session &session, const RoundData &data, const RoundResult &result,
                          QString *error, int *offered = nullptr, int *revoked = nullptr);
    // The family's answer to the open offer of an application.
    bool recordAnswer(const Session &session, const RoundData &data, const QString &protocol,
                      bool accept, QString *error);

    // Records the snapshot unless it has the same content as the latest one of its list;
    // either way *snapshot ends up as the recorded one (id, time, author).
    bool publish(const Session &session, Snapshot *snapshot, QString *error);
    QList<Snapshot> snapshots(const QString &roundId) const; // newest first

private:
    bool rulesMayChange(const QString &roundId, const RuleSet &rules, QString *error) const;

    QString m_path;
};

} // namespace Nursery
} // namespace Sportello
