-- Sportello local database, schema 4: integrated social and employment casework (issue 5).
-- A contact at the desk records a request (segretariato sociale); a social worker takes
-- charge in a case (cartella sociale) that moves through its states with dated, signed
-- transitions; assessments, a personalised plan with its actions and the employment
-- pact, interventions from a coded catalogue, notes, appointments. Confidential notes are
-- a table of their own: the region sends them only to the assigned social worker.

-- The catalogue of interventions and benefits: reference data, loadable, not synced.
CREATE TABLE intervention_type (
    code        TEXT PRIMARY KEY,
    label       TEXT NOT NULL,
    area        TEXT NOT NULL,
    has_amount  INTEGER NOT NULL DEFAULT 0 CHECK (has_amount IN (0, 1)),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE case_request (
    id           TEXT PRIMARY KEY,
    municipality TEXT NOT NULL,
    number       TEXT NOT NULL, -- "2026/000123", printed on the receipt
    citizen_id   TEXT NOT NULL REFERENCES citizen (id) DEFERRABLE INITIALLY DEFERRED,
    received_at  TEXT NOT NULL,
    channel      TEXT NOT NULL CHECK (channel IN ('desk', 'phone', 'email', 'referral')),
    need_area    TEXT NOT NULL CHECK (need_area IN ('income', 'housing', 'work', 'family',
                     'disability', 'elderly', 'health', 'other')),
    summary      TEXT NOT NULL,
    recorded_by  TEXT NOT NULL,
    case_id      TEXT, -- the case it led to, once taken in charge
    row_version  INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX case_request_citizen ON case_request (citizen_id, received_at);
CREATE INDEX case_request_number ON case_request (number);

-- The case: what a clerk may see of it is this row (that it exists, its state, its worker).
CREATE TABLE social_case (
    id             TEXT PRIMARY KEY,
    municipality   TEXT NOT NULL,
    number         TEXT NOT NULL,
    citizen_id     TEXT NOT NULL REFERENCES citizen (id) DEFERRABLE INITIALLY DEFERRED,
    status         TEXT NOT NULL CHECK (status IN ('intake', 'assessment', 'active_plan',
                       'monitoring', 'suspended', 'closed')),
    resume_status  TEXT, -- the state a suspended case returns to
    need_area      TEXT NOT NULL,
    complex        INTEGER NOT NULL DEFAULT 0 CHECK (complex IN (0, 1)),
    assigned_to    TEXT, -- the social worker's username
    opened_at      TEXT NOT NULL,
    closed_at      TEXT,
    closing_reason TEXT,
    last_activity  TEXT NOT NULL,
    row_version    INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX social_case_citizen ON social_case (citizen_id);
CREATE INDEX social_case_worker ON social_case (assigned_to, status);

-- Everything that happened to a case, in order: state changes, assignments, links.
-- Append-only, like every record of the case file below.
CREATE TABLE case_event (
    id           TEXT PRIMARY KEY,
    municipality TEXT NOT NULL,
    case_id      TEXT NOT NULL REFERENCES social_case (id) DEFERRABLE INITIALLY DEFERRED,
    at           TEXT NOT NULL,
    by_user      TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('opened', 'transition', 'assigned', 'member',
                     'assessment', 'plan', 'action', 'referral', 'intervention', 'note',
                     'attachment', 'appointment')),
    from_status  TEXT,
    to_status    TEXT,
    detail       TEXT,
    row_version  INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX case_event_case ON case_event (case_id, at);
-- The reports' time from intake to plan reads only the steps into a state.
CREATE INDEX case_event_transition ON case_event (to_status, case_id, at)
    WHERE kind = 'transition';

CREATE TABLE case_member (
    id           TEXT PRIMARY KEY,
    municipality TEXT NOT NULL,
    case_id      TEXT NOT NULL REFERENCES social_case (id) DEFERRABLE INITIALLY DEFERRED,
    citizen_id   TEXT NOT NULL REFERENCES citizen (id) DEFERRABLE INITIALLY DEFERRED,
    relation     TEXT NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX case_member_case ON case_member (case_id);

-- Preliminary assessment always; a team assessment (équipe multidisciplinare) when the
-- case is complex. scores: JSON {"income": 0..4, ...} per need area.
CREATE TABLE case_assessment (
    id           TEXT PRIMARY KEY,
    municipality TEXT NOT NULL,
    case_id      TEXT NOT NULL REFERENCES social_case (id) DEFERRABLE INITIALLY DEFERRED,
    kind         TEXT NOT NULL CHECK (kind IN ('preliminary', 'team')),
    assessed_on  TEXT NOT NULL,
    scores       TEXT NOT NULL,
    team         TEXT,
    summary      TEXT NOT NULL,
    assessed_by  TEXT NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX case_assessment_case ON case_assessment (case_id);

-- Documents are kept where they are; the case records a reference to each.
CREATE TABLE case_attachment (
    id           TEXT PRIMARY KEY,
    municipality TEXT NOT NULL,
    case_id      TEXT NOT NULL REFERENCES social_case (id) DEFERRABLE INITIALLY DEFERRED,
    file_name    TEXT NOT NULL,
    kind         TEXT NOT NULL,
    dated        TEXT NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX case_attachment_case ON case_attachment (case_id);

-- The personalised plan (progetto personalizzato / patto per l'inclusione): goals and
-- actions; each action has who is responsible, a deadline and a review date.
CREATE TABLE case_plan (
    id           TEXT PRIMARY KEY,
    municipality TEXT NOT NULL,
    case_id      TEXT NOT NULL REFERENCES social_case (id) DEFERRABLE INITIALLY DEFERRED,
    agreed_on    TEXT NOT NULL,
    measure      TEXT NOT NULL, -- municipal, AdI (assegno di inclusione), other
    goals        TEXT NOT NULL,
    review_on    TEXT NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX case_plan_case ON case_plan (case_id);

CREATE TABLE plan_action (
    id           TEXT PRIMARY KEY,
    municipality TEXT NOT NULL,
    plan_id      TEXT NOT NULL REFERENCES case_plan (id) DEFERRABLE INITIALLY DEFERRED,
    description  TEXT NOT NULL,
    responsible  TEXT NOT NULL CHECK (responsible IN ('citizen', 'service', 'external')),
    responsible_name TEXT,
    due_on       TEXT NOT NULL,
    review_on    TEXT,
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
    row_version  INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX plan_action_plan ON plan_action (plan_id);

-- The employment side: the service pact and the referral to the Centro per l'Impiego.
CREATE TABLE employment_referral (
    id           TEXT PRIMARY KEY,
    municipality TEXT NOT NULL,
    case_id      TEXT NOT NULL REFERENCES social_case (id) DEFERRABLE INITIALLY DEFERRED,
    citizen_id   TEXT NOT NULL REFERENCES citizen (id) DEFERRABLE INITIALLY DEFERRED,
    centre       TEXT NOT NULL,
    referred_on  TEXT NOT NULL,
    pact_signed_on TEXT,
    outcome      TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'pact_signed',
                     'placed', 'training', 'not_presented', 'exempt')),
    outcome_on   TEXT,
    row_version  INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX employment_referral_case ON employment_referral (case_id);

CREATE TABLE case_intervention (
    id           TEXT PRIMARY KEY,
    municipality TEXT NOT NULL,
    case_id      TEXT NOT NULL REFERENCES social_case (id) DEFERRABLE INITIALLY DEFERRED,
    type_code    TEXT NOT NULL,
    starts_on    TEXT NOT NULL,
    ends_on      TEXT,
    amount_cents INTEGER CHECK (amount_cents IS NULL OR amount_cents >= 0),
    provider     TEXT,
    status       TEXT NOT NULL CHECK (status IN ('planned', 'active', 'ended', 'cancelled')),
    row_version  INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX case_intervention_case ON case_intervention (case_id);

-- Notes are append-only: a correction is a new note that names the one it corrects.
CREATE TABLE case_note (
    id           TEXT PRIMARY KEY,
    municipality TEXT NOT NULL,
    case_id      TEXT NOT NULL REFERENCES social_case (id) DEFERRABLE INITIALLY DEFERRED,
    written_at   TEXT NOT NULL,
    written_by   TEXT NOT NULL,
    body         TEXT NOT NULL,
    corrects     TEXT,
    row_version  INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX case_note_case ON case_note (case_id, written_at);

CREATE TABLE case_confidential_note (
    id           TEXT PRIMARY KEY,
    municipality TEXT NOT NULL,
    case_id      TEXT NOT NULL REFERENCES social_case (id) DEFERRABLE INITIALLY DEFERRED,
    written_at   TEXT NOT NULL,
    written_by   TEXT NOT NULL,
    body         TEXT NOT NULL,
    corrects     TEXT,
    row_version  INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX case_confidential_note_case ON case_confidential_note (case_id, written_at);

CREATE TABLE appointment (
    id           TEXT PRIMARY KEY,
    municipality TEXT NOT NULL,
    worker       TEXT NOT NULL,
    citizen_id   TEXT REFERENCES citizen (id) DEFERRABLE INITIALLY DEFERRED,
    case_id      TEXT,
    starts_at    TEXT NOT NULL,
    ends_at      TEXT NOT NULL,
    place        TEXT,
    purpose      TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'held', 'missed',
                     'cancelled')),
    booked_by    TEXT NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX appointment_worker ON appointment (worker, starts_at);

-- Append-only records: only the sync engine may record their central version.
CREATE TRIGGER case_event_no_update BEFORE UPDATE ON case_event
WHEN (SELECT applying FROM sync_control) = 0
BEGIN
    SELECT RAISE(ABORT, 'case_event is append-only');
END;
CREATE TRIGGER case_event_no_delete BEFORE DELETE ON case_event
BEGIN
    SELECT RAISE(ABORT, 'case_event is append-only');
END;
CREATE TRIGGER case_note_no_update BEFORE UPDATE ON case_note
WHEN (SELECT applying FROM sync_control) = 0
BEGIN
    SELECT RAISE(ABORT, 'case_note is append-only: write a correcting note');
END;
CREATE TRIGGER case_note_no_delete BEFORE DELETE ON case_note
BEGIN
    SELECT RAISE(ABORT, 'case_note is append-only: write a correcting note');
END;
CREATE TRIGGER case_confidential_note_no_update BEFORE UPDATE ON case_confidential_note
WHEN (SELECT applying FROM sync_control) = 0
BEGIN
    SELECT RAISE(ABORT, 'case_confidential_note is append-only: write a correcting note');
END;
CREATE TRIGGER case_confidential_note_no_delete BEFORE DELETE ON case_confidential_note
BEGIN
    SELECT RAISE(ABORT, 'case_confidential_note is append-only: write a correcting note');
END;

INSERT INTO synced_table (name) VALUES
    ('case_request'), ('social_case'), ('case_event'), ('case_member'), ('case_assessment'),
    ('case_attachment'), ('case_plan'), ('plan_action'), ('employment_referral'),
    ('case_intervention'), ('case_note'), ('case_confidential_note'), ('appointment');

-- A sensible starting catalogue (Italian municipal social services); the region's
-- nomenclatore can replace it (`intervention_type` is plain reference data).
INSERT INTO intervention_type (code, label, area, has_amount) VALUES
    ('CONTR_ECON', 'Contributo economico una tantum', 'income', 1),
    ('CONTR_CONT', 'Contributo economico continuativo', 'income', 1),
    ('AFFITTO', 'Contributo per l''affitto', 'housing', 1),
    ('UTENZE', 'Contributo per utenze domestiche', 'income', 1),
    ('BUONO_SPESA', 'Buoni spesa', 'income', 1),
    ('SAD', 'Assistenza domiciliare (SAD)', 'elderly', 0),
    ('ADI', 'Assistenza domiciliare integrata (ADI)', 'health', 0),
    ('PASTI', 'Pasti a domicilio', 'elderly', 0),
    ('TELESOCC', 'Telesoccorso', 'elderly', 0),
    ('EDU_DOM', 'Educativa domiciliare minori', 'family', 0),
    ('CENTRO_DIURNO', 'Centro diurno', 'disability', 0),
    ('TRASPORTO', 'Trasporto sociale', 'disability', 0),
    ('AFFIDO', 'Affidamento familiare', 'family', 1),
    ('INSERIM_LAV', 'Inserimento lavorativo / tirocinio di inclusione', 'work', 1),
    ('ORIENT_LAV', 'Orientamento e accompagnamento al lavoro', 'work', 0),
    ('FORMAZIONE', 'Invio a percorso di formazione', 'work', 0),
    ('PUC', 'Progetto utile alla collettività (PUC)', 'work', 0),
    ('ALLOGGIO_TEMP', 'Accoglienza abitativa temporanea', 'housing', 0),
    ('MEDIAZIONE', 'Mediazione familiare o culturale', 'family', 0),
    ('SEGRETARIATO', 'Orientamento ai servizi (segretariato sociale)', 'other', 0);
