-- Sportello central database, schema 4: the citizens' Libretto formativo and their
-- e-learning enrolments (local schemas 6 and 7), enrolled for sync. Enrolments belong to
-- the municipality of the desk; a libretto is the citizen's across the region: every
-- municipality whose registry holds the citizen (by fiscal code) reads it, and writes its
-- own entries.

CREATE TABLE sportello.libretto_experience (
    id           uuid PRIMARY KEY,
    municipality text NOT NULL,
    citizen_id   uuid NOT NULL,
    fiscal_code  text NOT NULL,
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
CREATE INDEX libretto_experience_citizen ON sportello.libretto_experience (fiscal_code);

CREATE TABLE sportello.libretto_competence (
    id            uuid PRIMARY KEY,
    municipality  text NOT NULL,
    citizen_id    uuid NOT NULL,
    fiscal_code   text NOT NULL,
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
CREATE INDEX libretto_competence_citizen ON sportello.libretto_competence (fiscal_code);

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

-- Whether the connected staff member's municipality registers the citizen.
CREATE FUNCTION sync.knows_citizen(code text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT EXISTS (SELECT 1 FROM sportello.citizen WHERE fiscal_code = code
                     AND municipality = sync.my_municipality() AND deleted = 0) $$;
REVOKE ALL ON FUNCTION sync.knows_citizen(text) FROM PUBLIC;

-- Whether a logged libretto row is about a citizen of the connected municipality.
CREATE FUNCTION sync.shared_libretto_row(table_name text, row_id uuid) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    code text;
BEGIN
    IF table_name = 'libretto_experience' THEN
        SELECT fiscal_code INTO code FROM sportello.libretto_experience WHERE id = row_id;
    ELSIF table_name = 'libretto_competence' THEN
        SELECT fiscal_code INTO code FROM sportello.libretto_competence WHERE id = row_id;
    ELSE
        RETURN false;
    END IF;
    RETURN code IS NOT NULL AND sync.knows_citizen(code);
END
$$;
REVOKE ALL ON FUNCTION sync.shared_libretto_row(text, uuid) FROM PUBLIC;

-- Policies add up: besides its own municipality's rows, a desk reads the libretto entries
-- of the citizens it registers, and their lines of the change log.
CREATE POLICY shared_libretto ON sportello.libretto_experience FOR SELECT
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin
    USING (sync.knows_citizen(fiscal_code));
CREATE POLICY shared_libretto ON sportello.libretto_competence FOR SELECT
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin
    USING (sync.knows_citizen(fiscal_code));
CREATE POLICY shared_libretto ON sync.change_log FOR SELECT
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin
    USING (table_name IN ('libretto_experience', 'libretto_competence')
           AND sync.shared_libretto_row(table_name, id));
GRANT EXECUTE ON FUNCTION sync.knows_citizen(text), sync.shared_libretto_row(text, uuid)
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin;

-- A citizen newly registered somewhere brings their libretto along: its rows are logged
-- again, so that municipality's desks pull them (they are past them in the log otherwise).
CREATE POLICY region_touch ON sportello.libretto_experience TO CURRENT_USER
    USING (true) WITH CHECK (true);
CREATE POLICY region_touch ON sportello.libretto_competence TO CURRENT_USER
    USING (true) WITH CHECK (true);
CREATE FUNCTION sync.relog_libretto() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    UPDATE sportello.libretto_experience SET updated_at = updated_at
        WHERE fiscal_code = NEW.fiscal_code AND municipality <> NEW.municipality;
    UPDATE sportello.libretto_competence SET updated_at = updated_at
        WHERE fiscal_code = NEW.fiscal_code AND municipality <> NEW.municipality;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION sync.relog_libretto() FROM PUBLIC;
CREATE TRIGGER relog_libretto AFTER INSERT OR UPDATE OF fiscal_code ON sportello.citizen
    FOR EACH ROW EXECUTE FUNCTION sync.relog_libretto();

-- Every staff role keeps libretti and enrolments at the desk, in its own municipality.
GRANT SELECT, INSERT, UPDATE ON sportello.libretto_experience, sportello.libretto_competence,
    sportello.course_enrolment
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin;
