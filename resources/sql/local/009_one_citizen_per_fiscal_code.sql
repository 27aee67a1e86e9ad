-- Sportello local database, schema 9: a fiscal code is one person's. At most one live
-- citizen (deleted = 0) per fiscal code in each municipality, held by a partial unique index,
-- so that no path (the form, the sync, an import, the command line, the demo generator)
-- registers a second one. The same code in two municipalities is two registrations of one
-- person, and stays allowed. The region's schema 9 holds the same index.
--
-- A database may already hold such duplicates (the citizen form used to let a clerk "save
-- anyway"): the upgrade must not fail on them, and no record may be lost. Of each group of
-- live citizens sharing municipality and fiscal code, the first registered stays live: one
-- the region already has before one it does not, then the oldest id (ids are time-ordered).
-- It is the one the new rule would have kept, and the one the region's schema 9 keeps among
-- the rows it holds. Each other one becomes a tombstone and is listed in citizen_duplicate
-- with the citizen it duplicates, for the administrator to compare, merge by hand and mark
-- as reviewed (Staff accounts, "Citizens registered twice").
--
-- The tombstones are written as the sync engine writes (not captured): the region retires
-- its own copies in its schema 9 and the desks pull those. A change of a retired citizen
-- still waiting to be sent is rewritten as a tombstone, so the region never receives it live.

CREATE TABLE citizen_duplicate (
    citizen_id  TEXT PRIMARY KEY,
    kept_id     TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    reviewed_at TEXT,
    reviewed_by TEXT
);

INSERT INTO citizen_duplicate (citizen_id, kept_id, recorded_at)
SELECT id, kept_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM (SELECT id, first_value(id) OVER (PARTITION BY municipality, fiscal_code
                                       ORDER BY row_version = 0, id) AS kept_id
      FROM citizen WHERE deleted = 0)
WHERE id <> kept_id;

UPDATE sync_control SET applying = 1;
UPDATE citizen SET deleted = 1 WHERE id IN (SELECT citizen_id FROM citizen_duplicate);
UPDATE sync_control SET applying = 0;
UPDATE outbox SET payload = json_set(payload, '$.deleted', 1)
WHERE table_name = 'citizen' AND payload IS NOT NULL
  AND row_id IN (SELECT citizen_id FROM citizen_duplicate);

CREATE UNIQUE INDEX citizen_live_fiscal_code ON citizen (municipality, fiscal_code)
    WHERE deleted = 0;

-- A row of the region set aside because it collides with one of this desk's: what the
-- administrator needs to compare the two (fiscal code, names, date of birth, who and when),
-- as JSON; NULL for other reasons. Replaced at every retry, gone once the row applies.
ALTER TABLE sync_setaside ADD COLUMN detail TEXT;
