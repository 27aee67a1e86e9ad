-- Sportello central database, schema 3: integrated social and employment casework, the
-- same tables as the desks' (local schema 4). Who sees what:
--   clerks: requests they record, appointments, and of a case only that it exists, its
--     state and its worker (social_case); no grant at all on its content;
--   social workers: the whole case file of their municipality, except confidential notes,
--     which only the social worker the case is assigned to reads or writes;
--   administrators: requests and cases (the row, not the content), for administration;
--   childcare coordinators: nothing of casework.
-- Row-level security keys on session_user (sync.my_municipality, sync.is_case_worker).
-- The catalogue of interventions is each desk's reference data (local schema 4).

CREATE TABLE sportello.case_request (
    id           uuid PRIMARY KEY,
    municipality text NOT NULL,
    number       text NOT NULL,
    citizen_id   uuid NOT NULL,
    received_at  text NOT NULL,
    channel      text NOT NULL CHECK (channel IN ('desk', 'phone', 'email', 'referral')),
    need_area    text NOT NULL CHECK (need_area IN ('income', 'housing', 'work', 'family',
                     'disability', 'elderly', 'health', 'other')),
    summary      text NOT NULL,
    recorded_by  text NOT NULL,
    case_id      uuid,
    row_version  bigint NOT NULL DEFAULT 0,
    updated_at   text NOT NULL,
    updated_by   text,
    deleted      integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE sportello.social_case (
    id             uuid PRIMARY KEY,
    municipality   text NOT NULL,
    number         text NOT NULL,
    citizen_id     uuid NOT NULL,
    status         text NOT NULL CHECK (status IN ('intake', 'assessment', 'active_plan',
                       'monitoring', 'suspended', 'closed')),
    resume_status  text,
    need_area      text NOT NULL,
    complex        integer NOT NULL DEFAULT 0 CHECK (complex IN (0, 1)),
    assigned_to    text,
    opened_at      text NOT NULL,
    closed_at      text,
    closing_reason text,
    last_activity  text NOT NULL,
    row_version    bigint NOT NULL DEFAULT 0,
    updated_at     text NOT NULL,
    updated_by     text,
    deleted        integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX social_case_municipality ON sportello.social_case (municipality, assigned_to);

CREATE TABLE sportello.case_event (
    id           uuid PRIMARY KEY,
    municipality text NOT NULL,
    case_id      uuid NOT NULL,
    at           text NOT NULL,
    by_user      text NOT NULL,
    kind         text NOT NULL,
    from_status  text,
    to_status    text,
    detail       text,
    row_version  bigint NOT NULL DEFAULT 0,
    updated_at   text NOT NULL,
    updated_by   text,
    deleted      integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE sportello.case_member (
    id           uuid PRIMARY KEY,
    municipality text NOT NULL,
    case_id      uuid NOT NULL,
    citizen_id   uuid NOT NULL,
    relation     text NOT NULL,
    row_version  bigint NOT NULL DEFAULT 0,
    updated_at   text NOT NULL,
    updated_by   text,
    deleted      integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE sportello.case_assessment (
    id           uuid PRIMARY KEY,
    municipality text NOT NULL,
    case_id      uuid NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('preliminary', 'team')),
    assessed_on  text NOT NULL,
    scores       text NOT NULL,
    team         text,
    summary      text NOT NULL,
    assessed_by  text NOT NULL,
    row_version  bigint NOT NULL DEFAULT 0,
    updated_at   text NOT NULL,
    updated_by   text,
    deleted      integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE sportello.case_attachment (
    id           uuid PRIMARY KEY,
    municipality text NOT NULL,
    case_id      uuid NOT NULL,
    file_name    text NOT NULL,
    kind         text NOT NULL,
    dated        text NOT NULL,
    row_version  bigint NOT NULL DEFAULT 0,
    updated_at   text NOT NULL,
    updated_by   text,
    deleted      integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE sportello.case_plan (
    id           uuid PRIMARY KEY,
    municipality text NOT NULL,
    case_id      uuid NOT NULL,
    agreed_on    text NOT NULL,
    measure      text NOT NULL,
    goals        text NOT NULL,
    review_on    text NOT NULL,
    row_version  bigint NOT NULL DEFAULT 0,
    updated_at   text NOT NULL,
    updated_by   text,
    deleted      integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE sportello.plan_action (
    id           uuid PRIMARY KEY,
    municipality text NOT NULL,
    plan_id      uuid NOT NULL,
    description  text NOT NULL,
    responsible  text NOT NULL CHECK (responsible IN ('citizen', 'service', 'external')),
    responsible_name text,
    due_on       text NOT NULL,
    review_on    text,
    status       text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
    row_version  bigint NOT NULL DEFAULT 0,
    updated_at   text NOT NULL,
    updated_by   text,
    deleted      integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE sportello.employment_referral (
    id           uuid PRIMARY KEY,
    municipality text NOT NULL,
    case_id      uuid NOT NULL,
    citizen_id   uuid NOT NULL,
    centre       text NOT NULL,
    referred_on  text NOT NULL,
    pact_signed_on text,
    outcome      text NOT NULL DEFAULT 'pending',
    outcome_on   text,
    row_version  bigint NOT NULL DEFAULT 0,
    updated_at   text NOT NULL,
    updated_by   text,
    deleted      integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE sportello.case_intervention (
    id           uuid PRIMARY KEY,
    municipality text NOT NULL,
    case_id      uuid NOT NULL,
    type_code    text NOT NULL,
    starts_on    text NOT NULL,
    ends_on      text,
    amount_cents bigint CHECK (amount_cents IS NULL OR amount_cents >= 0),
    provider     text,
    status       text NOT NULL,
    row_version  bigint NOT NULL DEFAULT 0,
    updated_at   text NOT NULL,
    updated_by   text,
    deleted      integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE sportello.case_note (
    id           uuid PRIMARY KEY,
    municipality text NOT NULL,
    case_id      uuid NOT NULL,
    written_at   text NOT NULL,
    written_by   text NOT NULL,
    body         text NOT NULL,
    corrects     uuid,
    row_version  bigint NOT NULL DEFAULT 0,
    updated_at   text NOT NULL,
    updated_by   text,
    deleted      integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE sportello.case_confidential_note (
    id           uuid PRIMARY KEY,
    municipality text NOT NULL,
    case_id      uuid NOT NULL,
    written_at   text NOT NULL,
    written_by   text NOT NULL,
    body         text NOT NULL,
    corrects     uuid,
    row_version  bigint NOT NULL DEFAULT 0,
    updated_at   text NOT NULL,
    updated_by   text,
    deleted      integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX case_confidential_note_case ON sportello.case_confidential_note (case_id);

CREATE TABLE sportello.appointment (
    id           uuid PRIMARY KEY,
    municipality text NOT NULL,
    worker       text NOT NULL,
    citizen_id   uuid,
    case_id      uuid,
    starts_at    text NOT NULL,
    ends_at      text NOT NULL,
    place        text,
    purpose      text NOT NULL,
    status       text NOT NULL DEFAULT 'booked',
    booked_by    text NOT NULL,
    row_version  bigint NOT NULL DEFAULT 0,
    updated_at   text NOT NULL,
    updated_by   text,
    deleted      integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

SELECT sync.enroll(t) FROM unnest(ARRAY['case_request', 'social_case', 'case_event',
    'case_member', 'case_assessment', 'case_attachment', 'case_plan', 'plan_action',
    'employment_referral', 'case_intervention', 'case_note', 'case_confidential_note',
    'appointment']) AS t;

-- Is the connected login the social worker the case is assigned to?
CREATE FUNCTION sync.is_case_worker(case_id uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT EXISTS (SELECT 1 FROM sportello.social_case c
                   WHERE c.id = case_id AND c.assigned_to = session_user::text)
$$;
REVOKE ALL ON FUNCTION sync.is_case_worker(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sync.is_case_worker(uuid) TO sportello_social_worker;

-- Confidential notes: besides the municipality, only the assigned worker, who signs them.
CREATE POLICY assigned_worker_only ON sportello.case_confidential_note AS RESTRICTIVE
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin
    USING (sync.is_case_worker(case_id))
    WITH CHECK (sync.is_case_worker(case_id) AND written_by = session_user::text);

-- Notes never change once written (a correction is a new note). The only update allowed
-- is the region's own touch below, which keeps the content.
CREATE FUNCTION sync.note_unchanged() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF NEW.body IS DISTINCT FROM OLD.body OR NEW.written_by IS DISTINCT FROM OLD.written_by
       OR NEW.written_at IS DISTINCT FROM OLD.written_at OR NEW.case_id IS DISTINCT FROM OLD.case_id
       OR NEW.corrects IS DISTINCT FROM OLD.corrects OR NEW.deleted IS DISTINCT FROM OLD.deleted THEN
        RAISE EXCEPTION '% is append-only: write a correcting note', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER note_unchanged BEFORE UPDATE ON sportello.case_note
    FOR EACH ROW EXECUTE FUNCTION sync.note_unchanged();
CREATE TRIGGER note_unchanged BEFORE UPDATE ON sportello.case_confidential_note
    FOR EACH ROW EXECUTE FUNCTION sync.note_unchanged();
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON sportello.case_event
    FOR EACH ROW EXECUTE FUNCTION sync.append_only();

-- A case handed to another worker: its confidential notes are logged again, so the new
-- worker's desk pulls them (rows that become readable are not otherwise in its log).
CREATE POLICY region_touch ON sportello.case_confidential_note TO CURRENT_USER
    USING (true) WITH CHECK (true);
CREATE FUNCTION sync.relog_confidential_notes() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    UPDATE sportello.case_confidential_note SET updated_at = updated_at WHERE case_id = NEW.id;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION sync.relog_confidential_notes() FROM PUBLIC;
CREATE TRIGGER relog_confidential_notes AFTER UPDATE OF assigned_to ON sportello.social_case
    FOR EACH ROW WHEN (NEW.assigned_to IS DISTINCT FROM OLD.assigned_to)
    EXECUTE FUNCTION sync.relog_confidential_notes();

GRANT SELECT, INSERT, UPDATE ON sportello.case_request, sportello.appointment
    TO sportello_clerk, sportello_social_worker;
GRANT SELECT ON sportello.case_request, sportello.social_case TO sportello_clerk, sportello_admin;
GRANT SELECT, INSERT, UPDATE ON sportello.social_case, sportello.case_member,
    sportello.case_assessment, sportello.case_attachment, sportello.case_plan,
    sportello.plan_action, sportello.employment_referral, sportello.case_intervention
    TO sportello_social_worker;
GRANT SELECT, INSERT ON sportello.case_event, sportello.case_note,
    sportello.case_confidential_note TO sportello_social_worker;
