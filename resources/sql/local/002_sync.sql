-- Sportello local database, schema 2: the state of sync with the regional database.

-- Pull position (txid, seq), last successful cycle, and the like.
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT
);

-- Changes the regional database could not apply, with both versions (JSON rows), until a
-- person resolves them; the resolution is sent on the next sync.
CREATE TABLE sync_conflict (
    id             TEXT PRIMARY KEY,
    table_name     TEXT NOT NULL,
    row_id         TEXT NOT NULL,
    reason         TEXT NOT NULL,
    base_version   INTEGER NOT NULL,
    server_version INTEGER,
    mine           TEXT,
    theirs         TEXT,
    recorded_at    TEXT NOT NULL,
    resolved_at    TEXT,
    resolved_by    TEXT,
    resolution_sent INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sync_conflict_open ON sync_conflict (resolved_at);
