-- Link analysis results. Every analysis is a named run; re-running makes a new run, old ones stay until deleted.
CREATE TABLE analysis_run (
    id            BIGINT PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    started_ms    BIGINT NOT NULL,
    finished_ms   BIGINT NOT NULL,
    parameters    VARCHAR(20000) NOT NULL,
    accounts      INT NOT NULL,
    links         INT NOT NULL,
    clusters      INT NOT NULL
);

-- One account-to-account link with its receipts: the rule and its tier, the shared value (a term id when the value
-- is a dictionary term), how common that value is, how many source rows stand behind it and when.
CREATE TABLE link (
    id             BIGINT PRIMARY KEY,
    run_id         BIGINT NOT NULL REFERENCES analysis_run (id) ON DELETE CASCADE,
    account_a      INT NOT NULL,
    account_b      INT NOT NULL,
    rule           VARCHAR(32) NOT NULL,
    tier           VARCHAR(8) NOT NULL,
    weight         DOUBLE PRECISION NOT NULL,
    shared_value   VARCHAR(2000) NOT NULL,
    term_ref       INT,
    value_accounts INT NOT NULL,
    evidence_rows  BIGINT NOT NULL,
    first_ms       BIGINT,
    last_ms        BIGINT,
    explanation    VARCHAR(2000) NOT NULL
);
CREATE INDEX link_run_a ON link (run_id, account_a);
CREATE INDEX link_run_b ON link (run_id, account_b);

CREATE TABLE cluster (
    id          BIGINT PRIMARY KEY,
    run_id      BIGINT NOT NULL REFERENCES analysis_run (id) ON DELETE CASCADE,
    label       VARCHAR(200) NOT NULL,
    size        INT NOT NULL,
    interactions BIGINT NOT NULL,
    score       DOUBLE PRECISION NOT NULL,
    score_parts VARCHAR(4000) NOT NULL
);
CREATE INDEX cluster_run ON cluster (run_id, score);

CREATE TABLE cluster_member (
    cluster_id  BIGINT NOT NULL REFERENCES cluster (id) ON DELETE CASCADE,
    account_ref INT NOT NULL,
    confidence  DOUBLE PRECISION NOT NULL,
    links       INT NOT NULL,
    PRIMARY KEY (cluster_id, account_ref)
);
CREATE INDEX cluster_member_account ON cluster_member (account_ref);
