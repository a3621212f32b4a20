package ringscope.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.graph.DenseRun;
import ringscope.graph.GraphDataService;
import ringscope.graph.GraphFilter;
import ringscope.graph.ViewSpec;
import ringscope.graph.VisualEdge;
import ringscope.graph.VisualGraph;
import ringscope.model.LinkRule;
import ringscope.store.CaseStore;
import ringscope.ui.BackgroundRunner;
import ringscope.ui.Selection;

/**
 * A dense cluster opens with only the links of the edges it draws unfiltered; a filter set on it reads all its links
 * on the worker and then draws what the filter shows among all of them, and clearing the filter needs no read. On
 * {@link DenseRun}; a single thread stands in for the FX thread.
 */
class DenseViewFilterTest {
    @TempDir
    Path tmp;

    private final UiStandIn fx = new UiStandIn();
    private final BackgroundRunner runner = fx.runner();

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void aFilterOnADenseClusterReadsAllItsLinksAndShowsWhatTheyShow() throws Exception {
        try (CaseStore store = CaseStore.create(tmp.resolve("case"))) {
            DenseRun.Written run = DenseRun.write(store);
            GraphDataService service = new GraphDataService(store);
            ViewSpec spec = ViewSpec.cluster(run.dense());
            GraphFilter payments = GraphFilter.none().withRules(java.util.Set.of(LinkRule.SHARED_PAYMENT));
            VisualGraph unfiltered = service.load(run.runId(), spec).assemble(GraphFilter.none(), 2_000);
            VisualGraph filtered = service.load(run.runId(), spec).assemble(payments, 2_000);
            List<String> jobs = Collections.synchronizedList(new ArrayList<>());
            GraphViewModel vm = fx.call(() -> {
                GraphViewModel m = new GraphViewModel(runner, new Selection(), GraphDataService::new);
                runner.currentJobProperty().addListener((o, a, b) -> jobs.add(b));
                m.show(store);
                return m;
            });
            fx.awaitIdle();
            fx.call(() -> {
                vm.open(spec);
                return null;
            });
            fx.awaitIdle();
            assertThat(edgeKeys(fx.call(() -> vm.pictureProperty().get().graph()))).isEqualTo(edgeKeys(unfiltered))
                    .hasSize(8_000);
            assertThat(fx.call(() -> vm.captionProperty().get())).isEqualTo(unfiltered.caption("accounts"));

            jobs.clear();
            fx.call(() -> {
                vm.filters().setRule(LinkRule.SHARED_PAYMENT);
                return null;
            });
            fx.awaitIdle();
            assertThat(jobs).as("all the links read for the filter").contains("Opening graph view");
            VisualGraph shown = fx.call(() -> vm.pictureProperty().get().graph());
            assertThat(edgeKeys(shown)).isEqualTo(edgeKeys(filtered)).hasSizeGreaterThan(500);
            assertThat(shown.edges()).allSatisfy(e -> assertThat(e.rules()).containsExactly(LinkRule.SHARED_PAYMENT));
            assertThat(fx.call(() -> vm.captionProperty().get())).isEqualTo(filtered.caption("accounts"));

            jobs.clear();
            fx.call(() -> {
                vm.filters().setRule(null);
                return null;
            });
            fx.awaitIdle();
            assertThat(jobs).as("all links are at hand now").doesNotContain("Opening graph view");
            assertThat(edgeKeys(fx.call(() -> vm.pictureProperty().get().graph()))).isEqualTo(edgeKeys(unfiltered));
        }
    }

    private static List<String> edgeKeys(VisualGraph g) {
        return g.edges().stream().map(VisualEdge::key).sorted().toList();
    }
}
