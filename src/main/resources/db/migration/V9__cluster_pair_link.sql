-- The overview's links between clusters, folded per cluster pair and rule, written with the run (issue 5). The
-- overview used to fold them from every link of the run at each first open: 44.7 s wall on the campaign-scale case
-- (7.9M links). Packed like cluster_link (ClusterPairChunks): up to 4,096 folded entries per row, each as cluster_a
-- (8 bytes), cluster_b (8), rule (1: index into the chunk's `rules`), links (4), weight (8), first_ms (8), last_ms (8),
-- big-endian, in (cluster_a, cluster_b, rule name) order. A run that has its fold stored always has chunk 0 (with
-- 0 entries if no link joins two home clusters): a run without it was stored before this migration, and the graph
-- folds its links once and stores the result here (GraphDataService). Derived data: rows go with their run.
CREATE TABLE cluster_pair_link (
    run_id   BIGINT NOT NULL REFERENCES analysis_run (id) ON DELETE CASCADE,
    chunk_no INT NOT NULL,
    entries  INT NOT NULL,
    rules    VARCHAR(1000) NOT NULL,      -- comma-separated rule names the rule bytes point to
    packed   VARBINARY(200000) NOT NULL,  -- entries x 45 bytes
    PRIMARY KEY (run_id, chunk_no)
);
