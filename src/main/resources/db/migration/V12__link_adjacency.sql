-- Each analysis run's links by account (issue 4), in place of the link table's two account indexes (link_run_a,
-- link_run_b). Those B-trees covered the links of every run in the case: kept up to date link by link they made most
-- of the 13 minutes that saving a campaign-scale run (7.9M links) took, and rebuilt after the run's commit they
-- still took most of the saving step, longer with every run the case holds (the fifth campaign run of a case took
-- 694 s to save, 17,854 of its 21,070 profile samples building the indexes over 39.7M links).
--
-- A run now stores, for every account with a link in it, the other account and the link of each of its links,
-- packed (LinkAdjacency): up to 8,192 entries per row, 8 bytes each (the other account, then the link id minus
-- base_link, both big-endian ints), in ascending link id. The writer fills the table in one pass sorted by account,
-- in the run's own transaction, so its cost depends on the run's links only. "Links of account X in run R" reads
-- X's rows of R and then the links by primary key.
--
-- Runs stored before this migration get their rows when the case is next opened (LinkAdjacency.ensure: one scan of
-- each such run's links); a run with links and no rows here is one that still needs them.
CREATE TABLE link_adjacency (
    run_id      BIGINT NOT NULL REFERENCES analysis_run (id) ON DELETE CASCADE,
    account_ref INT NOT NULL,
    chunk_no    INT NOT NULL,
    base_link   BIGINT NOT NULL,
    links       INT NOT NULL,
    packed      VARBINARY(65536) NOT NULL,
    PRIMARY KEY (run_id, account_ref, chunk_no)
);
DROP INDEX IF EXISTS link_run_a;
DROP INDEX IF EXISTS link_run_b;
