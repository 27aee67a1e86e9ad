-- Sportello central database, schema 8: shared desks and hostile logins. One desk is used by
-- several staff of different roles, and any of them may type SQL into psql with their own
-- login; the region itself keeps each person to their role:
--   a change is attributed to its author, who must be the login that sends it;
--   the ledger of applied mutations answers a retry from any login of the same desk, and
--   nobody reads or writes it directly;
--   a conflict is read only by the login that submitted it, so a confidential note's body
--   never reaches another worker, and the change log hides the notes' very existence;
--   only the assigned worker hands a case over, any social worker makes the first
--   assignment, the municipality's administrator reassigns; the region records each one;
--   only the region's administrators publish the reference data;
--   every staff login carries statement, lock and idle-in-transaction timeouts.

-- The region's administrators (publish the reference data) join the region's officers
-- (sportello_region, aggregate figures) in a registry of their own: they belong to no
-- municipality, and deactivating one here stops them at once.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sportello_region_admin') THEN
        BEGIN
            CREATE ROLE sportello_region_admin NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- another database of this cluster created it meanwhile
        END;
    END IF;
END
$$;

CREATE TABLE sync.region_staff (
    username name PRIMARY KEY,
    role     text NOT NULL CHECK (role IN ('region', 'region_admin')),
    active   boolean NOT NULL DEFAULT true
);
INSERT INTO sync.region_staff (username, role)
SELECT u.rolname, 'region'
FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
WHERE g.rolname = 'sportello_region'
ON CONFLICT DO NOTHING;

CREATE FUNCTION sync.is_region_admin() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT EXISTS (SELECT 1 FROM sync.region_staff
                   WHERE username = session_user AND role = 'region_admin' AND active)
       AND pg_has_role(session_user, 'sportello_region_admin', 'MEMBER')
$$;
REVOKE ALL ON FUNCTION sync.is_region_admin() FROM PUBLIC;

-- The role of the connected login if it is an active staff member (NULL otherwise: the
-- region's DBA, or someone deactivated).
CREATE FUNCTION sync.my_role() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT role FROM sportello.staff WHERE username = session_user AND active $$;
REVOKE ALL ON FUNCTION sync.my_role() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sync.my_role()
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin;

-- Whether the connected login is a staff member at all, active or not: their writes follow
-- the staff rules; the region's DBA's do not.
CREATE FUNCTION sync.is_staff_login() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT EXISTS (SELECT 1 FROM sportello.staff WHERE username = session_user)
        OR EXISTS (SELECT 1 FROM sync.region_staff WHERE username = session_user)
$$;
REVOKE ALL ON FUNCTION sync.is_staff_login() FROM PUBLIC;

-- Statement, lock and idle-in-transaction timeouts of a login: set on the login itself,
-- since a setting on a group role is not inherited by its members.
CREATE FUNCTION sync.set_login_timeouts(login name) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    wanted text[] := ARRAY['statement_timeout=60s', 'lock_timeout=10s',
                           'idle_in_transaction_session_timeout=60s'];
    setting text;
BEGIN
    IF EXISTS (SELECT 1 FROM pg_db_role_setting s JOIN pg_roles r ON r.oid = s.setrole
               WHERE r.rolname = login AND s.setdatabase = 0 AND s.setconfig @> wanted) THEN
        RETURN; -- already so: a role is the whole cluster's, changed by one at a time
    END IF;
    FOREACH setting IN ARRAY wanted LOOP
        EXECUTE format('ALTER ROLE %I SET %s = %L', login, split_part(setting, '=', 1),
                       split_part(setting, '=', 2));
    END LOOP;
END
$$;
REVOKE ALL ON FUNCTION sync.set_login_timeouts(name) FROM PUBLIC;

-- The audit log is the person's own: a staff login records events under its own name
-- (a failed sign-in names whoever was tried, and is sent by the desk's next login). The
-- region stamps when it received each event; the desk's own time of the access stays,
-- but cannot be later than that.
ALTER TABLE sportello.audit_event ADD COLUMN received_at timestamptz;
CREATE FUNCTION sync.check_audit_event() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF sync.is_staff_login() AND NEW.action <> 'login_failed'
       AND NEW.username IS DISTINCT FROM session_user::text THEN
        RAISE EXCEPTION 'an audit event is recorded under its own user, not %', NEW.username
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    NEW.received_at := now();
    IF NEW.at IS NULL OR NEW.at !~ '^\d{4}-\d\d-\d\dT' OR NEW.at::timestamptz > now() THEN
        NEW.at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION sync.check_audit_event() FROM PUBLIC;
CREATE TRIGGER check_audit_event BEFORE INSERT ON sportello.audit_event
    FOR EACH ROW EXECUTE FUNCTION sync.check_audit_event();

-- The ledger: one row per applied mutation, with the desk that sent it. Read and written
-- only through the two functions below, for the caller's desk: any of the desk's logins
-- gets the stored result of a retried batch; nobody reads the ledger itself.
ALTER TABLE sync.applied_mutation ADD COLUMN desk uuid;
ALTER TABLE sync.applied_mutation ADD COLUMN municipality text;
DROP POLICY own_mutations ON sync.applied_mutation;
REVOKE ALL ON sync.applied_mutation
    FROM sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin;

-- The stored results of a batch's mutations already applied, {mutation_id: result}.
CREATE FUNCTION sync.ledger_results(from_desk uuid, batch jsonb) RETURNS jsonb
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(jsonb_object_agg(a.mutation_id::text, a.result), '{}')
    FROM sync.applied_mutation a
    WHERE a.mutation_id IN (SELECT (e ->> 'mutation_id')::uuid FROM jsonb_array_elements(batch) e)
      AND (a.desk = from_desk OR (a.desk IS NULL AND a.username = session_user))
$$;
REVOKE ALL ON FUNCTION sync.ledger_results(uuid, jsonb) FROM PUBLIC;

-- Records a batch's new results, [{mutation_id, result}], under the caller and desk.
CREATE FUNCTION sync.ledger_record(from_desk uuid, outcomes jsonb) RETURNS void
    LANGUAGE sql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    INSERT INTO sync.applied_mutation (mutation_id, username, desk, municipality, result)
    SELECT (o ->> 'mutation_id')::uuid, session_user, from_desk, sync.my_municipality(),
           o -> 'result'
    FROM jsonb_array_elements(outcomes) o
    ON CONFLICT (mutation_id) DO NOTHING
$$;
REVOKE ALL ON FUNCTION sync.ledger_record(uuid, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sync.ledger_results(uuid, jsonb), sync.ledger_record(uuid, jsonb)
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin;

-- Conflicts: only the login that submitted one reads it (its "mine" may be a confidential
-- note); it marks it resolved through sync.mark_resolved, which also serves a colleague
-- the desk's administrator handed the change to.
DROP POLICY conflicts_read ON sync.conflict;
DROP POLICY conflicts_resolve ON sync.conflict;
CREATE POLICY own_conflicts ON sync.conflict FOR SELECT
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin
    USING (submitted_by = session_user);
CREATE POLICY own_conflicts_chained ON sync.conflict FOR UPDATE
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin
    USING (submitted_by = session_user AND resolved_at IS NULL)
    WITH CHECK (submitted_by = session_user);
REVOKE UPDATE ON sync.conflict
    FROM sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin;
GRANT UPDATE (mine, mutation_id) ON sync.conflict
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin;

CREATE FUNCTION sync.mark_resolved(ids uuid[]) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    n integer;
BEGIN
    UPDATE sync.conflict SET resolved_by = session_user, resolved_at = now()
     WHERE id = ANY(ids) AND resolved_at IS NULL AND municipality = sync.my_municipality();
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
REVOKE ALL ON FUNCTION sync.mark_resolved(uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sync.mark_resolved(uuid[])
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin;

-- A confidential note's line in the change log is seen only by the case's worker: its id
-- and version would tell others that the note exists.
CREATE FUNCTION sync.confidential_note_readable(note uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT EXISTS (SELECT 1 FROM sportello.case_confidential_note n
                   JOIN sportello.social_case c ON c.id = n.case_id
                   WHERE n.id = note AND c.assigned_to = session_user::text)
$$;
REVOKE ALL ON FUNCTION sync.confidential_note_readable(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sync.confidential_note_readable(uuid)
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin;
CREATE POLICY confidential_existence ON sync.change_log AS RESTRICTIVE FOR SELECT
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin
    USING (table_name <> 'case_confidential_note' OR sync.confidential_note_readable(id));

-- Who a case is assigned to, checked on every write however it arrives: any social worker
-- makes the first assignment (taking charge of a request), the assigned worker hands the
-- case over, the municipality's administrator reassigns it (and changes nothing else of
-- it: the head of the service assigns but does not work the case). Always to an active
-- social worker of the municipality.
CREATE TABLE sync.case_assignment (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id      uuid NOT NULL,
    municipality text NOT NULL,
    from_worker  text,
    to_worker    text,
    by_user      name NOT NULL DEFAULT session_user,
    at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_assignment_case ON sync.case_assignment (case_id, at);
ALTER TABLE sync.case_assignment ENABLE ROW LEVEL SECURITY;
ALTER TABLE sync.case_assignment FORCE ROW LEVEL SECURITY;
CREATE POLICY own_municipality ON sync.case_assignment FOR SELECT TO sportello_admin
    USING (municipality = (SELECT sync.my_municipality()));
CREATE POLICY region_records ON sync.case_assignment TO CURRENT_USER USING (true)
    WITH CHECK (true);
GRANT SELECT ON sync.case_assignment TO sportello_admin;

CREATE FUNCTION sync.check_assignment() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    me       text := session_user::text;
    my_role  text := sync.my_role();
    previous text;
    sync_columns text[] := ARRAY['assigned_to', 'updated_at', 'updated_by', 'row_version'];
BEGIN
    IF NOT sync.is_staff_login() THEN
        RETURN NEW; -- the region's DBA
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF my_role = 'admin'
           AND to_jsonb(NEW) - sync_columns IS DISTINCT FROM to_jsonb(OLD) - sync_columns THEN
            RAISE EXCEPTION 'an administrator changes only whom a case is assigned to'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.assigned_to IS NOT DISTINCT FROM OLD.assigned_to THEN
            RETURN NEW;
        END IF;
        previous := OLD.assigned_to;
    ELSIF NEW.assigned_to IS NULL THEN
        RETURN NEW;
    END IF;
    IF NEW.assigned_to IS NOT NULL AND NOT EXISTS (
           SELECT 1 FROM sportello.staff s WHERE s.username = NEW.assigned_to
           AND s.role = 'social_worker' AND s.active AND s.municipality = NEW.municipality) THEN
        RAISE EXCEPTION 'a case is assigned to an active social worker of its municipality'
            USING ERRCODE = 'check_violation';
    END IF;
    IF NOT ((previous IS NULL AND my_role = 'social_worker')
            OR (previous = me AND my_role = 'social_worker')
            OR my_role = 'admin') THEN
        RAISE EXCEPTION 'only the assigned social worker hands a case over, or the administrator reassigns it'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION sync.check_assignment() FROM PUBLIC;
CREATE TRIGGER check_assignment BEFORE INSERT OR UPDATE ON sportello.social_case
    FOR EACH ROW EXECUTE FUNCTION sync.check_assignment();

CREATE FUNCTION sync.record_assignment() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    INSERT INTO sync.case_assignment (case_id, municipality, from_worker, to_worker)
    VALUES (NEW.id, NEW.municipality,
            CASE WHEN TG_OP = 'UPDATE' THEN OLD.assigned_to END, NEW.assigned_to);
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION sync.record_assignment() FROM PUBLIC;
CREATE TRIGGER record_assignment AFTER INSERT ON sportello.social_case
    FOR EACH ROW WHEN (NEW.assigned_to IS NOT NULL)
    EXECUTE FUNCTION sync.record_assignment();
CREATE TRIGGER record_reassignment AFTER UPDATE OF assigned_to ON sportello.social_case
    FOR EACH ROW WHEN (NEW.assigned_to IS DISTINCT FROM OLD.assigned_to)
    EXECUTE FUNCTION sync.record_assignment();

-- The administrator reassigns (the trigger above keeps them to assigned_to).
GRANT UPDATE ON sportello.social_case TO sportello_admin;

-- The region's reference data: everyone reads, only an active region administrator writes.
REVOKE INSERT, UPDATE, DELETE ON sportello.competence_framework, sportello.competence_concept,
    sportello.competence_link, sportello.course, sportello.course_competence
    FROM sportello_admin;
GRANT USAGE ON SCHEMA sportello, sync TO sportello_region_admin;
GRANT SELECT, INSERT, UPDATE, DELETE ON sportello.competence_framework,
    sportello.competence_concept, sportello.competence_link, sportello.course,
    sportello.course_competence
    TO sportello_region_admin;
GRANT SELECT ON sync.reference_version, sync.schema_version TO sportello_region_admin;
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['competence_framework', 'competence_concept', 'competence_link',
                             'course', 'course_competence'] LOOP
        EXECUTE format('ALTER TABLE sportello.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE sportello.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY everyone_reads ON sportello.%I FOR SELECT TO '
                       'sportello_clerk, sportello_social_worker, sportello_coordinator, '
                       'sportello_admin, sportello_region_admin USING (true)', t);
        EXECUTE format('CREATE POLICY region_publishes ON sportello.%I TO sportello_region_admin '
                       'USING (sync.is_region_admin()) WITH CHECK (sync.is_region_admin())', t);
        EXECUTE format('CREATE POLICY schema_owner ON sportello.%I TO CURRENT_USER '
                       'USING (true) WITH CHECK (true)', t);
    END LOOP;
END
$$;
GRANT EXECUTE ON FUNCTION sync.is_region_admin() TO sportello_region_admin;

-- Push, one call per batch, one transaction, for the desk `desk`. Each mutation is
--   {"mutation_id", "table", "id", "op": insert|update|delete, "base_version", "row": {...}}
-- and gets back, in the batch's order, {"mutation_id", "status": applied|conflict,
-- "row_version", "conflict_id"}.
-- - A mutation already in the ledger for this desk returns its recorded result.
-- - A row must be signed by the login sending it (updated_by = session_user); a failed
--   sign-in recorded by the desk is the only unsigned row, and any login sends it.
-- - An update or delete applies only when the central row_version equals its base;
--   otherwise, and for an insert of an existing id or a write the rules refuse, both
--   versions go to sync.conflict and the central row stays as it was. An update on base 0
--   is of a row the region never accepted (a refused insert, corrected): it is inserted.
-- - A write whose reference is missing waits for the rest of the batch (a parent later in
--   it), then is refused if the reference is still missing.
-- - Later mutations of the same row in a batch that share the base of an earlier one are
--   chained onto its result.
-- SECURITY INVOKER: grants and row-level security apply to the caller as for any SQL.
DROP FUNCTION sync.push(jsonb);
CREATE FUNCTION sync.push(desk uuid, batch jsonb) RETURNS jsonb
    LANGUAGE plpgsql SECURITY INVOKER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    item      jsonb;
    m         jsonb;
    position  integer;
    pass      integer;
    queue     jsonb;
    later     jsonb := '[]';   -- [{"position", "m"}] waiting for a reference
    waiting   jsonb := '{}';   -- row keys with a mutation in `later`
    outcomes  jsonb[] := '{}'; -- the results, by position in the batch
    result    jsonb;
    repeated  text[];          -- row keys with more than one mutation in the batch
    chained   jsonb := '{}';   -- of those, row key -> {"base", "version", "conflict"}
    tables    text[];
    row_key   text;
    tbl       text;
    op        text;
    row_id    uuid;
    base      bigint;
    effective bigint;
    columns   text;
    affected  bigint;
    theirs    jsonb;
    reason    text;
    conflict  uuid;
    author    text;
    ledger    jsonb;            -- this desk's stored results for the batch
    recorded  jsonb[] := '{}';  -- the new results, recorded at the end
    updatable jsonb := '{}';    -- table -> its column list for an update
BEGIN
    -- Arrays rather than growing jsonb values: appending to them does not copy them.
    ledger := sync.ledger_results(desk, batch);
    tables := ARRAY(SELECT s.name FROM sync.synced_table s);
    repeated := ARRAY(SELECT (e ->> 'table') || '/' || (e ->> 'id')
                      FROM jsonb_array_elements(batch) e GROUP BY 1 HAVING count(*) > 1);
    FOR pass IN 1..2 LOOP
        queue := CASE WHEN pass = 1 THEN (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                                   'position', e.i, 'm', e.value) ORDER BY e.i), '[]')
                                          FROM jsonb_array_elements(batch) WITH ORDINALITY e(value, i))
                      ELSE later END;
        FOR item IN SELECT value FROM jsonb_array_elements(queue) LOOP
            m := item -> 'm';
            position := (item ->> 'position')::integer;
            tbl := m ->> 'table';
            op := m ->> 'op';
            row_id := (m ->> 'id')::uuid;
            base := (m ->> 'base_version')::bigint;
            row_key := tbl || '/' || row_id;

            result := ledger -> (m ->> 'mutation_id');
            IF result IS NOT NULL THEN
                outcomes[position] := result;
                IF result ->> 'status' = 'applied' AND row_key = ANY(repeated) THEN
                    chained := chained || jsonb_build_object(row_key, jsonb_build_object(
                        'base', base, 'version', (result ->> 'row_version')::bigint));
                END IF;
                CONTINUE;
            END IF;

            IF pass = 1 AND waiting ? row_key THEN
                -- An earlier edit of this row waits for a reference: so does this one.
                later := later || item;
                CONTINUE;
            END IF;

            IF NOT tbl = ANY(tables) THEN
                RAISE EXCEPTION 'table % does not sync', tbl;
            END IF;

            effective := base;
            conflict := NULL;
            IF chained ? row_key AND (chained -> row_key ->> 'base')::bigint = base THEN
                effective := (chained -> row_key ->> 'version')::bigint;
                conflict := (chained -> row_key ->> 'conflict')::uuid;
            END IF;
            IF op = 'update' AND effective = 0 THEN
                op := 'insert'; -- never accepted by the region: a corrected, refused insert
            END IF;

            reason := NULL;
            author := m -> 'row' ->> 'updated_by';
            IF op <> 'delete' AND author IS DISTINCT FROM session_user::text
               AND NOT (tbl = 'audit_event' AND author IS NULL
                        AND m -> 'row' ->> 'action' = 'login_failed') THEN
                reason := 'refused: the change is signed by ' || coalesce(author, 'nobody')
                          || ', not by ' || session_user;
            ELSIF conflict IS NOT NULL THEN
                reason := 'version';
            ELSE
                BEGIN
                    IF op = 'insert' THEN
                        EXECUTE format('INSERT INTO sportello.%I SELECT * FROM '
                                       'jsonb_populate_record(NULL::sportello.%I, $1)', tbl, tbl)
                            USING m -> 'row';
                    ELSE
                        columns := updatable ->> tbl;
                        IF columns IS NULL THEN
                            SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum)
                              INTO columns
                              FROM pg_attribute a
                             WHERE a.attrelid = format('sportello.%I', tbl)::regclass
                               AND a.attnum > 0 AND NOT a.attisdropped
                               AND a.attname NOT IN ('id', 'municipality', 'row_version',
                                                     'updated_by', 'received_at');
                            updatable := updatable || jsonb_build_object(tbl, columns);
                        END IF;
                        IF op = 'delete' THEN
                            EXECUTE format('UPDATE sportello.%I SET deleted = 1 '
                                           'WHERE id = $1 AND row_version = $2', tbl)
                                USING row_id, effective;
                        ELSE
                            EXECUTE format('UPDATE sportello.%I t SET (%s) = (SELECT %s FROM '
                                           'jsonb_populate_record(NULL::sportello.%I, $1)) '
                                           'WHERE t.id = $2 AND t.row_version = $3',
                                           tbl, columns, columns, tbl)
                                USING m -> 'row', row_id, effective;
                        END IF;
                        GET DIAGNOSTICS affected = ROW_COUNT;
                        IF affected = 0 THEN
                            reason := 'version';
                        END IF;
                    END IF;
                EXCEPTION
                    WHEN unique_violation THEN
                        reason := 'exists';
                    WHEN foreign_key_violation THEN
                        IF pass = 1 THEN
                            later := later || item;
                            waiting := waiting || jsonb_build_object(row_key, true);
                            CONTINUE;
                        END IF;
                        reason := 'refused: ' || SQLERRM;
                    WHEN lock_not_available OR query_canceled OR deadlock_detected
                         OR serialization_failure THEN
                        RAISE; -- the region is busy, not refusing: the batch is sent again
                    WHEN OTHERS THEN
                        reason := 'refused: ' || SQLERRM;
                END;
            END IF;

            IF reason IS NULL THEN
                result := jsonb_build_object('mutation_id', m ->> 'mutation_id', 'status', 'applied',
                                             'row_version', CASE WHEN op = 'insert' THEN 1
                                                                 ELSE effective + 1 END);
                IF row_key = ANY(repeated) THEN
                    chained := chained || jsonb_build_object(row_key, jsonb_build_object(
                        'base', base, 'version', (result ->> 'row_version')::bigint));
                END IF;
            ELSE
                theirs := NULL;
                BEGIN
                    EXECUTE format('SELECT to_jsonb(t) FROM sportello.%I t WHERE t.id = $1', tbl)
                        INTO theirs USING row_id;
                EXCEPTION WHEN insufficient_privilege THEN
                    theirs := NULL; -- a table the caller may write but not read (the audit log)
                END;
                IF conflict IS NULL THEN
                    -- No RETURNING: the caller may not be allowed to read back a conflict about
                    -- a table it cannot read (the audit log).
                    conflict := gen_random_uuid();
                    INSERT INTO sync.conflict (id, table_name, row_id, mutation_id, base_version,
                                               server_version, mine, theirs, reason)
                    VALUES (conflict, tbl, row_id, (m ->> 'mutation_id')::uuid, base,
                            (theirs ->> 'row_version')::bigint, m -> 'row', theirs, reason);
                    IF row_key = ANY(repeated) THEN
                        chained := chained || jsonb_build_object(row_key, jsonb_build_object(
                            'base', base, 'version', effective, 'conflict', conflict));
                    END IF;
                ELSE
                    -- The latest edit of a row already in conflict is the one to resolve.
                    UPDATE sync.conflict c SET mine = m -> 'row',
                                               mutation_id = (m ->> 'mutation_id')::uuid
                     WHERE c.id = conflict;
                END IF;
                result := jsonb_build_object('mutation_id', m ->> 'mutation_id', 'status', 'conflict',
                                             'conflict_id', conflict,
                                             'row_version', (theirs ->> 'row_version')::bigint);
            END IF;
            recorded := recorded || jsonb_build_object('mutation_id', m ->> 'mutation_id',
                                                       'result', result);
            outcomes[position] := result;
        END LOOP;
    END LOOP;
    PERFORM sync.ledger_record(desk, to_jsonb(recorded));
    RETURN coalesce(to_jsonb(outcomes), '[]');
END
$$;
REVOKE ALL ON FUNCTION sync.push(uuid, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sync.push(uuid, jsonb)
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin;

-- Timeouts on every staff login already there (sportello central init runs this file once;
-- add-user sets them on new logins).
DO $$
DECLARE
    login name;
BEGIN
    FOR login IN SELECT DISTINCT u.rolname FROM pg_auth_members m
                 JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                 WHERE g.rolname IN ('sportello_clerk', 'sportello_social_worker',
                                     'sportello_coordinator', 'sportello_admin',
                                     'sportello_region', 'sportello_region_admin')
                   AND u.rolcanlogin LOOP
        PERFORM sync.set_login_timeouts(login);
    END LOOP;
END
$$;
