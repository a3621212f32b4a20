-- The links among the members of each cluster, written with the run (issue 5). Opening a cluster in the graph reads
-- them with one range scan of the primary key; looking them up member by member in `link` took 13.5 s for a
-- 2,000-account cluster with 123k links. A link between two accounts that share several clusters (overlapping
-- members) has one row per cluster. The fields a graph draws are copied from `link` so that no join is needed;
-- link_id is `link.id` (no foreign key: the rows go with their cluster, and the cluster with its run). Runs stored
-- before this migration have no rows here; the graph then falls back to the look-up per member.
CREATE TABLE cluster_link (
    cluster_id BIGINT NOT NULL REFERENCES cluster (id) ON DELETE CASCADE,
    link_id    BIGINT NOT NULL,
    account_a  INT NOT NULL,
    account_b  INT NOT NULL,
    rule       VARCHAR(32) NOT NULL,
    weight     DOUBLE PRECISION NOT NULL,
    first_ms   BIGINT NOT NULL,
    last_ms    BIGINT NOT NULL,
    PRIMARY KEY (cluster_id, link_id)
);
