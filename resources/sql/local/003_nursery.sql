-- Sportello local database, schema 3: nursery (asilo nido) admissions (issue 4).
-- A round keeps its rule set as the JSON of `sportello nursery import-rules`: rules are
-- data, edited as one document, so two desks never hold half of each other's changes.

CREATE TABLE nursery_round (
    id           TEXT PRIMARY KEY,
    municipality TEXT NOT NULL,
    code         TEXT NOT NULL,
    school_year  TEXT NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('draft', 'open', 'provisional', 'appeals',
                                                'final', 'allocation')),
    rules        TEXT NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX nursery_round_code ON nursery_round (code);

-- The people are linked to the citizen registry when known; their names and fiscal codes
-- are kept as declared on the application, which is what an appeal looks at.
CREATE TABLE nursery_application (
    id                    TEXT PRIMARY KEY,
    municipality          TEXT NOT NULL,
    round_id              TEXT NOT NULL REFERENCES nursery_round (id) DEFERRABLE INITIALLY DEFERRED,
    protocol              TEXT NOT NULL,
    child_citizen_id      TEXT,
    applicant_citizen_id  TEXT,
    child_fiscal_code     TEXT,
    child_surname         TEXT,
    child_given_names     TEXT,
    applicant_fiscal_code TEXT,
    child_birth_date      TEXT NOT NULL,
    submitted_at          TEXT NOT NULL,
    isee_cents            INTEGER CHECK (isee_cents IS NULL OR isee_cents >= 0),
    preferences           TEXT NOT NULL, -- nursery codes, first choice first, ';'-separated
    withdrawn             INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1)),
    row_version           INTEGER NOT NULL DEFAULT 0,
    updated_at            TEXT NOT NULL,
    updated_by            TEXT,
    deleted               INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX nursery_application_round ON nursery_application (round_id, protocol);
CREATE INDEX nursery_application_child ON nursery_application (child_citizen_id);

-- Conditions declared on an application; staff validate or reject them (a rejected one
-- stops counting), and who did it and when stays for the appeal.
CREATE TABLE nursery_condition (
    id             TEXT PRIMARY KEY,
    municipality   TEXT NOT NULL,
    application_id TEXT NOT NULL REFERENCES nursery_application (id) DEFERRABLE INITIALLY DEFERRED,
    criterion      TEXT NOT NULL,
    count          INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1),
    nursery        TEXT,
    status         TEXT NOT NULL DEFAULT 'declared'
                   CHECK (status IN ('declared', 'validated', 'rejected')),
    reviewed_by    TEXT,
    reviewed_at    TEXT,
    row_version    INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX nursery_condition_application ON nursery_condition (application_id);

-- Seats offered and the families' answers. An unanswered offer that a later allocation
-- no longer makes is revoked, never deleted.
CREATE TABLE nursery_offer (
    id             TEXT PRIMARY KEY,
    municipality   TEXT NOT NULL,
    round_id       TEXT NOT NULL REFERENCES nursery_round (id) DEFERRABLE INITIALLY DEFERRED,
    application_id TEXT NOT NULL REFERENCES nursery_application (id) DEFERRABLE INITIALLY DEFERRED,
    nursery        TEXT NOT NULL,
    preference     INTEGER NOT NULL CHECK (preference >= 1),
    status         TEXT NOT NULL CHECK (status IN ('offered', 'accepted', 'refused', 'revoked')),
    offered_at     TEXT NOT NULL,
    answered_at    TEXT,
    answered_by    TEXT,
    row_version    INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX nursery_offer_round ON nursery_offer (round_id, application_id);

-- Every published ranking, as published: anonymous rows (JSON) and the rules they were
-- computed with. Immutable: only the sync engine may record the central version.
CREATE TABLE nursery_snapshot (
    id           TEXT PRIMARY KEY,
    municipality TEXT NOT NULL,
    round_id     TEXT NOT NULL REFERENCES nursery_round (id) DEFERRABLE INITIALLY DEFERRED,
    list         TEXT NOT NULL CHECK (list IN ('provisional', 'final')),
    published_at TEXT NOT NULL,
    published_by TEXT NOT NULL,
    rules        TEXT NOT NULL,
    ranking      TEXT NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX nursery_snapshot_round ON nursery_snapshot (round_id, published_at);

CREATE TRIGGER nursery_snapshot_no_update BEFORE UPDATE ON nursery_snapshot
WHEN (SELECT applying FROM sync_control) = 0
BEGIN
    SELECT RAISE(ABORT, 'a published ranking cannot be changed');
END;
CREATE TRIGGER nursery_snapshot_no_delete BEFORE DELETE ON nursery_snapshot
BEGIN
    SELECT RAISE(ABORT, 'a published ranking cannot be changed');
END;

INSERT INTO synced_table (name) VALUES
    ('nursery_round'), ('nursery_application'), ('nursery_condition'), ('nursery_offer'),
    ('nursery_snapshot');
