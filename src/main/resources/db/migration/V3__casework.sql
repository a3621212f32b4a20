-- Casework (issue 7): tags, notes, memberships, hypotheses, the case decision, saved views, and the action log.
--
-- action_event is the record: one row per analyst action, hash-chained (docs/casework.md gives the canonical form).
-- The other tables hold the current state. They change only inside the transaction that appends the event explaining
-- the change, so the state always equals the fold of the log. Analysts never delete: "delete" sets retracted (or
-- active = FALSE). A row disappears from a state table only when an UNDO takes back the action that created it; the
-- creation and the undo both stay in the log.
-- Every state table is keyed by ref_id, the id of the matching ringscope.model.EntityRef.

CREATE TABLE action_event (
    seq         BIGINT PRIMARY KEY,
    actor       VARCHAR(200) NOT NULL,
    at_ms       BIGINT NOT NULL,
    action_type VARCHAR(32) NOT NULL,
    target      VARCHAR(1000) NOT NULL,
    ref_seq     BIGINT NOT NULL,
    summary     VARCHAR(2000) NOT NULL,
    before_json CHARACTER LARGE OBJECT NOT NULL,
    after_json  CHARACTER LARGE OBJECT NOT NULL,
    prev_hash   CHAR(64) NOT NULL,
    event_hash  CHAR(64) NOT NULL
);

CREATE TABLE tag (
    ref_id      VARCHAR(64) PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    colour      CHAR(7) NOT NULL,
    description VARCHAR(4000) NOT NULL,
    retracted   BOOLEAN NOT NULL
);

-- Targets are kind + stable text key (ringscope.model.TargetKind): ACCOUNT -> account.account_id, LINK -> link.id,
-- CLUSTER -> cluster.id, HYPOTHESIS -> hypothesis.ref_id, CASE -> 'case'. No foreign keys: analysis runs come and go.
CREATE TABLE tag_assignment (
    ref_id      VARCHAR(1000) PRIMARY KEY,
    tag_id      VARCHAR(64) NOT NULL,
    target_kind VARCHAR(16) NOT NULL,
    target_key  VARCHAR(400) NOT NULL,
    active      BOOLEAN NOT NULL
);
CREATE INDEX tag_assignment_target ON tag_assignment (target_kind, target_key);
CREATE INDEX tag_assignment_tag ON tag_assignment (tag_id);

CREATE TABLE note (
    ref_id      VARCHAR(64) PRIMARY KEY,
    target_kind VARCHAR(16) NOT NULL,
    target_key  VARCHAR(400) NOT NULL,
    note_text   CHARACTER LARGE OBJECT NOT NULL,
    author      VARCHAR(200) NOT NULL,
    created_ms  BIGINT NOT NULL,
    retracted   BOOLEAN NOT NULL
);
CREATE INDEX note_target ON note (target_kind, target_key);

CREATE TABLE membership (
    ref_id         VARCHAR(1000) PRIMARY KEY,
    group_kind     VARCHAR(16) NOT NULL,
    group_key      VARCHAR(400) NOT NULL,
    account_id     VARCHAR(400) NOT NULL,
    confidence_pct INT NOT NULL,
    justification  VARCHAR(4000) NOT NULL,
    retracted      BOOLEAN NOT NULL
);
CREATE INDEX membership_group ON membership (group_kind, group_key);

CREATE TABLE hypothesis (
    ref_id    VARCHAR(64) PRIMARY KEY,
    name      VARCHAR(200) NOT NULL,
    status    VARCHAR(16) NOT NULL,
    evidence  CHARACTER LARGE OBJECT NOT NULL,
    retracted BOOLEAN NOT NULL
);

CREATE TABLE hypothesis_member (
    hypothesis_id VARCHAR(64) NOT NULL,
    account_id    VARCHAR(400) NOT NULL,
    PRIMARY KEY (hypothesis_id, account_id)
);

CREATE TABLE case_decision (
    ref_id         VARCHAR(16) PRIMARY KEY,
    status         VARCHAR(16) NOT NULL,
    decision_note  CHARACTER LARGE OBJECT NOT NULL,
    classification VARCHAR(200) NOT NULL
);

CREATE TABLE saved_view (
    ref_id     VARCHAR(64) PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    state_json CHARACTER LARGE OBJECT NOT NULL,
    retracted  BOOLEAN NOT NULL
);
