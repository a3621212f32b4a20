package ringscope.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.analysis.AnalysedDatasets;
import ringscope.graph.GraphDataService;
import ringscope.graph.GraphFilter;
import ringscope.graph.ViewSpec;
import ringscope.graph.VisualEdge;
import ringscope.graph.VisualGraph;
import ringscope.graph.VisualNode;
import ringscope.model.CancelToken;
import ringscope.model.ClusterSummary;
import ringscope.store.CaseStore;
import ringscope.ui.BackgroundRunner;
import ringscope.ui.Selection;

/**
 * The first-ranked cluster is read while the overview is on screen, and opening it takes that read instead of
 * reading again; opening anything else stops it. On the bundled classroom-reseller sample, analysed once. A single
 * thread stands in for the FX thread (the view model and the prefetch belong to one UI thread).
 */
class ViewPrefetchTest {
    private static final String PREPARING = "Preparing the first-ranked cluster";

    @TempDir
    static Path tmp;

    private static CaseStore store;
    private static long runId;
    private static List<ClusterSummary> clusters;

    private final UiStandIn fx = new UiStandIn();
    private final BackgroundRunner runner = fx.runner();

    @BeforeAll
    static void analyseTheSample() {
        store = CaseStore.create(tmp.resolve("case"));
        runId = AnalysedDatasets.importAndAnalyse(store, "classroom-reseller", "prefetch test").info().id();
        clusters = new GraphDataService(store).queries().clusters(runId);
    }

    @AfterAll
    static void closeCase() {
        store.close();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void openingTheFirstRankedClusterTakesTheReadDoneWhileTheOverviewWasShown() throws Exception {
        assertThat(clusters).as("the sample has clusters").hasSizeGreaterThan(1);
        List<String> jobs = Collections.synchronizedList(new ArrayList<>());
        GraphViewModel vm = fx.call(() -> {
            GraphViewModel m = new GraphViewModel(runner, new Selection(), GraphDataService::new);
            runner.currentJobProperty().addListener((o, a, b) -> jobs.add(b));
            m.show(store);
            return m;
        });
        fx.awaitIdle();
        assertThat(fx.call(() -> vm.currentView())).isEqualTo(ViewSpec.overview());
        assertThat(jobs).as("read ahead once the overview is shown").contains(PREPARING);
        ClusterSummary first = clusters.stream().filter(c -> c.rank() == 1).findFirst().orElseThrow();

        jobs.clear();
        VisualGraph taken = openAndWait(vm, ViewSpec.cluster(first.id()));
        assertThat(jobs).as("opened without reading it again").doesNotContain("Opening graph view", PREPARING);

        // used once: the next open of the same cluster reads it, and gets the same picture
        fx.call(() -> {
            vm.openOverview();
            return null;
        });
        fx.awaitIdle();
        jobs.clear();
        VisualGraph read = openAndWait(vm, ViewSpec.cluster(first.id()));
        assertThat(jobs).as("read again, not read ahead again").contains("Opening graph view").doesNotContain(PREPARING);
        assertThat(keys(taken)).isEqualTo(keys(read)).isNotEmpty();
        assertThat(edgeKeys(taken)).isEqualTo(edgeKeys(read));
    }

    @Test
    void openingAnotherViewStopsTheReadAheadAndGetsItsOwnView() throws Exception {
        GraphDataService service = new GraphDataService(store);
        VisualGraph overview = service.load(runId, ViewSpec.overview()).assemble(GraphFilter.none(), 500);
        ViewPrefetch prefetch = fx.call(() -> new ViewPrefetch(runner));
        CountDownLatch gate = holdTheWorker();
        fx.call(() -> {
            prefetch.overviewShown(service, runId, overview, GraphFilter.none());
            return null;
        });
        ClusterSummary second = clusters.stream().filter(c -> c.rank() == 2).findFirst().orElseThrow();
        Optional<ViewPrefetch.Prepared> other = fx.call(() -> prefetch.take(service, runId,
                ViewSpec.cluster(second.id()), GraphFilter.none()));
        assertThat(other).as("not the view read ahead").isEmpty();
        gate.countDown();
        fx.awaitIdle();
        ClusterSummary first = clusters.stream().filter(c -> c.rank() == 1).findFirst().orElseThrow();
        assertThat(fx.call(() -> prefetch.take(service, runId, ViewSpec.cluster(first.id()),
                GraphFilter.none())))
                .as("dropped when another view was opened").isEmpty();

        // once per run: the overview shown again does not read ahead again
        List<String> jobs = Collections.synchronizedList(new ArrayList<>());
        fx.call(() -> {
            runner.currentJobProperty().addListener((o, a, b) -> jobs.add(b));
            prefetch.overviewShown(service, runId, overview, GraphFilter.none());
            return null;
        });
        fx.awaitIdle();
        assertThat(jobs).doesNotContain(PREPARING);
    }

    @Test
    void accountRowsAreReadAheadAfterTheClusterAndAnOpenStopsThemUntilTheOverviewIsShownAgain() throws Exception {
        GraphDataService service = new GraphDataService(store);
        VisualGraph overview = service.load(runId, ViewSpec.overview()).assemble(GraphFilter.none(), 500);
        ClusterSummary second = clusters.stream().filter(c -> c.rank() == 2).findFirst().orElseThrow();
        ViewPrefetch prefetch = fx.call(() -> new ViewPrefetch(runner));
        List<String> jobs = Collections.synchronizedList(new ArrayList<>());
        fx.call(() -> {
            runner.currentJobProperty().addListener((o, a, b) -> jobs.add(b));
            return null;
        });
        CountDownLatch gate = holdTheWorker();
        fx.call(() -> {
            prefetch.overviewShown(service, runId, overview, GraphFilter.none());
            return prefetch.take(service, runId, ViewSpec.cluster(second.id()), GraphFilter.none()); // an open
        });
        gate.countDown();
        fx.awaitIdle();
        assertThat(jobs).as("queued behind the cluster read ahead; stopped by the open before its first step")
                .containsSubsequence(PREPARING, ViewPrefetch.READING_ACCOUNTS_AHEAD);

        assertThat(jobsWhenShownAgain(prefetch, service, overview, jobs))
                .as("the overview shown again: it goes on (and the cluster is not read ahead again)")
                .contains(ViewPrefetch.READING_ACCOUNTS_AHEAD).doesNotContain(PREPARING);
        assertThat(jobsWhenShownAgain(prefetch, service, overview, jobs))
                .as("every account read once: not again for this case")
                .doesNotContain(ViewPrefetch.READING_ACCOUNTS_AHEAD);
    }

    /** The jobs run when the overview is shown again, until the worker is idle. */
    private List<String> jobsWhenShownAgain(ViewPrefetch prefetch, GraphDataService service, VisualGraph overview,
            List<String> jobs) throws Exception {
        jobs.clear();
        fx.call(() -> {
            prefetch.overviewShown(service, runId, overview, GraphFilter.none());
            return null;
        });
        fx.awaitIdle();
        return List.copyOf(jobs);
    }

    @Test
    void theFirstRankedClusterOpenedUnderAnotherFilterIsReadAfresh() throws Exception {
        GraphDataService service = new GraphDataService(store);
        VisualGraph overview = service.load(runId, ViewSpec.overview()).assemble(GraphFilter.none(), 500);
        ClusterSummary first = clusters.stream().filter(c -> c.rank() == 1).findFirst().orElseThrow();
        ViewPrefetch prefetch = fx.call(() -> new ViewPrefetch(runner));
        fx.call(() -> {
            prefetch.overviewShown(service, runId, overview, GraphFilter.none());
            return null;
        });
        fx.awaitIdle();
        GraphFilter strongOnly = GraphFilter.none().withMinScore(0.5);
        assertThat(fx.call(() -> prefetch.take(service, runId, ViewSpec.cluster(first.id()), strongOnly)))
                .as("read for another filter").isEmpty();
        assertThat(fx.call(() -> prefetch.take(service, runId, ViewSpec.cluster(first.id()), GraphFilter.none())))
                .as("and dropped").isEmpty();
    }

    @Test
    void anOpenWhileTheReadAheadRunsJoinsItAndADroppedOneIsStopped() throws Exception {
        GraphDataService service = new GraphDataService(store);
        VisualGraph overview = service.load(runId, ViewSpec.overview()).assemble(GraphFilter.none(), 500);
        ClusterSummary first = clusters.stream().filter(c -> c.rank() == 1).findFirst().orElseThrow();
        ViewSpec spec = ViewSpec.cluster(first.id());

        ViewPrefetch joined = fx.call(() -> new ViewPrefetch(runner));
        CountDownLatch gate = holdTheWorker();
        AtomicReference<ViewPrefetch.Loaded> got = new AtomicReference<>();
        CancelToken token = fx.call(() -> {
            joined.overviewShown(service, runId, overview, GraphFilter.none());
            ViewPrefetch.Prepared p = joined.take(service, runId, spec, GraphFilter.none()).orElseThrow();
            p.whenDone(got::set, e -> {
                throw new AssertionError(e);
            });
            return p.token();
        });
        assertThat(got.get()).as("not read yet").isNull();
        gate.countDown();
        fx.awaitIdle();
        assertThat(token.isCancelled()).isFalse();
        VisualGraph direct = service.load(runId, spec).assemble(GraphFilter.none(), GraphDataService.capOf(spec));
        assertThat(got.get().full().viewKey()).isEqualTo(spec.viewKey());
        assertThat(keys(got.get().full())).isEqualTo(keys(direct));
        assertThat(edgeKeys(got.get().full())).isEqualTo(edgeKeys(direct));

        // an open that joined the read and is then stopped (the view model's Stop) gets the cancellation, no view
        ViewPrefetch stopped = fx.call(() -> new ViewPrefetch(runner));
        CountDownLatch gate2 = holdTheWorker();
        AtomicReference<Object> outcome = new AtomicReference<>();
        fx.call(() -> {
            stopped.overviewShown(service, runId, overview, GraphFilter.none());
            ViewPrefetch.Prepared p = stopped.take(service, runId, spec, GraphFilter.none()).orElseThrow();
            p.whenDone(outcome::set, outcome::set);
            p.token().cancel();
            return null;
        });
        gate2.countDown();
        fx.awaitIdle();
        assertThat(outcome.get() instanceof java.util.concurrent.CancellationException)
                .as("stopped before it began: %s", outcome.get().getClass()).isTrue();

        // dropped (tags changed): nothing is left to take
        ViewPrefetch dropped = fx.call(() -> new ViewPrefetch(runner));
        fx.call(() -> {
            dropped.overviewShown(service, runId, overview, GraphFilter.none());
            dropped.drop();
            return null;
        });
        fx.awaitIdle();
        assertThat(fx.call(() -> dropped.take(service, runId, spec, GraphFilter.none()))).isEmpty();
    }

    private CountDownLatch holdTheWorker() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        CountDownLatch held = new CountDownLatch(1);
        fx.call(() -> runner.submit("gate", (p, c) -> {
            held.countDown();
            return gate.await(60, TimeUnit.SECONDS);
        }, p -> {}, r -> {}, e -> {}));
        assertThat(held.await(60, TimeUnit.SECONDS)).isTrue();
        return gate;
    }

    private VisualGraph openAndWait(GraphViewModel vm, ViewSpec spec) throws Exception {
        fx.call(() -> {
            vm.open(spec);
            return null;
        });
        fx.awaitIdle();
        VisualGraph shown = fx.call(() -> vm.pictureProperty().get().graph());
        assertThat(shown.viewKey()).isEqualTo(spec.viewKey());
        return shown;
    }

    private static List<String> keys(VisualGraph g) {
        return g.nodes().stream().map(VisualNode::key).sorted().toList();
    }

    private static List<String> edgeKeys(VisualGraph g) {
        return g.edges().stream().map(VisualEdge::key).sorted().toList();
    }
}
