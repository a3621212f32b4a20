-- Opening a cluster reads only what the view shows (issue 5). The graph draws a cluster's first 2,000 members; for the
-- campaign-scale case's 25,000-account cluster that is 12,453 of the 1.96M links stored with it, yet every one of its
-- 478 packed cluster_link rows (80 MB) was read to find them (2.4-2.9 s wall cold).
--
-- cluster_member.ord: each member's position in its cluster (home members first, then by confidence, then by
-- account id), written by the analysis; earlier runs get it here, in the order they were always listed in.
-- cluster_link.reach: since this migration a cluster's links are packed in the order of the later of their two
-- members' positions (then by link id), and each row records the smallest such position among its links. The links
-- among the first n members are then all in the rows with reach < n, found through the index below. A cluster stored
-- before this migration has reach NULL (links in id order); the graph reads it whole once and packs it again in the
-- new order (ClusterLinks).
ALTER TABLE cluster_member ADD COLUMN ord INT;
MERGE INTO cluster_member m USING (
    SELECT cm.cluster_id, cm.account_ref, ROW_NUMBER() OVER (PARTITION BY cm.cluster_id
        ORDER BY cm.home DESC, cm.confidence DESC, a.account_id) - 1 AS ord
    FROM cluster_member cm JOIN account a ON a.id = cm.account_ref) s
ON m.cluster_id = s.cluster_id AND m.account_ref = s.account_ref
WHEN MATCHED THEN UPDATE SET ord = s.ord;
ALTER TABLE cluster_member ALTER COLUMN ord SET NOT NULL;
CREATE UNIQUE INDEX cluster_member_ord ON cluster_member (cluster_id, ord);

ALTER TABLE cluster_link ADD COLUMN reach INT;
CREATE INDEX cluster_link_reach ON cluster_link (cluster_id, reach);
