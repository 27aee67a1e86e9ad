-- Sportello central database, schema 6: the region's view of the territorial services.
-- Members of sportello_region read aggregate views in the schema `region` and nothing
-- else: no grant on any table of `sportello` or `sync`, so no personal row reaches them.
-- Every count of persons, cases or applications from 1 to 4 is suppressed (NULL), and
-- the whole region's figures are counted here before suppression, not summed from the
-- municipalities' suppressed ones. A NULL municipality is the whole region.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sportello_region') THEN
        BEGIN
            CREATE ROLE sportello_region NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- another database of this cluster created it meanwhile
        END;
    END IF;
END
$$;

CREATE SCHEMA region;

-- The views run as their owner (this schema's owner), which row-level security otherwise
-- holds to no municipality: it reads every row, for counting only.
CREATE POLICY region_figures ON sportello.social_case FOR SELECT TO CURRENT_USER USING (true);
CREATE POLICY region_figures ON sportello.nursery_round FOR SELECT TO CURRENT_USER USING (true);
CREATE POLICY region_figures ON sportello.nursery_application FOR SELECT TO CURRENT_USER
    USING (true);
CREATE POLICY region_figures ON sportello.nursery_offer FOR SELECT TO CURRENT_USER USING (true);
CREATE POLICY region_figures ON sportello.course_enrolment FOR SELECT TO CURRENT_USER
    USING (true);
CREATE POLICY region_figures ON sportello.staff FOR SELECT TO CURRENT_USER USING (true);
CREATE POLICY region_figures ON sync.conflict FOR SELECT TO CURRENT_USER USING (true);
CREATE POLICY region_figures ON sync.applied_mutation FOR SELECT TO CURRENT_USER USING (true);
CREATE INDEX applied_mutation_user ON sync.applied_mutation (username, applied_at);

CREATE FUNCTION region.suppressed(n bigint) RETURNS bigint
    LANGUAGE sql IMMUTABLE
AS $$ SELECT CASE WHEN n BETWEEN 1 AND 4 THEN NULL ELSE n END $$;

-- Open cases by status and by need area (one of the two is NULL on each row).
CREATE VIEW region.open_cases AS
SELECT municipality, status, need_area, region.suppressed(count(*)) AS cases
FROM sportello.social_case
WHERE deleted = 0 AND status <> 'closed'
GROUP BY GROUPING SETS ((municipality, status), (municipality, need_area), (status), (need_area));

-- Cases opened and closed per month ("2026-03").
CREATE VIEW region.cases_per_month AS
SELECT municipality, month, region.suppressed(sum(opened)) AS opened,
       region.suppressed(sum(closed)) AS closed
FROM (SELECT municipality, substr(opened_at, 1, 7) AS month, 1 AS opened, 0 AS closed
      FROM sportello.social_case WHERE deleted = 0
      UNION ALL
      SELECT municipality, substr(closed_at, 1, 7), 0, 1
      FROM sportello.social_case WHERE deleted = 0 AND closed_at IS NOT NULL) AS e
GROUP BY GROUPING SETS ((municipality, month), (month));

-- Each municipality's latest round: applications against seats by age group, and the
-- municipality's total (age_group NULL). The age groups and seats are the round's rules.
CREATE VIEW region.nursery_demand AS
WITH latest AS (
    SELECT DISTINCT ON (municipality) id, municipality, rules::jsonb AS rules
    FROM sportello.nursery_round
    WHERE deleted = 0 AND state <> 'draft'
    ORDER BY municipality, school_year DESC, code DESC
), age_group AS (
    SELECT l.id AS round_id, l.municipality, g.value->>'code' AS code, g.value->>'label' AS label,
           g.ordinality AS position, (g.value->>'born_from')::date AS born_from,
           (g.value->>'born_to')::date AS born_to
    FROM latest l, jsonb_array_elements(l.rules->'age_groups') WITH ORDINALITY AS g
), seats AS (
    SELECT l.municipality, s.key AS code, sum(s.value::integer) AS seats
    FROM latest l, jsonb_array_elements(l.rules->'nurseries') AS n, jsonb_each_text(n->'seats') AS s
    GROUP BY l.municipality, s.key
), demand AS (
    SELECT g.municipality, g.code, g.label, g.position, count(a.id) AS applications,
           coalesce(max(s.seats), 0) AS seats
    FROM age_group g
    LEFT JOIN sportello.nursery_application a
        ON a.round_id = g.round_id AND a.deleted = 0 AND a.withdrawn = 0
       AND a.child_birth_date::date BETWEEN g.born_from AND g.born_to
    LEFT JOIN seats s ON s.municipality = g.municipality AND s.code = g.code
    GROUP BY g.municipality, g.code, g.label, g.position
)
SELECT municipality, code AS age_group, label, position,
       region.suppressed(applications) AS applications, seats
FROM demand
UNION ALL
SELECT municipality, NULL, NULL, 0, region.suppressed(sum(applications)::bigint),
       sum(seats)::bigint
FROM demand GROUP BY municipality;

-- Rounds at allocation: their applications and those still waiting for a seat (no open
-- or accepted offer); the region's rows add up the rounds of each school year.
CREATE VIEW region.waiting_list AS
SELECT r.municipality, r.code AS round, r.school_year,
       region.suppressed(count(*)) AS applications,
       region.suppressed(count(*) FILTER (WHERE NOT EXISTS (
           SELECT 1 FROM sportello.nursery_offer o
           WHERE o.application_id = a.id AND o.deleted = 0
             AND o.status IN ('offered', 'accepted')))) AS waiting
FROM sportello.nursery_round r
JOIN sportello.nursery_application a ON a.round_id = r.id AND a.deleted = 0 AND a.withdrawn = 0
WHERE r.deleted = 0 AND r.state = 'allocation'
GROUP BY GROUPING SETS ((r.municipality, r.code, r.school_year), (r.school_year));

-- Competences certified in the libretti and e-learning courses completed, per month.
CREATE VIEW region.learning_per_month AS
SELECT municipality, month, region.suppressed(sum(certified)) AS certified,
       region.suppressed(sum(completed)) AS completed
FROM (SELECT municipality, substr(certified_on, 1, 7) AS month, 1 AS certified, 0 AS completed
      FROM sportello.libretto_competence
      WHERE deleted = 0 AND certified = 1 AND certified_on IS NOT NULL
      UNION ALL
      SELECT municipality, substr(completed_on, 1, 7), 0, 1
      FROM sportello.course_enrolment
      WHERE deleted = 0 AND status = 'completed' AND completed_on IS NOT NULL) AS e
GROUP BY GROUPING SETS ((municipality, month), (month));

-- Sync health per municipality: its active accounts, those that have sent nothing for a
-- week (the region knows a desk by the login that pushes from it), the last change
-- received and the conflicts still open.
CREATE VIEW region.sync_health AS
SELECT s.municipality, count(*) AS accounts,
       count(*) FILTER (WHERE p.last_push IS NULL OR p.last_push < now() - interval '7 days')
           AS idle_accounts,
       max(p.last_push) AS last_sync,
       (SELECT count(*) FROM sync.conflict c
        WHERE c.municipality = s.municipality AND c.resolved_at IS NULL) AS open_conflicts
FROM sportello.staff s
LEFT JOIN LATERAL (SELECT max(applied_at) AS last_push FROM sync.applied_mutation m
                   WHERE m.username = s.username) AS p ON true
WHERE s.active
GROUP BY s.municipality;

GRANT USAGE ON SCHEMA region TO sportello_region;
GRANT SELECT ON ALL TABLES IN SCHEMA region TO sportello_region;
GRANT SELECT ON sync.schema_version TO sportello_region;
GRANT USAGE ON SCHEMA sync TO sportello_region;
