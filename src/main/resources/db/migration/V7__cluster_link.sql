-- The links among the members of each cluster, written with the run (issue 5): opening a cluster in the graph reads
-- them in one range scan of the primary key. Looking them up member by member in `link` took 9-16 s for a
-- 2,000-account cluster (123k links); one row per link here still took 5-13 s to read 192k rows under load, so the
-- links are packed, up to 4,096 per row (ClusterLinkChunks): per link its id (8 bytes), account_a (4), account_b (4),
-- rule (1: index into the chunk's `rules`), weight (8), first_ms (8), last_ms (8), big-endian. A link between two
-- accounts that share several clusters (overlapping members) is in each of them. No foreign key to `link`: the rows
-- go with their cluster, and the cluster with its run. Runs stored before this migration have no rows here; the
-- graph then falls back to the look-up per member.
CREATE TABLE cluster_link (
    cluster_id BIGINT NOT NULL REFERENCES cluster (id) ON DELETE CASCADE,
    chunk_no   INT NOT NULL,
    links      INT NOT NULL,
    rules      VARCHAR(1000) NOT NULL,      -- comma-separated rule names the rule bytes point to
    packed     VARBINARY(200000) NOT NULL,  -- links x 41 bytes
    PRIMARY KEY (cluster_id, chunk_no)
);
