-- Sportello central (regional) database, schema 1. Applied by `sportello central init`
-- as a role that may create roles (the region's DBA); every object is owned by that role.
-- Security model (DESIGN.md §3): one login role per staff member, member of one group
-- role; sportello.staff maps the login to its municipality; row-level security keys on
-- session_user through that table, never on a session setting.

CREATE SCHEMA sportello;
CREATE SCHEMA sync;

CREATE TABLE sync.schema_version (
    version integer NOT NULL
);

-- Group roles, created once per cluster.
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['sportello_clerk', 'sportello_social_worker',
                             'sportello_coordinator', 'sportello_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- another database of this cluster created it meanwhile
            END;
        END IF;
    END LOOP;
END
$$;

GRANT USAGE ON SCHEMA sportello, sync
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin;

CREATE TABLE sportello.staff (
    username     name PRIMARY KEY,
    display_name text NOT NULL,
    role         text NOT NULL CHECK (role IN ('clerk', 'social_worker', 'coordinator', 'admin')),
    municipality text NOT NULL CHECK (municipality ~ '^[0-9]{6}$'),
    active       boolean NOT NULL DEFAULT true
);

-- The municipality of the connected staff member (NULL if not mapped or disabled).
CREATE FUNCTION sync.my_municipality() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT municipality FROM sportello.staff WHERE username = session_user AND active $$;
REVOKE ALL ON FUNCTION sync.my_municipality() FROM PUBLIC;

-- Tables that sync, the registry both sides share (the desk has its own, same names).
CREATE TABLE sync.synced_table (
    name text PRIMARY KEY
);

-- The same logical tables as the desk. Sync columns: row_version (bumped here on every
-- accepted change), updated_at (the desk's UTC clock, ISO-8601 text as written there),
-- updated_by (the login that wrote it, stamped here), deleted (tombstone).
CREATE TABLE sportello.citizen (
    id               uuid PRIMARY KEY,
    municipality     text NOT NULL,
    fiscal_code      text NOT NULL,
    surname          text NOT NULL,
    given_names      text NOT NULL,
    sex              text NOT NULL CHECK (sex IN ('M', 'F')),
    birth_date       date NOT NULL,
    birth_place_code text NOT NULL,
    address          text,
    phone            text,
    email            text,
    row_version      bigint NOT NULL DEFAULT 0,
    updated_at       text NOT NULL,
    updated_by       text,
    deleted          integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX citizen_municipality ON sportello.citizen (municipality);
CREATE INDEX citizen_fiscal_code ON sportello.citizen (fiscal_code);

CREATE TABLE sportello.household (
    id           uuid PRIMARY KEY,
    municipality text NOT NULL,
    address      text,
    row_version  bigint NOT NULL DEFAULT 0,
    updated_at   text NOT NULL,
    updated_by   text,
    deleted      integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX household_municipality ON sportello.household (municipality);

CREATE TABLE sportello.household_member (
    id           uuid PRIMARY KEY,
    municipality text NOT NULL,
    household_id uuid NOT NULL,
    citizen_id   uuid NOT NULL,
    relation     text NOT NULL,
    row_version  bigint NOT NULL DEFAULT 0,
    updated_at   text NOT NULL,
    updated_by   text,
    deleted      integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX household_member_municipality ON sportello.household_member (municipality);

CREATE TABLE sportello.isee_declaration (
    id           uuid PRIMARY KEY,
    municipality text NOT NULL,
    citizen_id   uuid NOT NULL,
    value_cents  bigint NOT NULL CHECK (value_cents >= 0),
    valid_until  date NOT NULL,
    row_version  bigint NOT NULL DEFAULT 0,
    updated_at   text NOT NULL,
    updated_by   text,
    deleted      integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX isee_declaration_municipality ON sportello.isee_declaration (municipality);

CREATE TABLE sportello.audit_event (
    id           uuid PRIMARY KEY,
    municipality text NOT NULL,
    at           text NOT NULL,
    username     text NOT NULL,
    action       text NOT NULL,
    entity       text,
    entity_id    text,
    detail       text,
    row_version  bigint NOT NULL DEFAULT 0,
    updated_at   text NOT NULL,
    updated_by   text,
    deleted      integer NOT NULL DEFAULT 0
);
CREATE INDEX audit_event_entity ON sportello.audit_event (entity, entity_id);

INSERT INTO sync.synced_table (name) VALUES
    ('audit_event'), ('citizen'), ('household'), ('household_member'), ('isee_declaration');

-- The change log the desks pull from: one entry per accepted change, in (txid, seq) order.
CREATE TABLE sync.change_log (
    txid         xid8 NOT NULL DEFAULT pg_current_xact_id(),
    seq          bigint GENERATED ALWAYS AS IDENTITY,
    table_name   text NOT NULL,
    id           uuid NOT NULL,
    municipality text NOT NULL,
    row_version  bigint NOT NULL,
    PRIMARY KEY (txid, seq)
);

-- Mutations already applied, by id: a retried batch changes nothing twice.
CREATE TABLE sync.applied_mutation (
    mutation_id uuid PRIMARY KEY,
    username    name NOT NULL DEFAULT session_user,
    result      jsonb NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now()
);

-- Both versions of a change that could not be applied, kept for a person to resolve.
CREATE TABLE sync.conflict (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    table_name     text NOT NULL,
    row_id         uuid NOT NULL,
    municipality   text NOT NULL DEFAULT sync.my_municipality(),
    mutation_id    uuid NOT NULL,
    base_version   bigint NOT NULL,
    server_version bigint,
    mine           jsonb,
    theirs         jsonb,
    reason         text NOT NULL,
    submitted_by   name NOT NULL DEFAULT session_user,
    submitted_at   timestamptz NOT NULL DEFAULT now(),
    resolved_by    name,
    resolved_at    timestamptz
);
CREATE INDEX conflict_open ON sync.conflict (municipality) WHERE resolved_at IS NULL;

-- Server-owned columns: every accepted change gets the next row version and its writer.
CREATE FUNCTION sync.stamp_row() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.row_version := 1;
    ELSE
        IF NEW.id IS DISTINCT FROM OLD.id OR NEW.municipality IS DISTINCT FROM OLD.municipality THEN
            RAISE EXCEPTION 'id and municipality of a % row cannot change', TG_TABLE_NAME;
        END IF;
        NEW.row_version := OLD.row_version + 1;
    END IF;
    NEW.updated_by := session_user;
    RETURN NEW;
END
$$;

-- Owned by the schema owner so desks need no privilege on the log itself.
CREATE FUNCTION sync.log_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    INSERT INTO sync.change_log (table_name, id, municipality, row_version)
    VALUES (TG_TABLE_NAME, NEW.id, NEW.municipality, NEW.row_version);
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION sync.log_change() FROM PUBLIC;

CREATE FUNCTION sync.append_only() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$;

-- Everything a synced table needs on this side: server-owned columns, the change log,
-- and row-level security by municipality. A later table syncs by one call of this.
CREATE FUNCTION sync.enroll(table_name text) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    INSERT INTO sync.synced_table (name) VALUES (table_name) ON CONFLICT DO NOTHING;
    EXECUTE format('CREATE TRIGGER stamp_row BEFORE INSERT OR UPDATE ON sportello.%I '
                   'FOR EACH ROW EXECUTE FUNCTION sync.stamp_row()', table_name);
    EXECUTE format('CREATE TRIGGER log_change AFTER INSERT OR UPDATE ON sportello.%I '
                   'FOR EACH ROW EXECUTE FUNCTION sync.log_change()', table_name);
    EXECUTE format('ALTER TABLE sportello.%I ENABLE ROW LEVEL SECURITY', table_name);
    EXECUTE format('ALTER TABLE sportello.%I FORCE ROW LEVEL SECURITY', table_name);
    EXECUTE format('CREATE POLICY own_municipality ON sportello.%I '
                   'TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin '
                   'USING (municipality = (SELECT sync.my_municipality())) '
                   'WITH CHECK (municipality = (SELECT sync.my_municipality()))', table_name);
END
$$;
REVOKE ALL ON FUNCTION sync.enroll(text) FROM PUBLIC;

SELECT sync.enroll(name) FROM sync.synced_table;

-- The registry: every staff role reads and writes its municipality's rows; nobody deletes.
GRANT SELECT, INSERT, UPDATE ON sportello.citizen, sportello.household,
    sportello.household_member, sportello.isee_declaration
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin;

-- The audit log: everyone appends, only administrators read, nobody changes or deletes.
GRANT INSERT ON sportello.audit_event
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin;
GRANT SELECT ON sportello.audit_event TO sportello_admin;
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON sportello.audit_event
    FOR EACH ROW EXECUTE FUNCTION sync.append_only();

-- Staff: each desk reads the accounts of its municipality (to sign them in offline).
ALTER TABLE sportello.staff ENABLE ROW LEVEL SECURITY;
ALTER TABLE sportello.staff FORCE ROW LEVEL SECURITY;
CREATE POLICY own_municipality ON sportello.staff
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin
    USING (municipality = (SELECT sync.my_municipality()));
GRANT SELECT ON sportello.staff
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin;

-- The change log shows an entry only to who may read its table and municipality, so even
-- ids and versions of rows one cannot see stay hidden.
ALTER TABLE sync.change_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE sync.change_log FORCE ROW LEVEL SECURITY;
CREATE POLICY readable_rows ON sync.change_log FOR SELECT
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin
    USING (municipality = (SELECT sync.my_municipality())
           AND has_table_privilege(session_user, 'sportello.' || quote_ident(table_name), 'SELECT'));
GRANT SELECT ON sync.change_log
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin;

ALTER TABLE sync.applied_mutation ENABLE ROW LEVEL SECURITY;
ALTER TABLE sync.applied_mutation FORCE ROW LEVEL SECURITY;
CREATE POLICY own_mutations ON sync.applied_mutation
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin
    USING (username = session_user) WITH CHECK (username = session_user);
GRANT SELECT, INSERT ON sync.applied_mutation
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin;

ALTER TABLE sync.conflict ENABLE ROW LEVEL SECURITY;
ALTER TABLE sync.conflict FORCE ROW LEVEL SECURITY;
CREATE POLICY conflicts_read ON sync.conflict FOR SELECT
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin
    USING (municipality = (SELECT sync.my_municipality())
           AND has_table_privilege(session_user, 'sportello.' || quote_ident(table_name), 'SELECT'));
CREATE POLICY conflicts_record ON sync.conflict FOR INSERT
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin
    WITH CHECK (municipality = (SELECT sync.my_municipality()) AND submitted_by = session_user);
CREATE POLICY conflicts_resolve ON sync.conflict FOR UPDATE
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin
    USING (municipality = (SELECT sync.my_municipality())
           AND has_table_privilege(session_user, 'sportello.' || quote_ident(table_name), 'SELECT'))
    WITH CHECK (municipality = (SELECT sync.my_municipality()));
GRANT SELECT, INSERT ON sync.conflict
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin;
GRANT UPDATE (mine, mutation_id, resolved_by, resolved_at) ON sync.conflict
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin;

GRANT SELECT ON sync.schema_version, sync.synced_table
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin;
GRANT EXECUTE ON FUNCTION sync.my_municipality()
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin;

-- Push: one call per batch, one transaction. Each mutation is
--   {"mutation_id", "table", "id", "op": insert|update|delete, "base_version", "row": {...}}
-- and gets back {"mutation_id", "status": applied|conflict, "row_version", "conflict_id"}.
-- A mutation already in the ledger returns its recorded result (a retry changes nothing
-- twice). An update or delete applies only when the central row_version equals its base;
-- otherwise, and for an insert of an existing id or a write the rules refuse, both versions
-- go to sync.conflict and the central row stays as it was. Later mutations of the same row
-- in a batch that share the base of an earlier one are chained onto its result.
-- SECURITY INVOKER: grants and row-level security apply to the caller as for any SQL.
CREATE FUNCTION sync.push(batch jsonb) RETURNS jsonb
    LANGUAGE plpgsql SECURITY INVOKER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    m         jsonb;
    results   jsonb := '[]';
    result    jsonb;
    chained   jsonb := '{}';  -- row key -> {"base": client base, "version": central version, "conflict": id}
    row_key   text;
    tbl       text;
    row_id    uuid;
    base      bigint;
    effective bigint;
    columns   text;
    affected  bigint;
    theirs    jsonb;
    reason    text;
    conflict  uuid;
BEGIN
    FOR m IN SELECT value FROM jsonb_array_elements(batch) LOOP
        tbl := m ->> 'table';
        row_id := (m ->> 'id')::uuid;
        base := (m ->> 'base_version')::bigint;
        row_key := tbl || '/' || row_id;

        -- Dynamic, so it is planned on the ledger as it is now (a plan cached while the
        -- ledger was empty would scan it whole, for ever, in this session).
        EXECUTE 'SELECT a.result FROM sync.applied_mutation a WHERE a.mutation_id = $1'
            INTO result USING (m ->> 'mutation_id')::uuid;
        IF result IS NOT NULL THEN
            results := results || result;
            IF result ->> 'status' = 'applied' THEN
                chained := chained || jsonb_build_object(row_key, jsonb_build_object(
                    'base', base, 'version', (result ->> 'row_version')::bigint));
            END IF;
            CONTINUE;
        END IF;

        IF NOT EXISTS (SELECT 1 FROM sync.synced_table s WHERE s.name = tbl) THEN
            RAISE EXCEPTION 'table % does not sync', tbl;
        END IF;

        -- An edit made on top of an earlier, not yet acknowledged edit of the same row.
        effective := base;
        conflict := NULL;
        IF chained ? row_key AND (chained -> row_key ->> 'base')::bigint = base THEN
            effective := (chained -> row_key ->> 'version')::bigint;
            conflict := (chained -> row_key ->> 'conflict')::uuid;
        END IF;

        reason := NULL;
        affected := 0;
        IF conflict IS NULL THEN
            BEGIN
                IF m ->> 'op' = 'insert' THEN
                    EXECUTE format('INSERT INTO sportello.%I SELECT * FROM '
                                   'jsonb_populate_record(NULL::sportello.%I, $1)', tbl, tbl)
                        USING m -> 'row';
                    GET DIAGNOSTICS affected = ROW_COUNT;
                ELSE
                    SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO columns
                      FROM pg_attribute a
                     WHERE a.attrelid = format('sportello.%I', tbl)::regclass
                       AND a.attnum > 0 AND NOT a.attisdropped
                       AND a.attname NOT IN ('id', 'municipality', 'row_version', 'updated_by');
                    IF m ->> 'op' = 'delete' THEN
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
                WHEN OTHERS THEN
                    reason := 'refused: ' || SQLERRM;
            END;
        ELSE
            reason := 'version';
        END IF;

        IF reason IS NULL THEN
            result := jsonb_build_object('mutation_id', m ->> 'mutation_id', 'status', 'applied',
                                         'row_version', CASE WHEN m ->> 'op' = 'insert' THEN 1
                                                             ELSE effective + 1 END);
            chained := chained || jsonb_build_object(row_key, jsonb_build_object(
                'base', base, 'version', (result ->> 'row_version')::bigint));
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
                chained := chained || jsonb_build_object(row_key, jsonb_build_object(
                    'base', base, 'version', effective, 'conflict', conflict));
            ELSE
                -- The latest edit of a row already in conflict is the one to resolve.
                UPDATE sync.conflict c SET mine = m -> 'row', mutation_id = (m ->> 'mutation_id')::uuid
                 WHERE c.id = conflict;
            END IF;
            result := jsonb_build_object('mutation_id', m ->> 'mutation_id', 'status', 'conflict',
                                         'conflict_id', conflict,
                                         'row_version', (theirs ->> 'row_version')::bigint);
        END IF;
        INSERT INTO sync.applied_mutation (mutation_id, result)
        VALUES ((m ->> 'mutation_id')::uuid, result);
        results := results || result;
    END LOOP;
    RETURN results;
END
$$;
REVOKE ALL ON FUNCTION sync.push(jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sync.push(jsonb)
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin;
