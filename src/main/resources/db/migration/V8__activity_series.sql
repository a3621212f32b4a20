-- Read-optimised copies of the import's aggregates for the timeline (issue 6). A 2,000-account histogram over six weeks
-- reads ~2.1M activity_bucket cells (2.5 s warm through the primary key); the same cells packed per account are a few
-- thousand rows. Derived data, like the secondary indexes of CaseIndexes: rebuilt from activity_bucket after every
-- import (store.ActivitySeries), and at open when a crash came in between; readers use it only when
-- case_info 'activity_series_import' names the latest complete import, else they read activity_bucket.
--
-- account_series: one account's hourly cells in time order, up to 4,096 per row, as zig-zag varints in two columns:
-- `counts` holds per cell the hours since the previous cell (since first_ms for the first) and the interactions;
-- `tokens` the input and output tokens. Swimlanes and correlation read only `counts` (about a third of the bytes).
CREATE TABLE account_series (
    account_ref INT NOT NULL,
    chunk_no    INT NOT NULL,
    first_ms    BIGINT NOT NULL,            -- start of the chunk's first hour
    last_ms     BIGINT NOT NULL,            -- start of the chunk's last hour
    cells       INT NOT NULL,
    counts      VARBINARY(65536) NOT NULL,  -- at most 4,096 x (10 + 5) bytes
    tokens      VARBINARY(90000) NOT NULL,  -- at most 4,096 x (10 + 10) bytes
    PRIMARY KEY (account_ref, chunk_no)
);

-- case_hour: the whole case per hour (the case-wide histogram without summing every account's cells).
CREATE TABLE case_hour (
    bucket_ms     BIGINT PRIMARY KEY,
    interactions  BIGINT NOT NULL,
    input_tokens  BIGINT NOT NULL,
    output_tokens BIGINT NOT NULL
);

-- term_total: interactions per model and per category over the whole case, for the whole-case breakdown (summing
-- account_term for it took 4.5-10 s at campaign scale).
CREATE TABLE term_total (
    term_ref     INT PRIMARY KEY,
    kind         VARCHAR(16) NOT NULL,
    interactions BIGINT NOT NULL
);
