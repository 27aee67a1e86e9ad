-- Sportello central database, schema 7: the synced tables made at least as strict as the
-- desks' (local schemas 1-7). A row the region accepts must be one every desk can apply:
-- before this file a central table lacked some of its local twin's CHECK constraints and
-- every foreign key, so a row written here by psql (an appointment 'rescheduled', a case
-- event of a case that does not exist) reached the desks' pull and was refused there.
-- Nullability already matches column by column; this adds the missing checks and the
-- local REFERENCES between synced tables, nothing else (grants and policies: schema 8).
--
-- Every constraint is NOT VALID: `central init` must succeed on a region that already
-- holds some such rows, so existing rows are not checked now. Every new row, and every
-- new version of an old one, is checked. Once a region has corrected its old rows,
-- ALTER TABLE ... VALIDATE CONSTRAINT makes a constraint hold for all of them.
--
-- The foreign keys are NOT DEFERRABLE, unlike the desks' (DEFERRABLE INITIALLY DEFERRED):
-- sync.push applies each mutation in a block of its own and must see a violation on
-- that statement, to record that one mutation as a conflict. A deferred one would fail
-- the whole batch at COMMIT. NO ACTION both ways: rows are never deleted (deleted = 1 is
-- a tombstone) and stamp_row refuses a change of id.
--
-- Not mirrored, because they are not local foreign keys between synced tables:
--   competence_concept.framework -> competence_framework and course_competence.course_code
--     -> course: local FOREIGN KEYs, but between reference tables (schema 5), not synced.
--   case_intervention.type_code (the desk's own intervention_type catalogue),
--     course_enrolment.course_code (course), libretto_competence.concept_id
--     (competence_concept): catalogue codes, no REFERENCES on the desk either.
--   case_request.case_id, appointment.case_id, case_note.corrects,
--     case_confidential_note.corrects, libretto_competence.experience_id and the libretto
--     tables' citizen_id: plain columns on the desk too.
-- Tables whose checks already match and which have no local foreign key: citizen,
-- household, audit_event (no check on its deleted column on either side), nursery_round,
-- libretto_experience, libretto_competence.

-- household_member
ALTER TABLE sportello.household_member ADD CONSTRAINT household_member_relation_check
    CHECK (relation IN ('head', 'spouse', 'partner', 'child', 'parent', 'sibling',
                        'grandchild', 'grandparent', 'other_relative', 'cohabitant')) NOT VALID;
ALTER TABLE sportello.household_member ADD CONSTRAINT household_member_household_id_fkey
    FOREIGN KEY (household_id) REFERENCES sportello.household (id) NOT VALID;
ALTER TABLE sportello.household_member ADD CONSTRAINT household_member_citizen_id_fkey
    FOREIGN KEY (citizen_id) REFERENCES sportello.citizen (id) NOT VALID;

-- isee_declaration
ALTER TABLE sportello.isee_declaration ADD CONSTRAINT isee_declaration_citizen_id_fkey
    FOREIGN KEY (citizen_id) REFERENCES sportello.citizen (id) NOT VALID;

-- nursery_application
ALTER TABLE sportello.nursery_application ADD CONSTRAINT nursery_application_round_id_fkey
    FOREIGN KEY (round_id) REFERENCES sportello.nursery_round (id) NOT VALID;

-- nursery_condition
ALTER TABLE sportello.nursery_condition ADD CONSTRAINT nursery_condition_application_id_fkey
    FOREIGN KEY (application_id) REFERENCES sportello.nursery_application (id) NOT VALID;

-- nursery_offer
ALTER TABLE sportello.nursery_offer ADD CONSTRAINT nursery_offer_round_id_fkey
    FOREIGN KEY (round_id) REFERENCES sportello.nursery_round (id) NOT VALID;
ALTER TABLE sportello.nursery_offer ADD CONSTRAINT nursery_offer_application_id_fkey
    FOREIGN KEY (application_id) REFERENCES sportello.nursery_application (id) NOT VALID;

-- nursery_snapshot
ALTER TABLE sportello.nursery_snapshot ADD CONSTRAINT nursery_snapshot_round_id_fkey
    FOREIGN KEY (round_id) REFERENCES sportello.nursery_round (id) NOT VALID;

-- case_request
ALTER TABLE sportello.case_request ADD CONSTRAINT case_request_citizen_id_fkey
    FOREIGN KEY (citizen_id) REFERENCES sportello.citizen (id) NOT VALID;

-- social_case
ALTER TABLE sportello.social_case ADD CONSTRAINT social_case_citizen_id_fkey
    FOREIGN KEY (citizen_id) REFERENCES sportello.citizen (id) NOT VALID;

-- case_event
ALTER TABLE sportello.case_event ADD CONSTRAINT case_event_kind_check
    CHECK (kind IN ('opened', 'transition', 'assigned', 'member', 'assessment', 'plan',
                    'action', 'referral', 'intervention', 'note', 'attachment',
                    'appointment')) NOT VALID;
ALTER TABLE sportello.case_event ADD CONSTRAINT case_event_case_id_fkey
    FOREIGN KEY (case_id) REFERENCES sportello.social_case (id) NOT VALID;

-- case_member
ALTER TABLE sportello.case_member ADD CONSTRAINT case_member_case_id_fkey
    FOREIGN KEY (case_id) REFERENCES sportello.social_case (id) NOT VALID;
ALTER TABLE sportello.case_member ADD CONSTRAINT case_member_citizen_id_fkey
    FOREIGN KEY (citizen_id) REFERENCES sportello.citizen (id) NOT VALID;

-- case_assessment
ALTER TABLE sportello.case_assessment ADD CONSTRAINT case_assessment_case_id_fkey
    FOREIGN KEY (case_id) REFERENCES sportello.social_case (id) NOT VALID;

-- case_attachment
ALTER TABLE sportello.case_attachment ADD CONSTRAINT case_attachment_case_id_fkey
    FOREIGN KEY (case_id) REFERENCES sportello.social_case (id) NOT VALID;

-- case_plan
ALTER TABLE sportello.case_plan ADD CONSTRAINT case_plan_case_id_fkey
    FOREIGN KEY (case_id) REFERENCES sportello.social_case (id) NOT VALID;

-- plan_action
ALTER TABLE sportello.plan_action ADD CONSTRAINT plan_action_plan_id_fkey
    FOREIGN KEY (plan_id) REFERENCES sportello.case_plan (id) NOT VALID;

-- employment_referral
ALTER TABLE sportello.employment_referral ADD CONSTRAINT employment_referral_outcome_check
    CHECK (outcome IN ('pending', 'pact_signed', 'placed', 'training', 'not_presented',
                       'exempt')) NOT VALID;
ALTER TABLE sportello.employment_referral ADD CONSTRAINT employment_referral_case_id_fkey
    FOREIGN KEY (case_id) REFERENCES sportello.social_case (id) NOT VALID;
ALTER TABLE sportello.employment_referral ADD CONSTRAINT employment_referral_citizen_id_fkey
    FOREIGN KEY (citizen_id) REFERENCES sportello.citizen (id) NOT VALID;

-- case_intervention
ALTER TABLE sportello.case_intervention ADD CONSTRAINT case_intervention_status_check
    CHECK (status IN ('planned', 'active', 'ended', 'cancelled')) NOT VALID;
ALTER TABLE sportello.case_intervention ADD CONSTRAINT case_intervention_case_id_fkey
    FOREIGN KEY (case_id) REFERENCES sportello.social_case (id) NOT VALID;

-- case_note
ALTER TABLE sportello.case_note ADD CONSTRAINT case_note_case_id_fkey
    FOREIGN KEY (case_id) REFERENCES sportello.social_case (id) NOT VALID;

-- case_confidential_note
ALTER TABLE sportello.case_confidential_note ADD CONSTRAINT case_confidential_note_case_id_fkey
    FOREIGN KEY (case_id) REFERENCES sportello.social_case (id) NOT VALID;

-- appointment (citizen_id may be NULL, as on the desk: an appointment with no citizen)
ALTER TABLE sportello.appointment ADD CONSTRAINT appointment_status_check
    CHECK (status IN ('booked', 'held', 'missed', 'cancelled')) NOT VALID;
ALTER TABLE sportello.appointment ADD CONSTRAINT appointment_citizen_id_fkey
    FOREIGN KEY (citizen_id) REFERENCES sportello.citizen (id) NOT VALID;

-- course_enrolment
ALTER TABLE sportello.course_enrolment ADD CONSTRAINT course_enrolment_citizen_id_fkey
    FOREIGN KEY (citizen_id) REFERENCES sportello.citizen (id) NOT VALID;
