-- What the unfiltered view of a dense cluster draws, stored with the run (issue 5). The graph shows a cluster's first
-- 2,000 members and at most 8,000 edges among them (ViewCaps). A dense cluster of the campaign-scale case has over
-- 100,000 links among its first 2,000 members: reading and folding them all took 1.2-1.8 s of a cold open, only to
-- keep 8,000 edges. The analysis now chooses those edges when it stores the run (ViewCaps.keep, the rule the graph
-- applies) and stores their links here, packed as in cluster_link (ClusterLinkChunks), by link id; opening the
-- cluster without a filter reads these rows only. A filter needs every link among the members shown: the graph then
-- reads them from cluster_link.
--
-- Only clusters with more linked pairs among the members shown than the edge cap have rows here; each row repeats the
-- caps the edges were chosen under (accounts, edge_cap: rows chosen under other caps are ignored) and how many linked
-- pairs there are among the members shown in all (pairs, for the caption "8,000 of 104,834 links"). Runs stored
-- before this migration have no rows: their dense clusters are read from cluster_link, as before.
CREATE TABLE cluster_drawn_link (
    cluster_id BIGINT NOT NULL REFERENCES cluster (id) ON DELETE CASCADE,
    chunk_no   INT NOT NULL,
    accounts   INT NOT NULL,
    edge_cap   INT NOT NULL,
    pairs      INT NOT NULL,
    links      INT NOT NULL,
    rules      VARCHAR(1000) NOT NULL,
    packed     VARBINARY(200000) NOT NULL,
    PRIMARY KEY (cluster_id, chunk_no)
);
