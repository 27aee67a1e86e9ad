-- Sportello central database, schema 2: nursery admissions, the same tables as the desks'
-- (local schema 3), enrolled for sync and protected by municipality.

CREATE TABLE sportello.nursery_round (
    id           uuid PRIMARY KEY,
    municipality text NOT NULL,
    code         text NOT NULL,
    school_year  text NOT NULL,
    state        text NOT NULL CHECK (state IN ('draft', 'open', 'provisional', 'appeals',
                                                'final', 'allocation')),
    rules        text NOT NULL,
    row_version  bigint NOT NULL DEFAULT 0,
    updated_at   text NOT NULL,
    updated_by   text,
    deleted      integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX nursery_round_municipality ON sportello.nursery_round (municipality, code);

CREATE TABLE sportello.nursery_application (
    id                    uuid PRIMARY KEY,
    municipality          text NOT NULL,
    round_id              uuid NOT NULL,
    protocol              text NOT NULL,
    child_citizen_id      uuid,
    applicant_citizen_id  uuid,
    child_fiscal_code     text,
    child_surname         text,
    child_given_names     text,
    applicant_fiscal_code text,
    child_birth_date      date NOT NULL,
    submitted_at          text NOT NULL,
    isee_cents            bigint CHECK (isee_cents IS NULL OR isee_cents >= 0),
    preferences           text NOT NULL,
    withdrawn             integer NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1)),
    row_version           bigint NOT NULL DEFAULT 0,
    updated_at            text NOT NULL,
    updated_by            text,
    deleted               integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX nursery_application_municipality ON sportello.nursery_application (municipality);
CREATE INDEX nursery_application_round ON sportello.nursery_application (round_id, protocol);

CREATE TABLE sportello.nursery_condition (
    id             uuid PRIMARY KEY,
    municipality   text NOT NULL,
    application_id uuid NOT NULL,
    criterion      text NOT NULL,
    count          integer NOT NULL DEFAULT 1 CHECK (count >= 1),
    nursery        text,
    status         text NOT NULL DEFAULT 'declared'
                   CHECK (status IN ('declared', 'validated', 'rejected')),
    reviewed_by    text,
    reviewed_at    text,
    row_version    bigint NOT NULL DEFAULT 0,
    updated_at     text NOT NULL,
    updated_by     text,
    deleted        integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX nursery_condition_municipality ON sportello.nursery_condition (municipality);

CREATE TABLE sportello.nursery_offer (
    id             uuid PRIMARY KEY,
    municipality   text NOT NULL,
    round_id       uuid NOT NULL,
    application_id uuid NOT NULL,
    nursery        text NOT NULL,
    preference     integer NOT NULL CHECK (preference >= 1),
    status         text NOT NULL CHECK (status IN ('offered', 'accepted', 'refused', 'revoked')),
    offered_at     text NOT NULL,
    answered_at    text,
    answered_by    text,
    row_version    bigint NOT NULL DEFAULT 0,
    updated_at     text NOT NULL,
    updated_by     text,
    deleted        integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX nursery_offer_municipality ON sportello.nursery_offer (municipality);

CREATE TABLE sportello.nursery_snapshot (
    id           uuid PRIMARY KEY,
    municipality text NOT NULL,
    round_id     uuid NOT NULL,
    list         text NOT NULL CHECK (list IN ('provisional', 'final')),
    published_at text NOT NULL,
    published_by text NOT NULL,
    rules        text NOT NULL,
    ranking      text NOT NULL,
    row_version  bigint NOT NULL DEFAULT 0,
    updated_at   text NOT NULL,
    updated_by   text,
    deleted      integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX nursery_snapshot_municipality ON sportello.nursery_snapshot (municipality);

SELECT sync.enroll(t) FROM unnest(ARRAY['nursery_round', 'nursery_application',
    'nursery_condition', 'nursery_offer', 'nursery_snapshot']) AS t;

-- Who may do what (the desk enforces the same through Permission): every role reads the
-- round; clerks and coordinators register applications and declared conditions; only
-- coordinators and administrators set the rules, allocate, record answers and publish.
GRANT SELECT ON sportello.nursery_round, sportello.nursery_application,
    sportello.nursery_condition, sportello.nursery_offer, sportello.nursery_snapshot
    TO sportello_clerk, sportello_social_worker, sportello_coordinator, sportello_admin;
GRANT INSERT, UPDATE ON sportello.nursery_application, sportello.nursery_condition
    TO sportello_clerk, sportello_coordinator, sportello_admin;
GRANT INSERT, UPDATE ON sportello.nursery_round, sportello.nursery_offer
    TO sportello_coordinator, sportello_admin;
GRANT INSERT ON sportello.nursery_snapshot TO sportello_coordinator, sportello_admin;
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON sportello.nursery_snapshot
    FOR EACH ROW EXECUTE FUNCTION sync.append_only();
