-- Sportello local database, schema 7: e-learning courses (issue 6). The catalogue is
-- reference data (loaded whole); enrolments are the citizen's, with the sync columns.

CREATE TABLE course (
    code        TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    hours       INTEGER NOT NULL CHECK (hours > 0),
    provider    TEXT NOT NULL,
    mode        TEXT NOT NULL CHECK (mode IN ('self_paced', 'tutored', 'blended')),
    url         TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) WITHOUT ROWID;

-- The competences a course develops: repertory units or ESCO skills (concept ids).
CREATE TABLE course_competence (
    course_code TEXT NOT NULL REFERENCES course (code),
    concept_id  TEXT NOT NULL,
    PRIMARY KEY (course_code, concept_id)
) WITHOUT ROWID;
CREATE INDEX course_competence_concept ON course_competence (concept_id);

CREATE TABLE course_enrolment (
    id           TEXT PRIMARY KEY,
    municipality TEXT NOT NULL,
    citizen_id   TEXT NOT NULL REFERENCES citizen (id) DEFERRABLE INITIALLY DEFERRED,
    course_code  TEXT NOT NULL,
    enrolled_on  TEXT NOT NULL,
    enrolled_by  TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('enrolled', 'completed', 'failed', 'withdrawn')),
    completed_on TEXT,
    row_version  INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX course_enrolment_citizen ON course_enrolment (citizen_id);
CREATE INDEX course_enrolment_course ON course_enrolment (course_code, citizen_id);

INSERT INTO synced_table (name) VALUES ('course_enrolment');
