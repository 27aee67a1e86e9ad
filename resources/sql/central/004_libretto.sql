-- Sportello central database, schema 4: the citizens' Libretto formativo and their
-- e-learning enrolments (local schemas 6 and 7), enrolled for sync and protected by
-- municipality like the registry they hang on.

CREATE TABLE sportello.libretto_experience (
    id           uuid PRIMARY KEY,
    municipality text NOT NULL,
    citizen_id   uuid NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('work', 'education', 'training')),
    title        text NOT NULL,
    organisation text NOT NULL DEFAULT '',
    place        text NOT NULL DEFAULT '',
    starts_on    text,
    ends_on      text,
    hours        integer CHECK (hours IS NULL OR hours > 0),
    details      text NOT NULL DEFAULT '',
    row_version  bigint NOT NULL DEFAULT 0,
    updated_at   text NOT NULL,
    updated_by   text,
    deleted      integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX libretto_experience_citizen ON sportello.libretto_experience (municipality, citizen_id);

CREATE TABLE sportello.libretto_competence (
    id            uuid PRIMARY KEY,
    municipality  text NOT NULL,
    citizen_id    uuid NOT NULL,
    concept_id    text,
    description   text NOT NULL,
    context       text NOT NULL CHECK (context IN ('formal', 'non_formal', 'informal')),
    experience_id uuid,
    evidence      text NOT NULL DEFAULT '',
    certified     integer NOT NULL DEFAULT 0 CHECK (certified IN (0, 1)),
    certified_by  text NOT NULL DEFAULT '',
    certified_on  text,
    acquired_on   text,
    row_version   bigint NOT NULL DEFAULT 0,
    updated_at    text NOT NULL,
    updated_by    text,
    deleted       integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX libretto_competence_citizen ON sportello.libretto_competence (municipality, citizen_id);

CREATE TABLE sportello.course_enrolment (
    id           uuid PRIMARY KEY,
    municipality text NOT NULL,
    citizen_id   uuid NOT NULL,
    course_code  text NOT NULL,
    enrolled_on  text NOT NULL,
    enrolled_by  text NOT NULL,
    status       text NOT NULL CHECK (status IN ('enrolled', 'completed', 'failed', 'withdrawn')),
    completed_on text,
    row_version  bigint NOT NULL DEFAULT 0,
    updated_at   text NOT NULL,
    updated_by   text,
    deleted      integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX course_enrolment_citizen ON sportello.course_enrolment (municipality, citizen_id);

SELECT sync.enroll(t) FROM unnest(ARRAY['libretto_experience', 'libretto_competence',
    'course_enrolment']) AS t;

-- Every staff role keeps libretti and enrolments at the desk, in its own municipality.
GRANT SELECT, INSERT, UPDATE ON sportello.libretto_experience, sportello.libretto_competence,
    sportello.course_enrolment
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin;
