-- Staging tables of a large import (ADR 0002, revised). The importer writes interactions and, on a first import, the
-- aggregates here and commits them in batches: one open transaction over millions of rows made H2 keep every page
-- version (a 73.8 GB file at 31M rows). Nothing reads these tables; they are empty except while an import runs.
-- When the run's small tables are committed it is marked FINISHING and the staged rows are promoted (ImportStaging):
-- into an empty target by swapping table names, into a non-empty one by MERGE in committed chunks. A crash before
-- FINISHING leaves rows here that the next open deletes (the run becomes INTERRUPTED); a crash during FINISHING is
-- rolled forward at the next open. Each staging table has exactly the columns, types and keys of its target
-- (ImportStagingTest compares them).
CREATE TABLE interaction_stage (
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

CREATE TABLE activity_bucket_stage (
    account_ref   INT NOT NULL,
    bucket_ms     BIGINT NOT NULL,
    interactions  INT NOT NULL,
    input_tokens  BIGINT NOT NULL,
    output_tokens BIGINT NOT NULL,
    PRIMARY KEY (account_ref, bucket_ms)
);

CREATE TABLE account_term_stage (
    account_ref  INT NOT NULL,
    term_ref     INT NOT NULL,
    interactions INT NOT NULL,
    first_ms     BIGINT NOT NULL,
    last_ms      BIGINT NOT NULL,
    PRIMARY KEY (account_ref, term_ref)
);
