-- Link analysis results (issue 4; docs/detection.md). Every analysis is a named run written in ONE transaction:
-- re-running with other parameters makes a new run; old runs stay until deleted (ON DELETE CASCADE removes
-- everything of a run). Ids are global across runs so that casework can refer to a link or cluster by id.

CREATE TABLE analysis_run (
    id            BIGINT PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    started_ms    BIGINT NOT NULL,
    finished_ms   BIGINT NOT NULL,
    parameters    VARCHAR(20000) NOT NULL,   -- AnalysisParameters as JSON
    accounts      INT NOT NULL,
    links         INT NOT NULL,
    clusters      INT NOT NULL,
    common_values INT NOT NULL,              -- shared values too common to make pair links (recorded in link_value)
    step_times    VARCHAR(2000) NOT NULL     -- "rule: ms" per step, for benchmarks
);

-- A shared value as one rule saw it: what it is, what it points to (ref_id: the dictionary term, or the ban event
-- of a succession; 0 for none), how many
-- accounts share it (its commonness) and whether it was too common to make links. Stored once per run, rule and
-- value; links point here, so "this IP is used by 4,812 accounts" is one row, not one per pair.
CREATE TABLE link_value (
    id             BIGINT PRIMARY KEY,
    run_id         BIGINT NOT NULL REFERENCES analysis_run (id) ON DELETE CASCADE,
    rule           VARCHAR(32) NOT NULL,
    value_text     VARCHAR(2000) NOT NULL,
    ref_id         BIGINT NOT NULL,
    value_accounts INT NOT NULL,
    linked         BOOLEAN NOT NULL           -- FALSE: too common, no pair links were made
);
CREATE INDEX link_value_run ON link_value (run_id, rule, value_accounts);

-- One account-to-account link with its receipts: rule (and tier), weight after commonness, the shared value, what
-- was counted (evidence_count: source rows behind the link), when (first/last ms of the evidence), and a short
-- per-pair detail ("r = 0.62", "23 shared IPs"). The rows themselves are listed on demand (AnalysisQueries
-- .rowsBehindLink) from the rule, the value and the two accounts. account_a < account_b.
CREATE TABLE link (
    id             BIGINT PRIMARY KEY,
    run_id         BIGINT NOT NULL REFERENCES analysis_run (id) ON DELETE CASCADE,
    account_a      INT NOT NULL,
    account_b      INT NOT NULL,
    rule           VARCHAR(32) NOT NULL,
    tier           VARCHAR(8) NOT NULL,
    weight         DOUBLE PRECISION NOT NULL,
    value_id       BIGINT NOT NULL,
    evidence_count BIGINT NOT NULL,
    first_ms       BIGINT NOT NULL,
    last_ms        BIGINT NOT NULL,
    detail         VARCHAR(400) NOT NULL
);
CREATE INDEX link_run_a ON link (run_id, account_a);
CREATE INDEX link_run_b ON link (run_id, account_b);

CREATE TABLE cluster (
    id           BIGINT PRIMARY KEY,
    run_id       BIGINT NOT NULL REFERENCES analysis_run (id) ON DELETE CASCADE,
    rank_no      INT NOT NULL,               -- 1 = highest score in the run
    label        VARCHAR(400) NOT NULL,
    size         INT NOT NULL,               -- all members, overlapping ones included
    core_size    INT NOT NULL,               -- members whose home cluster this is
    interactions BIGINT NOT NULL,
    score        DOUBLE PRECISION NOT NULL
);
CREATE INDEX cluster_run ON cluster (run_id, rank_no);

-- Every part of a cluster's score: value in [0, 1], its weight in the total, and what was measured.
CREATE TABLE cluster_score_part (
    cluster_id BIGINT NOT NULL REFERENCES cluster (id) ON DELETE CASCADE,
    ord        INT NOT NULL,
    name       VARCHAR(64) NOT NULL,
    part_value DOUBLE PRECISION NOT NULL,
    weight     DOUBLE PRECISION NOT NULL,
    measured   VARCHAR(400) NOT NULL,
    PRIMARY KEY (cluster_id, ord)
);

-- Membership with its confidence (share of the account's bound link weight inside the cluster), whether this is the
-- account's home cluster or an overlapping one, and the links that put it there (count, weight, rules).
CREATE TABLE cluster_member (
    cluster_id    BIGINT NOT NULL REFERENCES cluster (id) ON DELETE CASCADE,
    account_ref   INT NOT NULL,
    home          BOOLEAN NOT NULL,
    confidence    DOUBLE PRECISION NOT NULL,
    links         INT NOT NULL,
    weight_inside DOUBLE PRECISION NOT NULL,
    rules         VARCHAR(400) NOT NULL,     -- rules of the links inside, heaviest first
    PRIMARY KEY (cluster_id, account_ref)
);
CREATE INDEX cluster_member_account ON cluster_member (account_ref);
