-- Graph layouts stored with the case (issue 5): the node positions of one graph view of one analysis run, so that
-- reopening the case shows the same picture. A view is the cluster overview, an opened cluster or an account
-- neighbourhood ("overview", "cluster:42", "around:17:2"); a node is a cluster ("c:42") or an account ("a:17", by
-- account ref). Pinned nodes keep their place when the visible part is laid out again.

CREATE TABLE graph_layout (
    run_id      BIGINT NOT NULL REFERENCES analysis_run (id) ON DELETE CASCADE,
    view_key    VARCHAR(200) NOT NULL,
    algorithm   VARCHAR(64) NOT NULL,
    steps       INT NOT NULL,
    computed_ms BIGINT NOT NULL,
    PRIMARY KEY (run_id, view_key)
);

CREATE TABLE graph_layout_node (
    run_id   BIGINT NOT NULL,
    view_key VARCHAR(200) NOT NULL,
    node_key VARCHAR(64) NOT NULL,
    x        DOUBLE PRECISION NOT NULL,
    y        DOUBLE PRECISION NOT NULL,
    pinned   BOOLEAN NOT NULL,
    PRIMARY KEY (run_id, view_key, node_key),
    FOREIGN KEY (run_id, view_key) REFERENCES graph_layout (run_id, view_key) ON DELETE CASCADE
);
