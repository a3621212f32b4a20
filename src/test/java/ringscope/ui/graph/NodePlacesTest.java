package ringscope.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.graph.GraphDataService;
import ringscope.graph.GraphFilter;
import ringscope.graph.LinkSummary;
import ringscope.graph.NodeKind;
import ringscope.graph.SceneAssembler;
import ringscope.graph.SeedLayout;
import ringscope.graph.VisualGraph;
import ringscope.graph.VisualNode;
import ringscope.model.LinkRule;
import ringscope.store.CaseStore;
import ringscope.ui.BackgroundRunner;

/**
 * A layout still running for a view the analyst has left is stopped (so the single worker is free to read the next
 * view), and leaves no trace: nothing stored, nothing moved, no message.
 */
class NodePlacesTest {
    @TempDir
    Path tmp;

    @Test
    void aLayoutLeftBehindIsStoppedAndNeitherStoredNorApplied() throws Exception {
        try (CaseStore store = CaseStore.create(tmp.resolve("case"))) {
            try (Connection c = store.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO analysis_run (id, name, started_ms, finished_ms, parameters, accounts, links,"
                        + " clusters, common_values, step_times, first_link)"
                        + " VALUES (1, 'r', 0, 0, '{}', 0, 0, 0, 0, '', 1)");
            }
            GraphDataService service = new GraphDataService(store);
            VisualGraph big = web(1_500);
            List<String> said = Collections.synchronizedList(new ArrayList<>());
            BackgroundRunner runner = new BackgroundRunner(Runnable::run, 0);
            try {
                NodePlaces places = new NodePlaces(runner, said::add);
                places.show(new NodePlaces.Shown(service, 1, big.viewKey(), big), SeedLayout.place(big, Map.of()));
                places.relayout(Set.of(), () -> true);
                await(() -> said.stream().anyMatch(m -> m.startsWith("Laying out: step")));
                places.stopLayout();
                await(() -> !runner.busyProperty().get());
                assertThat(said).allMatch(m -> m.startsWith("Laying out: step"));
                assertThat(places.movedProperty().get()).isNull();
                assertThat(service.storedLayout(1, big)).isEmpty();

                // a layout left to run is applied, stored and reported
                places.relayout(Set.of(), () -> true);
                await(() -> !runner.busyProperty().get());
                assertThat(said).last().isEqualTo("Layout computed and stored with the case");
                assertThat(places.movedProperty().get()).hasSize(big.nodes().size());
                assertThat(service.storedLayout(1, big)).isPresent();
            } finally {
                runner.close();
            }
        }
    }

    /** {@code n} accounts, each linked to the next three: a layout of it takes many steps. */
    private static VisualGraph web(int n) {
        List<VisualNode> nodes = new ArrayList<>();
        List<LinkSummary> links = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            nodes.add(new VisualNode(NodeKind.ACCOUNT.key(i), NodeKind.ACCOUNT, "acct-" + i, i, 0.5, 1, 1, List.of(),
                    Map.of()));
            for (int k = 1; k <= 3; k++) {
                int j = (i + k * 37) % n + 1;
                if (j != i) {
                    links.add(new LinkSummary(NodeKind.ACCOUNT.key(i), NodeKind.ACCOUNT.key(j), LinkRule.SHARED_IP,
                            1, 1, i * 10L + k, 0, 1));
                }
            }
        }
        return SceneAssembler.assemble("web", "Web", nodes, links, n, GraphFilter.none(), Set.of(), n);
    }

    private static void await(java.util.function.BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + 60_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(5);
        }
    }
}
