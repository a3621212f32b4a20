package ringscope.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ringscope.analysis.AnalysisQueries;
import ringscope.casework.CaseworkQueries;
import ringscope.model.AccountFacts;
import ringscope.model.CancelToken;
import ringscope.model.ClusterMember;
import ringscope.model.ClusterSummary;
import ringscope.model.GraphLayout;
import ringscope.model.LinkEnds;
import ringscope.model.LinkRecord;
import ringscope.model.Neighbourhood;
import ringscope.model.NodePosition;
import ringscope.model.ProgressSink;
import ringscope.model.Tag;
import ringscope.model.TagAssignment;
import ringscope.model.Target;
import ringscope.model.ViewCaps;
import ringscope.store.CaseStore;
import ringscope.store.ClusterLinks;
import ringscope.store.ClusterPairLinks;
import ringscope.store.CaseworkRepository;
import ringscope.store.GraphLayoutRepository;
import ringscope.store.GraphRows;

/**
 * Builds the graph views of an analysis run from the stored results and keeps their layouts with the case: the
 * overview (clusters as meta-nodes, links between clusters folded per rule), an opened cluster (its members and the
 * links among them) and an account's 1- or 2-hop neighbourhood. Never more than {@link #OVERVIEW_CAP} clusters or
 * {@link #DRILL_CAP} accounts are drawn; the caption says "showing N of M" when the cap bites.
 *
 * <p>Reads the case database: call it off the FX thread. Thread-safe (its one cache, {@link OverviewLinks}, is synchronized).
 */
public final class GraphDataService {
    /** Clusters drawn in the overview at most (highest score first). */
    public static final int OVERVIEW_CAP = 300;
    /** Accounts drawn in a drill-down at most. */
    public static final int DRILL_CAP = ViewCaps.ACCOUNTS;

    private final AnalysisQueries queries;
    private final GraphRows rows;
    private final GraphLayoutRepository layouts;
    private final CaseworkQueries casework;
    private final OverviewLinks overviewLinks;
    private final ClusterLinks clusterLinks;

    public GraphDataService(CaseStore store) {
        this.queries = new AnalysisQueries(store);
        this.rows = new GraphRows(store);
        this.overviewLinks = new OverviewLinks(rows, new ClusterPairLinks(store));
        this.clusterLinks = new ClusterLinks(store);
        this.layouts = new GraphLayoutRepository(store);
        this.casework = new CaseworkQueries(new CaseworkRepository(store));
    }

    public AnalysisQueries queries() {
        return queries;
    }

    /** The node cap of a view kind. */
    public static int capOf(ViewSpec spec) {
        return spec.kind() == ViewSpec.Kind.OVERVIEW ? OVERVIEW_CAP : DRILL_CAP;
    }

    /** The data of a view of run {@code runId}, with its expansions and all its links. */
    public ViewData load(long runId, ViewSpec spec) {
        return load(runId, spec, false, ProgressSink.NONE, CancelToken.none());
    }

    /**
     * The data of a view of run {@code runId}, with its expansions. Only the overview of a run stored before its
     * links between clusters were stored with it takes long (it folds every link of the run once): that reports
     * progress and stops with a {@link java.util.concurrent.CancellationException} once {@code cancel} is set. A
     * cluster stops the same way between its reads (members, their account rows, its links).
     *
     * @param drawnOnly whether the view is to be drawn without a filter: a dense cluster (unexpanded) then comes with
     *     only the links of the edges it draws, as stored with its run, and not {@link ViewData#complete}
     */
    public ViewData load(long runId, ViewSpec spec, boolean drawnOnly, ProgressSink progress, CancelToken cancel) {
        ViewData plain = switch (spec.kind()) {
            case OVERVIEW -> overview(runId, progress, cancel);
            case CLUSTER -> cluster(runId, spec.id(), drawnOnly && spec.expanded().isEmpty(), cancel);
            case AROUND -> around(runId, (int) spec.id(), spec.hops());
        };
        return withTags(expanded(runId, plain, spec));
    }

    /**
     * Adds the 1-hop neighbours of each expanded account after the view's own nodes (in expansion order, by ref
     * within one), and the links of the run between an added account and any account of the view. The base links
     * stay as they are; the total grows by the accounts added.
     */
    private ViewData expanded(long runId, ViewData base, ViewSpec spec) {
        if (spec.expanded().isEmpty()) {
            return base;
        }
        Set<String> present = new java.util.HashSet<>();
        List<Integer> all = new ArrayList<>();
        for (VisualNode n : base.nodes()) {
            present.add(n.key());
            all.add((int) n.id());
        }
        List<Integer> added = new ArrayList<>();
        for (int ref : spec.expanded()) {
            queries.neighbours(runId, ref, 1).hops().keySet().stream().sorted().forEach(r -> {
                if (present.add(NodeKind.ACCOUNT.key(r))) {
                    added.add(r);
                }
            });
        }
        all.addAll(added);
        Map<Integer, AccountFacts> facts = rows.accounts(added);
        Map<Integer, Long> homes = rows.homeClusters(runId, added);
        Map<Long, Double> scores = rows.clusterScores(runId);
        List<VisualNode> nodes = new ArrayList<>(base.nodes());
        added.forEach(r -> nodes.add(accountNode(r, facts.get(r), homes.getOrDefault(r, -1L), scores)));
        Set<Integer> fresh = new java.util.HashSet<>(added);
        List<LinkSummary> links = new ArrayList<>(base.links());
        for (LinkEnds l : rows.linksAmong(runId, all)) {
            if (fresh.contains(l.accountA()) || fresh.contains(l.accountB())) {
                links.add(new LinkSummary(NodeKind.ACCOUNT.key(l.accountA()), NodeKind.ACCOUNT.key(l.accountB()),
                        l.rule(), l.weight(), 1, l.id(), l.firstMs(), l.lastMs()));
            }
        }
        String title = String.format("Expanded by the neighbours of %d account(s), %,d more \u00b7 %s",
                spec.expanded().size(), added.size(), base.title());
        return new ViewData(runId, spec, title, base.nodeNoun(), nodes, links, base.totalNodes() + added.size(),
                base.keep());
    }

    /** Puts the case's active tags on the nodes they are on (for "colour by tag"), as they are now. */
    private ViewData withTags(ViewData d) {
        Map<String, Tag> tags = new HashMap<>();
        casework.tags().forEach(t -> tags.put(t.id(), t));
        Map<Target, List<TagMark>> marks = new HashMap<>();
        for (TagAssignment a : casework.activeAssignments()) {
            Tag t = tags.get(a.tagId());
            if (t != null) {
                marks.computeIfAbsent(a.target(), k -> new ArrayList<>()).add(new TagMark(t.id(), t.name(),
                        t.colour()));
            }
        }
        if (marks.isEmpty()) {
            return d;
        }
        List<VisualNode> nodes = new ArrayList<>();
        for (VisualNode n : d.nodes()) {
            Target target = n.kind() == NodeKind.CLUSTER ? Target.cluster(n.id()) : Target.account(n.label());
            List<TagMark> on = marks.get(target);
            nodes.add(on == null ? n : n.withTags(on));
        }
        return new ViewData(d.runId(), d.spec(), d.title(), d.nodeNoun(), nodes, d.links(), d.totalNodes(), d.keep(),
                d.pairsInAll());
    }

    private ViewData overview(long runId, ProgressSink progress, CancelToken cancel) {
        List<ClusterSummary> clusters = queries.clusters(runId);
        List<VisualNode> nodes = new ArrayList<>();
        for (ClusterSummary c : clusters) {
            nodes.add(clusterNode(c));
        }
        List<LinkSummary> links = overviewLinks.summaries(runId, progress, cancel);
        return new ViewData(runId, ViewSpec.overview(), String.format("Overview: %,d clusters", clusters.size()),
                "clusters", nodes, links, clusters.size(), Set.of());
    }

    static VisualNode clusterNode(ClusterSummary c) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("label", c.label());
        attributes.put("rank", Integer.toString(c.rank()));
        attributes.put("accounts", Integer.toString(c.size()));
        attributes.put("core accounts", Integer.toString(c.coreSize()));
        attributes.put("score", String.format("%.2f", c.score()));
        return new VisualNode(NodeKind.CLUSTER.key(c.id()), NodeKind.CLUSTER, String.format("#%d \u00b7 %,d accounts",
                c.rank(), c.size()), c.interactions(), c.score(), c.id(), c.size(), List.of(), attributes);
    }

    private ViewData cluster(long runId, long clusterId, boolean drawnOnly, CancelToken cancel) {
        ClusterSummary summary = queries.cluster(clusterId).filter(c -> c.runId() == runId)
                .orElseThrow(() -> new IllegalArgumentException("No cluster " + clusterId + " in run " + runId));
        List<ClusterMember> shown = queries.firstMembers(clusterId, DRILL_CAP);
        List<Integer> refs = shown.stream().map(ClusterMember::accountRef).toList();
        stopIfCancelled(cancel);
        Map<Integer, AccountFacts> facts = rows.accounts(refs);
        stopIfCancelled(cancel);
        // a home member's home is this cluster; only the overlapping members' homes are looked up
        Map<Integer, Long> homes = new HashMap<>();
        List<Integer> elsewhere = new ArrayList<>();
        for (ClusterMember m : shown) {
            if (m.home()) {
                homes.put(m.accountRef(), clusterId);
            } else {
                elsewhere.add(m.accountRef());
            }
        }
        homes.putAll(rows.homeClusters(runId, elsewhere));
        Map<Long, Double> scores = rows.clusterScores(runId);
        List<VisualNode> nodes = new ArrayList<>();
        // one key string per account, shared by its node and all its links (123k links for 2,000 accounts)
        Map<Integer, String> keys = new HashMap<>();
        for (int ref : refs) {
            VisualNode node = accountNode(ref, facts.get(ref), homes.getOrDefault(ref, -1L), scores);
            nodes.add(node);
            keys.put(ref, node.key());
        }
        // the links of the edges drawn, stored with a dense cluster; else the links stored with the cluster among the
        // shown members; for a run stored before those existed (V7), looked up member by member
        Optional<ClusterLinks.Drawn> drawn = drawnOnly ? clusterLinks.drawn(clusterId) : Optional.empty();
        List<LinkEnds> among = drawn.map(ClusterLinks.Drawn::links).orElseGet(() -> clusterLinks
                .amongFirst(clusterId, refs.size()).orElseGet(() -> rows.linksAmong(runId, refs)));
        List<LinkSummary> links = new ArrayList<>(among.size());
        for (LinkEnds l : among) {
            links.add(new LinkSummary(keys.get(l.accountA()), keys.get(l.accountB()), l.rule(), l.weight(), 1,
                    l.id(), l.firstMs(), l.lastMs()));
        }
        String title = String.format("Cluster #%d (score %.2f): %s", summary.rank(), summary.score(),
                summary.label());
        return new ViewData(runId, ViewSpec.cluster(clusterId), title, "accounts", nodes, links, summary.size(),
                Set.of(), drawn.map(ClusterLinks.Drawn::pairs).orElse(-1));
    }

    private static void stopIfCancelled(CancelToken cancel) {
        if (cancel.isCancelled()) {
            throw new java.util.concurrent.CancellationException("stopped reading the cluster");
        }
    }

    private ViewData around(long runId, int accountRef, int hops) {
        Neighbourhood n = queries.neighbours(runId, accountRef, hops);
        List<Integer> refs = new ArrayList<>(n.hops().keySet());
        refs.sort(Comparator.comparingInt((Integer r) -> n.hops().get(r)).thenComparingInt(r -> r));
        Map<Integer, AccountFacts> facts = rows.accounts(refs);
        Map<Integer, Long> homes = rows.homeClusters(runId, refs);
        Map<Long, Double> scores = rows.clusterScores(runId);
        List<VisualNode> nodes = new ArrayList<>();
        for (int ref : refs) {
            nodes.add(accountNode(ref, facts.get(ref), homes.getOrDefault(ref, -1L), scores));
        }
        List<LinkSummary> links = n.links().stream().map(GraphDataService::summary).toList();
        AccountFacts start = facts.get(accountRef);
        String name = start == null ? "#" + accountRef : start.accountId();
        String title = String.format("%s and its %d-hop neighbourhood: %,d accounts%s", name, hops, refs.size(),
                n.capped() ? " (capped)" : "");
        int total = n.capped() ? refs.size() + 1 : refs.size();
        return new ViewData(runId, ViewSpec.around(accountRef, hops), title, "accounts", nodes, links, total,
                Set.of(NodeKind.ACCOUNT.key(accountRef)));
    }

    private static VisualNode accountNode(int ref, AccountFacts facts, long home, Map<Long, Double> scores) {
        String id = facts == null ? "#" + ref : facts.accountId();
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("account", id);
        if (facts != null) {
            attributes.putAll(facts.attributes());
            attributes.put("interactions", String.format("%,d", facts.interactions()));
        }
        attributes.put("home cluster", home < 0 ? "none" : Long.toString(home));
        return new VisualNode(NodeKind.ACCOUNT.key(ref), NodeKind.ACCOUNT, id,
                facts == null ? 0 : facts.interactions(), scores.getOrDefault(home, 0.0), home, 1, List.of(),
                attributes);
    }

    private static LinkSummary summary(LinkRecord l) {
        return new LinkSummary(NodeKind.ACCOUNT.key(l.accountA()), NodeKind.ACCOUNT.key(l.accountB()), l.rule(),
                l.weight(), 1, l.id(), l.firstMs(), l.lastMs());
    }

    /**
     * The stored positions of a view, if they place every node of {@code graph}; else empty (lay it out afresh).
     */
    public java.util.Optional<Map<String, NodePosition>> storedLayout(long runId, VisualGraph graph) {
        java.util.Optional<GraphLayout> stored = layouts.load(runId, graph.viewKey());
        if (stored.isEmpty()) {
            return java.util.Optional.empty();
        }
        Map<String, NodePosition> byKey = new HashMap<>();
        stored.get().positions().forEach(p -> byKey.put(p.nodeKey(), p));
        boolean complete = graph.nodes().stream().allMatch(n -> byKey.containsKey(n.key()));
        return complete ? java.util.Optional.of(byKey) : java.util.Optional.empty();
    }

    /**
     * Runs the force layout from {@code start} and stores the result with the case. Pinned nodes and the {@code fixed}
     * ones stay where they are; a fixed node keeps its own pin flag.
     */
    public Map<String, NodePosition> layOut(long runId, VisualGraph graph, Map<String, NodePosition> start,
            Set<String> fixed, ProgressSink progress, CancelToken cancel) {
        Map<String, NodePosition> seeded = SeedLayout.place(graph, start);
        Map<String, NodePosition> held = new HashMap<>(seeded);
        fixed.forEach(k -> held.computeIfPresent(k, (key, p) -> new NodePosition(key, p.x(), p.y(), true)));
        ForceLayout.Result r = ForceLayout.run(graph, held, ForceLayout.Budget.forNodes(graph.nodes().size()),
                progress, cancel);
        Map<String, NodePosition> merged = new HashMap<>(seeded);
        r.positions().forEach((k, p) -> merged.put(k, fixed.contains(k) ? seeded.get(k) : p));
        save(runId, graph.viewKey(), merged, ForceLayout.ALGORITHM, r.steps());
        return merged;
    }

    /** Accounts read ahead per step of {@link #readAccountsAhead}: about 40 ms each on the campaign-scale case. */
    static final int ACCOUNTS_AHEAD_STEP = 5_000;

    /**
     * Reads the case's account rows ahead into the database's page cache (see {@link GraphRows#readAccountsAhead}),
     * from account id {@code from} on, a step at a time, until all are read or {@code cancel} is set (checked before
     * each step, so an open waits at most one step). Returns the id to go on from next time, or -1 once every account
     * has been read.
     */
    public int readAccountsAhead(int from, CancelToken cancel) {
        int next = Math.max(from, 0);
        while (!cancel.isCancelled()) {
            int last = rows.readAccountsAhead(next, ACCOUNTS_AHEAD_STEP);
            next += ACCOUNTS_AHEAD_STEP;
            if (next > last) {
                return -1;
            }
        }
        return next;
    }

    /** The case's active tags (what the tag filter offers). */
    public List<Tag> tags() {
        return casework.tags();
    }

    /** Stores positions of a view as they are now (after a drag or a pin). */
    public void save(long runId, String viewKey, Map<String, NodePosition> positions, String algorithm, int steps) {
        layouts.save(new GraphLayout(runId, viewKey, algorithm, steps, System.currentTimeMillis(),
                new ArrayList<>(positions.values())));
    }
}
