-- Sportello local database, schema 8: the shared desk, used by several staff of different
-- roles. A change belongs to its author, the staff member the desk wrote in updated_by: it
-- is sent only under their own login, and waits here for their next sign-in meanwhile.
-- A NULL author is an event of the desk itself (a failed sign-in), sent by any of its logins.
ALTER TABLE outbox ADD COLUMN author TEXT;
UPDATE outbox SET author = json_extract(payload, '$.updated_by') WHERE payload IS NOT NULL;
CREATE INDEX outbox_author ON outbox (author, seq);

-- A conflict is its author's to see and resolve, and nobody else's at this desk.
ALTER TABLE sync_conflict ADD COLUMN author TEXT;
UPDATE sync_conflict SET author = json_extract(mine, '$.updated_by');
CREATE INDEX sync_conflict_author ON sync_conflict (author, resolved_at);

-- Each login's own place in the region's change log, since what a login may read depends
-- on its role: every transaction below `horizon` has been pulled, except those in
-- `pending` (an xid8[] literal: transactions still in progress when last seen). A pull under way
-- keeps its snapshot and how far it got, so a cut pull resumes.
CREATE TABLE sync_position (
    login        TEXT PRIMARY KEY,
    role         TEXT NOT NULL,
    municipality TEXT NOT NULL,
    horizon      TEXT NOT NULL DEFAULT '0',
    pending      TEXT NOT NULL DEFAULT '{}',
    snapshot     TEXT,
    cursor_txid  TEXT,
    cursor_seq   INTEGER,
    updated_at   TEXT NOT NULL
);
-- The one position of the whole desk before: each login now pulls from the start once.
DELETE FROM sync_state WHERE key IN ('pull_txid', 'pull_seq');

-- Rows of the region this desk could not apply, kept aside with the reason (no content:
-- the row is read again, under the login that pulled it, at every sync until it applies).
CREATE TABLE sync_setaside (
    table_name  TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    row_version INTEGER NOT NULL,
    login       TEXT NOT NULL,
    reason      TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (table_name, row_id)
);

-- When the desk last reached the region with each login: offline sign-in expires.
ALTER TABLE staff_account ADD COLUMN region_contact_at TEXT;

-- This desk, for the region's ledger: a batch retried by any of its logins gets its result.
INSERT OR IGNORE INTO app_meta (key, value) VALUES ('desk_id',
    lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
          || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2)
          || '-' || hex(randomblob(6))));
