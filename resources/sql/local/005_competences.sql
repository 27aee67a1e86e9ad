-- Competence frameworks (issue 6): ESCO in the language of the deployment, the regional
-- repertories of professional figures and competence units, and the links between them.
-- Reference data: imported whole by a framework's import, never edited at the desk.

CREATE TABLE competence_framework (
    id          TEXT PRIMARY KEY, -- esco, rrfp-toscana, repertorio-calabria, ...
    name        TEXT NOT NULL,
    version     TEXT,
    language    TEXT,
    sample      INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    imported_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE competence_concept (
    id          TEXT PRIMARY KEY, -- the ESCO concept URI, or "<framework>:<code>"
    framework   TEXT NOT NULL REFERENCES competence_framework (id),
    type        TEXT NOT NULL CHECK (type IN ('occupation', 'skill', 'knowledge',
                    'qualification', 'unit', 'isco_group', 'skill_group')),
    code        TEXT,
    label       TEXT NOT NULL,
    alt_labels  TEXT NOT NULL DEFAULT '', -- one per line
    description TEXT NOT NULL DEFAULT '',
    details     TEXT NOT NULL DEFAULT '{}' -- JSON: skill_type, reuse_level, sector, eqf, ...
) WITHOUT ROWID;
CREATE INDEX competence_concept_type ON competence_concept (framework, type);

CREATE TABLE competence_link (
    from_id   TEXT NOT NULL,
    to_id     TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('broader', 'essential', 'optional', 'unit',
                  'maps_to')),
    framework TEXT NOT NULL, -- the import that wrote it, which replaces it
    PRIMARY KEY (from_id, to_id, kind)
) WITHOUT ROWID;
CREATE INDEX competence_link_to ON competence_link (to_id, kind);
CREATE INDEX competence_link_framework ON competence_link (framework);
