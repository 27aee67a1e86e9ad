-- Sportello central database, schema 9: a fiscal code is one person's. At most one live
-- citizen (deleted = 0) per fiscal code in each municipality, held by a partial unique
-- index: a desk's push of a second one is a conflict for its author, never a second row.
-- The same code in two municipalities stays allowed. The desks' schema 9 holds the same index.
--
-- `central init` must not fail on a region that already holds such duplicates, and no row
-- may be lost. Of each group of live citizens sharing municipality and fiscal code, the first
-- registered (the oldest id: ids are time-ordered) stays live, as on the desks; each other one
-- becomes a tombstone (a new row version, so the desks pull it) and is listed in
-- sync.citizen_duplicate with the citizen it duplicates, readable by the municipality's
-- administrators, for a person to merge what the retired record held.

CREATE TABLE sync.citizen_duplicate (
    citizen_id   uuid PRIMARY KEY,
    kept_id      uuid NOT NULL,
    municipality text NOT NULL,
    fiscal_code  text NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now()
);

INSERT INTO sync.citizen_duplicate (citizen_id, kept_id, municipality, fiscal_code)
SELECT id, kept_id, municipality, fiscal_code
FROM (SELECT id, municipality, fiscal_code,
             first_value(id) OVER (PARTITION BY municipality, fiscal_code ORDER BY id) AS kept_id
      FROM sportello.citizen WHERE deleted = 0) d
WHERE id <> kept_id;

-- The schema's owner retires them: row-level security holds it to no row otherwise.
CREATE POLICY schema9_retire ON sportello.citizen TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY schema9_retire ON sync.change_log FOR INSERT TO CURRENT_USER WITH CHECK (true);
UPDATE sportello.citizen SET deleted = 1
WHERE id IN (SELECT citizen_id FROM sync.citizen_duplicate);
DROP POLICY schema9_retire ON sportello.citizen;
DROP POLICY schema9_retire ON sync.change_log;

CREATE UNIQUE INDEX citizen_live_fiscal_code ON sportello.citizen (municipality, fiscal_code)
    WHERE deleted = 0;

ALTER TABLE sync.citizen_duplicate ENABLE ROW LEVEL SECURITY;
ALTER TABLE sync.citizen_duplicate FORCE ROW LEVEL SECURITY;
CREATE POLICY own_municipality ON sync.citizen_duplicate FOR SELECT TO sportello_admin
    USING (municipality = (SELECT sync.my_municipality()));
GRANT SELECT ON sync.citizen_duplicate TO sportello_admin;
