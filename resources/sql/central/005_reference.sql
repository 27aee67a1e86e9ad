-- Sportello central database, schema 5: the region's reference data for competences (ESCO,
-- the regional repertories) and the e-learning catalogue (issue 6). One copy for the whole
-- region, published by its administrators (sportello central publish-reference) and taken
-- whole by every desk when its version moves.

CREATE TABLE sportello.competence_framework (
    id          text PRIMARY KEY,
    name        text NOT NULL,
    version     text,
    language    text,
    sample      integer NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    imported_at text NOT NULL
);

CREATE TABLE sportello.competence_concept (
    id          text PRIMARY KEY,
    framework   text NOT NULL,
    type        text NOT NULL,
    code        text,
    label       text NOT NULL,
    alt_labels  text NOT NULL DEFAULT '',
    description text NOT NULL DEFAULT '',
    details     text NOT NULL DEFAULT '{}'
);

CREATE TABLE sportello.competence_link (
    from_id   text NOT NULL,
    to_id     text NOT NULL,
    kind      text NOT NULL,
    framework text NOT NULL,
    PRIMARY KEY (from_id, to_id, kind)
);

CREATE TABLE sportello.course (
    code     text PRIMARY KEY,
    title    text NOT NULL,
    hours    integer NOT NULL CHECK (hours > 0),
    provider text NOT NULL,
    mode     text NOT NULL,
    url      text NOT NULL DEFAULT '',
    active   integer NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE sportello.course_competence (
    course_code text NOT NULL,
    concept_id  text NOT NULL,
    PRIMARY KEY (course_code, concept_id)
);

-- A group's version moves with every statement that changes one of its tables.
CREATE TABLE sync.reference_version (
    name    text PRIMARY KEY,
    version bigint NOT NULL DEFAULT 0
);
INSERT INTO sync.reference_version (name) VALUES ('competences'), ('courses');

CREATE FUNCTION sync.bump_reference() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    UPDATE sync.reference_version SET version = version + 1 WHERE name = TG_ARGV[0];
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION sync.bump_reference() FROM PUBLIC;

CREATE TRIGGER bump_reference AFTER INSERT OR UPDATE OR DELETE ON sportello.competence_framework
    FOR EACH STATEMENT EXECUTE FUNCTION sync.bump_reference('competences');
CREATE TRIGGER bump_reference AFTER INSERT OR UPDATE OR DELETE ON sportello.competence_concept
    FOR EACH STATEMENT EXECUTE FUNCTION sync.bump_reference('competences');
CREATE TRIGGER bump_reference AFTER INSERT OR UPDATE OR DELETE ON sportello.competence_link
    FOR EACH STATEMENT EXECUTE FUNCTION sync.bump_reference('competences');
CREATE TRIGGER bump_reference AFTER INSERT OR UPDATE OR DELETE ON sportello.course
    FOR EACH STATEMENT EXECUTE FUNCTION sync.bump_reference('courses');
CREATE TRIGGER bump_reference AFTER INSERT OR UPDATE OR DELETE ON sportello.course_competence
    FOR EACH STATEMENT EXECUTE FUNCTION sync.bump_reference('courses');

-- Everyone reads; only the region's administrators publish.
GRANT SELECT ON sportello.competence_framework, sportello.competence_concept,
    sportello.competence_link, sportello.course, sportello.course_competence,
    sync.reference_version
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin;
GRANT INSERT, UPDATE, DELETE ON sportello.competence_framework, sportello.competence_concept,
    sportello.competence_link, sportello.course, sportello.course_competence
    TO sportello_admin;
