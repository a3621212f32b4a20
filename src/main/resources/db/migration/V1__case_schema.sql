-- RingScope case schema, version 1. Times are epoch milliseconds UTC (BIGINT, suffix _ms): unambiguous and fast.
-- Repeated strings of the interaction table (IP, user agent, model, ...) are stored once in TERM and referenced by id.

CREATE TABLE case_info (
    info_key   VARCHAR(64) PRIMARY KEY,
    info_value VARCHAR(4000) NOT NULL
);

CREATE TABLE import_run (
    id            BIGINT PRIMARY KEY,
    dataset       VARCHAR(4096) NOT NULL,
    started_ms    BIGINT NOT NULL,
    finished_ms   BIGINT,
    status        VARCHAR(16) NOT NULL,
    message       VARCHAR(4000),
    rows_read     BIGINT DEFAULT 0 NOT NULL,
    rows_imported BIGINT DEFAULT 0 NOT NULL,
    rows_rejected BIGINT DEFAULT 0 NOT NULL,
    rows_duplicate BIGINT DEFAULT 0 NOT NULL
);

-- One row per source file of a run; for runs that did not complete this is written after the rollback, so the
-- report survives while the data does not.
CREATE TABLE source_file (
    id              INT PRIMARY KEY,
    import_run_id   BIGINT NOT NULL REFERENCES import_run (id),
    file_name       VARCHAR(1024) NOT NULL,
    kind            VARCHAR(32) NOT NULL,
    format          VARCHAR(16) NOT NULL,
    sha256          CHAR(64) NOT NULL,
    size_bytes      BIGINT NOT NULL,
    rows_read       BIGINT NOT NULL,
    rows_imported   BIGINT NOT NULL,
    rows_rejected   BIGINT NOT NULL,
    rows_duplicate  BIGINT NOT NULL,
    rows_blank      BIGINT NOT NULL,
    bom_present     BOOLEAN NOT NULL,
    ignored_columns VARCHAR(4000) NOT NULL
);
CREATE INDEX source_file_sha ON source_file (sha256);

CREATE TABLE rejection (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    import_run_id  BIGINT NOT NULL REFERENCES import_run (id),
    source_file_id INT NOT NULL,
    line_no        BIGINT NOT NULL,
    byte_offset    BIGINT NOT NULL,
    reason         VARCHAR(32) NOT NULL,
    detail         VARCHAR(1000) NOT NULL,
    raw_excerpt    VARCHAR(2000) NOT NULL
);
CREATE INDEX rejection_run ON rejection (import_run_id, source_file_id, line_no);

CREATE TABLE term (
    id    INT PRIMARY KEY,
    kind  VARCHAR(16) NOT NULL,
    term_value VARCHAR(2000) NOT NULL
);
-- (kind, term_value) is unique by construction (the importer's dictionary); its lookup index is built after load.

CREATE TABLE account (
    id                  INT PRIMARY KEY,
    account_id          VARCHAR(200) NOT NULL UNIQUE,
    created_ms          BIGINT NOT NULL,
    email_domain        VARCHAR(255),
    email_hash          VARCHAR(128),
    org_name            VARCHAR(255),
    signup_ip           VARCHAR(64),
    payment_fingerprint VARCHAR(128),
    billing_country     VARCHAR(8),
    verification_path   VARCHAR(64),
    plan                VARCHAR(64),
    status              VARCHAR(32),
    status_changed_ms   BIGINT,
    source_file_id      INT NOT NULL,
    line_no             BIGINT NOT NULL,
    interactions        BIGINT DEFAULT 0 NOT NULL,
    input_tokens        BIGINT DEFAULT 0 NOT NULL,
    output_tokens       BIGINT DEFAULT 0 NOT NULL,
    first_ms            BIGINT,
    last_ms             BIGINT
);

CREATE TABLE interaction (
    row_id         BIGINT PRIMARY KEY,
    interaction_id VARCHAR(200) NOT NULL,
    ts_ms          BIGINT NOT NULL,
    account_ref    INT NOT NULL,
    api_key_ref    INT,
    ip_ref         INT,
    user_agent_ref INT,
    model_ref      INT,
    category_ref   INT,
    input_tokens   INT NOT NULL,
    output_tokens  INT NOT NULL,
    latency_ms     INT,
    status_ref     INT,
    template_ref   INT,
    end_user_ref   INT,
    source_file_id INT NOT NULL,
    line_no        BIGINT NOT NULL
);

CREATE TABLE payment (
    id                     BIGINT PRIMARY KEY,
    account_ref            INT NOT NULL,
    instrument_fingerprint VARCHAR(128) NOT NULL,
    ts_ms                  BIGINT NOT NULL,
    outcome                VARCHAR(32) NOT NULL,
    source_file_id         INT NOT NULL,
    line_no                BIGINT NOT NULL
);
CREATE INDEX payment_account ON payment (account_ref);
CREATE INDEX payment_instrument ON payment (instrument_fingerprint);

CREATE TABLE ip_info (
    id             BIGINT PRIMARY KEY,
    ip_or_prefix   VARCHAR(64) NOT NULL,
    asn            BIGINT,
    asn_org        VARCHAR(255),
    ip_type        VARCHAR(32),
    country        VARCHAR(8),
    source_file_id INT NOT NULL,
    line_no        BIGINT NOT NULL
);
CREATE INDEX ip_info_ip ON ip_info (ip_or_prefix);

CREATE TABLE event (
    id             BIGINT PRIMARY KEY,
    ts_ms          BIGINT NOT NULL,
    kind           VARCHAR(64) NOT NULL,
    label          VARCHAR(1000) NOT NULL,
    account_ref    INT,
    source_file_id INT NOT NULL,
    line_no        BIGINT NOT NULL
);

-- Aggregates built while rows stream through the importer (ARCHITECTURE.md: aggregate once, at import).
CREATE TABLE activity_bucket (
    account_ref   INT NOT NULL,
    bucket_ms     BIGINT NOT NULL,
    interactions  INT NOT NULL,
    input_tokens  BIGINT NOT NULL,
    output_tokens BIGINT NOT NULL,
    PRIMARY KEY (account_ref, bucket_ms)
);

-- Per account and shared value (IP, user agent, template, API key, model, category, end user):
-- how often and when. Link rules read this instead of scanning interactions.
CREATE TABLE account_term (
    account_ref  INT NOT NULL,
    term_ref     INT NOT NULL,
    interactions INT NOT NULL,
    first_ms     BIGINT NOT NULL,
    last_ms      BIGINT NOT NULL,
    PRIMARY KEY (account_ref, term_ref)
);
-- Secondary indexes on the two big tables (interaction_account_ts, account_term_term, term_kind_value) are created by
-- ringscope.store.CaseIndexes after the first import commits: built by sorting they cost a fraction of maintaining
-- them row by row during the load (ADR 0002).
