package ringscope.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import ringscope.model.CancelToken;
import ringscope.model.ClusterLink;
import ringscope.model.ProgressSink;
import ringscope.store.CaseStoreException;
import ringscope.store.ClusterPairLinks;
import ringscope.store.GraphRows;

/**
 * The overview's links between clusters (folded per cluster pair and rule) of each run, kept once read: a stored run
 * never changes. A run analysed since V9 has them stored with it (one range scan of {@code cluster_pair_link}). An
 * older run has not: its links are folded once from all of them (31 s of CPU for the 7.9M links of the campaign-scale
 * case before the fold was rewritten) and the result is stored with the run, so the next open of the case reads it
 * too. If the case cannot take the write (read-only storage, say) the fold is kept here only. Thread-safe: one run's
 * links are read or folded by one caller at a time.
 */
final class OverviewLinks {
    private static final Logger LOG = Logger.getLogger(OverviewLinks.class.getName());

    private final GraphRows rows;
    private final ClusterPairLinks pairs;
    private final Map<Long, List<LinkSummary>> known = new HashMap<>();

    OverviewLinks(GraphRows rows, ClusterPairLinks pairs) {
        this.rows = rows;
        this.pairs = pairs;
    }

    /**
     * The overview's links of run {@code runId}, as the graph draws them (ends {@code c:ID}, one key string per
     * cluster), read or folded once per run and then shared by every overview read: the campaign-scale case has
     * 328,224 of them, and building them again at each read made the overview the largest source of garbage and its
     * list the bulk of what the next young collection had to copy (pauses of 100-300 ms, often inside the next
     * cluster open). Unmodifiable. Only the fold of an older run reports progress and polls cancel.
     */
    synchronized List<LinkSummary> summaries(long runId, ProgressSink progress, CancelToken cancel) {
        List<LinkSummary> links = known.get(runId);
        if (links == null) {
            Map<Long, String> keys = new HashMap<>();
            List<LinkSummary> out = new ArrayList<>();
            for (ClusterLink l : of(runId, progress, cancel)) {
                out.add(new LinkSummary(keys.computeIfAbsent(l.clusterA(), NodeKind.CLUSTER::key),
                        keys.computeIfAbsent(l.clusterB(), NodeKind.CLUSTER::key), l.rule(), l.weight(), l.links(), 0,
                        l.firstMs(), l.lastMs()));
            }
            links = Collections.unmodifiableList(out);
            known.put(runId, links);
        }
        return links;
    }

    /** The folded links of run {@code runId}, as stored (or folded and stored); not kept here. */
    List<ClusterLink> of(long runId, ProgressSink progress, CancelToken cancel) {
        return pairs.stored(runId).orElseGet(() -> foldAndStore(runId, progress, cancel));
    }

    private List<ClusterLink> foldAndStore(long runId, ProgressSink progress, CancelToken cancel) {
        List<ClusterLink> folded = rows.clusterLinks(runId, progress, cancel);
        try {
            pairs.store(runId, folded);
        } catch (CaseStoreException e) {
            LOG.log(Level.WARNING, "could not store the folded links between clusters of run " + runId
                    + " (kept in memory; folded again at the next open)", e);
        }
        return folded;
    }
}
