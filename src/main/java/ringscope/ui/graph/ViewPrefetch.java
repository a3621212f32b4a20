package ringscope.ui.graph;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import ringscope.graph.GraphDataService;
import ringscope.graph.GraphFilter;
import ringscope.graph.NodeKind;
import ringscope.graph.ViewData;
import ringscope.graph.ViewSpec;
import ringscope.graph.VisualGraph;
import ringscope.graph.VisualNode;
import ringscope.model.CancelToken;
import ringscope.model.NodePosition;
import ringscope.model.ProgressSink;
import ringscope.model.Tag;
import ringscope.ui.BackgroundRunner;

/**
 * Reads a graph view off the FX thread ({@link #read}), and prepares the view an analyst most likely opens first
 * while the overview is on screen: the cluster ranked first (the top row of the Clusters tab). Opening that view
 * then takes what was read, or joins the read still running, instead of reading it again; opening any other view
 * drops it and asks its read to stop at its next check (the single worker is then free after at most one step of
 * the read). Prepared once per analysis run shown, used at most once, dropped when tags change.
 *
 * <p>After it, the case's account rows are read ahead into the database's page cache
 * ({@link GraphDataService#readAccountsAhead}), a step at a time: opening any cluster then finds its members' rows
 * there (a cold first open of a 2,000-member cluster spent 150-190 ms reading their pages). Any open stops it at its
 * next step; it goes on from there the next time the overview is shown, until every account has been read once for
 * the case. UI thread, except {@link #read}, which runs on the worker.
 */
final class ViewPrefetch {
    /** A view as read: its data, its whole graph, the part the filter shows, where its nodes go, the case's tags. */
    record Loaded(ViewData data, VisualGraph full, ViewPicture.Assembled visible, Placement placement,
            List<Tag> tags) {}

    /** Reads {@code spec} of analysis run {@code runId}; a read stopped before it began reads nothing. Worker. */
    static Loaded read(GraphDataService s, long runId, ViewSpec spec, GraphFilter filter,
            Map<String, NodePosition> carried, ProgressSink progress, CancelToken cancel) throws Exception {
        stopIfCancelled(cancel, "stopped before it began");
        ViewData d = s.load(runId, spec, filter.isNone(), progress, cancel);
        // checked between the steps too: a read ahead dropped by an open hands the worker over a step sooner
        stopIfCancelled(cancel, "stopped after reading");
        int cap = GraphDataService.capOf(spec);
        VisualGraph all = d.assemble(GraphFilter.none(), cap);
        stopIfCancelled(cancel, "stopped after assembling");
        ViewPicture.Assembled visible = ViewPicture.prepare(d, all, filter, cap);
        stopIfCancelled(cancel, "stopped after preparing the picture");
        return new Loaded(d, all, visible, Placement.of(s, runId, all, carried), s.tags());
    }

    private static void stopIfCancelled(CancelToken cancel, String when) {
        if (cancel.isCancelled()) {
            throw new CancellationException(when);
        }
    }

    /** A read started ahead of the analyst; handed over at most once. */
    static final class Prepared {
        private final GraphDataService service;
        private final long runId;
        private final ViewSpec spec;
        private final GraphFilter filter;
        private CancelToken token;
        private boolean done;
        private Loaded loaded;
        private Exception failure;
        private Consumer<Loaded> onLoaded;
        private Consumer<Exception> onFailed;

        private Prepared(GraphDataService service, long runId, ViewSpec spec, GraphFilter filter) {
            this.service = service;
            this.runId = runId;
            this.spec = spec;
            this.filter = filter;
        }

        /** The read's token: cancelling it stops a read still running. */
        CancelToken token() {
            return token;
        }

        /** Calls one of the two with the read's outcome: now if the read has ended, else when it ends. */
        void whenDone(Consumer<Loaded> loadedThen, Consumer<Exception> failedThen) {
            onLoaded = loadedThen;
            onFailed = failedThen;
            if (done) {
                deliver();
            }
        }

        private void finish(Loaded l, Exception e) {
            done = true;
            loaded = l;
            failure = e;
            if (onLoaded != null) {
                deliver();
            }
        }

        private void deliver() {
            if (loaded != null) {
                onLoaded.accept(loaded);
            } else {
                onFailed.accept(failure);
            }
        }
    }

    /** The job name of reading the account rows ahead (shown in the status bar while it runs). */
    static final String READING_ACCOUNTS_AHEAD = "Reading account rows ahead";

    private final BackgroundRunner runner;
    private Prepared prepared;
    private GraphDataService preparedFor;
    private long preparedRun = -1;
    /** The read ahead of account rows while it runs or until it has reported where it stopped; else null. */
    private CancelToken readingAccounts;
    /** The account id the read ahead goes on from; -1 once all accounts of {@link #preparedFor}'s case are read. */
    private int accountsFrom;

    ViewPrefetch(BackgroundRunner runner) {
        this.runner = runner;
    }

    /**
     * The overview of run {@code runId} is on screen: starts reading its first-ranked cluster unless this was done
     * for that run already (or the overview has no cluster).
     */
    void overviewShown(GraphDataService s, long runId, VisualGraph overview, GraphFilter filter) {
        if (s != preparedFor || runId != preparedRun) {
            prepare(s, runId, overview, filter);
        }
        readAccountsAhead(s);
    }

    private void prepare(GraphDataService s, long runId, VisualGraph overview, GraphFilter filter) {
        drop();
        if (s != preparedFor) { // another case: its accounts from the start, whatever the last case's read reports
            readingAccounts = null;
            accountsFrom = 0;
        }
        preparedFor = s;
        preparedRun = runId;
        Optional<VisualNode> first = overview.nodes().stream().filter(n -> n.kind() == NodeKind.CLUSTER)
                .min(Comparator.comparingInt(ViewPrefetch::rank).thenComparingLong(VisualNode::id));
        if (first.isEmpty()) {
            return;
        }
        ViewSpec spec = ViewSpec.cluster(first.get().id());
        Prepared p = new Prepared(s, runId, spec, filter);
        prepared = p;
        p.token = runner.submit("Preparing the first-ranked cluster",
                (progress, cancel) -> read(s, runId, spec, filter, Map.of(), progress, cancel), progress -> {},
                l -> p.finish(l, null), e -> {
                    p.finish(null, e);
                    if (prepared == p && p.onLoaded == null) {
                        prepared = null; // nothing to hand over; an open reads the view itself
                    }
                });
    }

    /** Goes on reading the case's account rows ahead, behind anything queued on the worker, unless done or running. */
    private void readAccountsAhead(GraphDataService s) {
        if (accountsFrom < 0 || readingAccounts != null) {
            return;
        }
        int from = accountsFrom;
        CancelToken[] mine = new CancelToken[1];
        mine[0] = runner.submit(READING_ACCOUNTS_AHEAD, (progress, cancel) -> s.readAccountsAhead(from, cancel),
                progress -> {}, next -> {
                    if (readingAccounts == mine[0]) {
                        readingAccounts = null;
                    }
                    if (s == preparedFor) {
                        accountsFrom = next;
                    }
                }, e -> {
                    if (readingAccounts == mine[0]) {
                        readingAccounts = null; // tried again the next time the overview is shown
                    }
                });
        readingAccounts = mine[0];
    }

    /** Asks the read ahead of account rows to stop at its next step (it reports where, to go on from there). */
    private void stopReadingAccounts() {
        if (readingAccounts != null) {
            readingAccounts.cancel();
        }
    }

    private static int rank(VisualNode n) {
        try {
            return Integer.parseInt(n.attributes().getOrDefault("rank", ""));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /**
     * The prepared read if it is {@code spec} of this service and run, read for {@code filter} (it is then handed over
     * and forgotten here); else empty, and anything prepared is dropped. Either way a view is being opened: the read
     * ahead of account rows stops at its next step.
     */
    Optional<Prepared> take(GraphDataService s, long runId, ViewSpec spec, GraphFilter filter) {
        stopReadingAccounts();
        Prepared p = prepared;
        prepared = null;
        if (p != null && p.service == s && p.runId == runId && p.spec.equals(spec) && p.filter.equals(filter)) {
            return Optional.of(p);
        }
        if (p != null) {
            p.token.cancel();
        }
        return Optional.empty();
    }

    /**
     * Forgets what was prepared and asks a read still running to stop (another case, changed tags, another view
     * opened); the read ahead of account rows stops too.
     */
    void drop() {
        stopReadingAccounts();
        if (prepared != null) {
            prepared.token.cancel();
            prepared = null;
        }
    }

    /** Another case or none: the next overview shown prepares again. */
    void reset() {
        drop();
        readingAccounts = null; // what it reports is ignored: the service it reads for is forgotten here
        preparedFor = null;
        preparedRun = -1;
    }
}
