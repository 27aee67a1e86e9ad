-- Sportello local database, schema 6: the citizen's Libretto formativo (issue 6), after the
-- national model of the Decreto interministeriale 10 ottobre 2005. Section 1 is the
-- citizen's registry data plus their experiences (work, education, training); section 2
-- the competences acquired, each with its context, its evidence and whether it is
-- certified. A libretto is the citizen's across the region: its rows name the citizen by
-- fiscal code, so the desks of every municipality that registers the citizen share it
-- (citizen_id is the writing desk's own registry row, not a link every desk can follow).

CREATE TABLE libretto_experience (
    id           TEXT PRIMARY KEY,
    municipality TEXT NOT NULL,
    citizen_id   TEXT NOT NULL,
    fiscal_code  TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('work', 'education', 'training')),
    title        TEXT NOT NULL, -- the role, the qualification, the course
    organisation TEXT NOT NULL DEFAULT '', -- employer, school, training body
    place        TEXT NOT NULL DEFAULT '',
    starts_on    TEXT,
    ends_on      TEXT,
    hours        INTEGER CHECK (hours IS NULL OR hours > 0),
    details      TEXT NOT NULL DEFAULT '', -- tasks, subjects, grade
    row_version  INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX libretto_experience_citizen ON libretto_experience (fiscal_code);

CREATE TABLE libretto_competence (
    id            TEXT PRIMARY KEY,
    municipality  TEXT NOT NULL,
    citizen_id    TEXT NOT NULL,
    fiscal_code   TEXT NOT NULL,
    concept_id    TEXT, -- a repertory unit or an ESCO skill; NULL for a free description
    description   TEXT NOT NULL, -- the competence in words (the concept's label if linked)
    context       TEXT NOT NULL CHECK (context IN ('formal', 'non_formal', 'informal')),
    experience_id TEXT, -- where it was acquired, when it is one of section 1
    evidence      TEXT NOT NULL DEFAULT '', -- the supporting documentation
    certified     INTEGER NOT NULL DEFAULT 0 CHECK (certified IN (0, 1)),
    certified_by  TEXT NOT NULL DEFAULT '',
    certified_on  TEXT,
    acquired_on   TEXT,
    row_version   INTEGER NOT NULL DEFAULT 0,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX libretto_competence_citizen ON libretto_competence (fiscal_code);
CREATE INDEX libretto_competence_concept ON libretto_competence (concept_id);

INSERT INTO synced_table (name) VALUES ('libretto_experience'), ('libretto_competence');
