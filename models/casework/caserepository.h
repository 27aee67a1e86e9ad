#pragma once

#include "models/casework/caseworkflow.h"

#include <QHash>
#include <QStringList>

namespace Sportello {

struct Session;

namespace Casework {

struct CaseNote
{
    QString id;
    QDateTime writtenAt;
    QString writtenBy;
    QString body;
    QString corrects; // the note this one corrects
    bool confidential = false;
};

// Requests, cases, their timeline and notes on the local database. Every write is one
// transaction together with its timeline event and audit record; what a role may do is
// checked here as well as by the regional database.
class CaseRepository final
{
public:
    explicit CaseRepository(const QString &dbPath);

    // The clerk's intake: fills id, number (for the receipt) and the recording clerk.
    bool recordRequest(const Session &session, CaseRequest *request, QString *error);
    std::optional<CaseRequest> request(const QString &id) const;
    QList<CaseRequest> requestsOf(const QString &citizenId) const; // newest first
    QList<CaseRequest> requestsSince(const QDateTime &since) const; // newest first

    // A social worker takes charge of a request: a case in intake, assigned to `worker`.
    bool openCase(const Session &session, const QString &requestId, const QString &worker,
                  SocialCase *opened, QString *error);
    bool assign(const Session &session, const QString &caseId, const QString &worker,
                const QString &reason, QString *error);
    bool setComplex(const Session &session, const QString &caseId, bool complex, QString *error);
    bool transition(const Session &session, const QString &caseId, CaseStatus to,
                    const QString &reason, const QDateTime &at, QString *error);

    std::optional<SocialCase> find(const QString &caseId) const;
    QHash<QString, SocialCase> findAll(const QStringList &caseIds) const; // those that exist
    QList<SocialCase> casesOf(const QString &citizenId) const;
    // The worker's open cases (and closed ones on request), oldest activity first.
    QList<SocialCase> caseload(const QString &worker, bool withClosed = false) const;
    QList<CaseEvent> timeline(const QString &caseId) const; // oldest first
    CaseFacts facts(const QString &caseId) const;

    // Notes are append-only; a correction names the note it corrects. Confidential notes
    // are written and read only by the social worker the case is assigned to, and every
    // reading of them is audited.
    bool addNote(const Session &session, const QString &caseId, const QString &body,
                 bool confidential, const QString &corrects, QString *error);
    QList<CaseNote> notes(const Session &session, const QString &caseId) const;

    // Records that the session opened the case file.
    void recordOpened(const Session &session, const QString &caseId);

private:
    // Cases matching one bound condition, in the given order (both fixed SQL text).
    QList<CaseRequest> requestsWhere(const QString &condition, const QString &value) const;
    QList<SocialCase> casesWhere(const QString &condition, const QString &value,
                                 const QString &order) const;
    bool mayWorkOn(const Session &session, const SocialCase &c, QString *error) const;

    QString m_path;
};

} // namespace Casework
} // namespace Sportello
