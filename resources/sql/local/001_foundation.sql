-- Sportello local database, schema 1: sync plumbing, staff and audit, citizen registry.
-- Every synced table has the sync columns of DESIGN.md §2 and is listed in synced_table;
-- its change-capture triggers are generated from that list (models/db/derivedschema.cpp).

CREATE TABLE app_meta (
    key   TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE synced_table (
    name TEXT PRIMARY KEY
);

-- The sync engine sets applying = 1 inside its own transactions so its writes are not
-- captured again; every other writer sees 0.
CREATE TABLE sync_control (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    applying INTEGER NOT NULL DEFAULT 0
);
INSERT INTO sync_control (id, applying) VALUES (1, 0);

CREATE TABLE outbox (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    mutation_id  TEXT NOT NULL UNIQUE,
    table_name   TEXT NOT NULL,
    row_id       TEXT NOT NULL,
    op           TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    base_version INTEGER NOT NULL,
    payload      TEXT,
    created_at   TEXT NOT NULL
);
CREATE INDEX outbox_row ON outbox (table_name, row_id);

-- Local sign-in accounts. Never synced: the password hash stays on this desk.
CREATE TABLE staff_account (
    username      TEXT PRIMARY KEY COLLATE NOCASE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('clerk', 'social_worker', 'coordinator', 'admin')),
    municipality  TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE audit_event (
    id           TEXT PRIMARY KEY,
    municipality TEXT NOT NULL,
    at           TEXT NOT NULL,
    username     TEXT NOT NULL,
    action       TEXT NOT NULL,
    entity       TEXT,
    entity_id    TEXT,
    detail       TEXT,
    row_version  INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX audit_event_entity ON audit_event (entity, entity_id, at);
CREATE INDEX audit_event_at ON audit_event (at);

-- Append-only: only the sync engine may record the central version of an event.
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
WHEN (SELECT applying FROM sync_control) = 0
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only');
END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only');
END;

CREATE TABLE citizen (
    id               TEXT PRIMARY KEY,
    municipality     TEXT NOT NULL,
    fiscal_code      TEXT NOT NULL,
    surname          TEXT NOT NULL,
    given_names      TEXT NOT NULL,
    sex              TEXT NOT NULL CHECK (sex IN ('M', 'F')),
    birth_date       TEXT NOT NULL,
    birth_place_code TEXT NOT NULL,
    address          TEXT,
    phone            TEXT,
    email            TEXT,
    row_version      INTEGER NOT NULL DEFAULT 0,
    updated_at       TEXT NOT NULL,
    updated_by       TEXT,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX citizen_fiscal_code ON citizen (fiscal_code);

-- Search keys of live citizens, kept by generated triggers (see SearchKey).
CREATE TABLE citizen_search (
    citizen_id  TEXT PRIMARY KEY,
    name_key    TEXT NOT NULL,
    birth_date  TEXT NOT NULL,
    fiscal_code TEXT NOT NULL
) WITHOUT ROWID;
-- People with the same name are listed by date of birth.
CREATE INDEX citizen_search_name ON citizen_search (name_key, birth_date, citizen_id);
CREATE INDEX citizen_search_fiscal_code ON citizen_search (fiscal_code, citizen_id);

CREATE TABLE household (
    id           TEXT PRIMARY KEY,
    municipality TEXT NOT NULL,
    address      TEXT,
    row_version  INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) WITHOUT ROWID;

CREATE TABLE household_member (
    id           TEXT PRIMARY KEY,
    municipality TEXT NOT NULL,
    household_id TEXT NOT NULL REFERENCES household (id) DEFERRABLE INITIALLY DEFERRED,
    citizen_id   TEXT NOT NULL REFERENCES citizen (id) DEFERRABLE INITIALLY DEFERRED,
    relation     TEXT NOT NULL CHECK (relation IN ('head', 'spouse', 'partner', 'child',
                     'parent', 'sibling', 'grandchild', 'grandparent', 'other_relative',
                     'cohabitant')),
    row_version  INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX household_member_household ON household_member (household_id);
CREATE INDEX household_member_citizen ON household_member (citizen_id);

CREATE TABLE isee_declaration (
    id           TEXT PRIMARY KEY,
    municipality TEXT NOT NULL,
    citizen_id   TEXT NOT NULL REFERENCES citizen (id) DEFERRABLE INITIALLY DEFERRED,
    value_cents  INTEGER NOT NULL CHECK (value_cents >= 0),
    valid_until  TEXT NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX isee_declaration_citizen ON isee_declaration (citizen_id);

INSERT INTO synced_table (name) VALUES
    ('audit_event'), ('citizen'), ('household'), ('household_member'), ('isee_declaration');
