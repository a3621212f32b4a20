package ringscope.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import ringscope.analysis.AnalysedDatasets;
import ringscope.casework.CaseworkService;
import ringscope.graph.ColourMode;
import ringscope.graph.GraphDataService;
import ringscope.graph.NodeKind;
import ringscope.graph.VisualNode;
import ringscope.model.AnalysisRun;
import ringscope.model.ClusterSummary;
import ringscope.model.Tag;
import ringscope.model.Target;
import ringscope.store.CaseStore;
import ringscope.ui.BackgroundRunner;
import ringscope.ui.FxWait;
import ringscope.ui.Selection;
import ringscope.ui.casework.CaseworkPanel;
import ringscope.ui.casework.CaseworkViewModel;
import ringscope.ui.casework.TagsViewModel;

/**
 * Issue 7's graph case: click a cluster in the graph, tag it from the casework panel, and see the graph (coloured by
 * tag) put the tag's colour on that cluster and the panel list the tag; undo takes the colour off again. Wired as the
 * composition root wires it (the casework history refreshes a graph coloured by tag).
 */
@ExtendWith(ApplicationExtension.class)
class GraphTaggingTest {
    @TempDir
    static Path tmp;

    private static CaseStore store;
    private static ClusterSummary top;

    private final BackgroundRunner graphRunner = new BackgroundRunner(Platform::runLater, 50);
    private final BackgroundRunner caseworkRunner = new BackgroundRunner(Platform::runLater, 50);
    private final Selection selection = new Selection();
    private GraphViewModel graph;
    private GraphView view;
    private CaseworkViewModel casework;

    @BeforeAll
    static void analyseTheSample() {
        store = CaseStore.create(tmp.resolve("case"));
        AnalysisRun run = AnalysedDatasets.importAndAnalyse(store, "classroom-reseller", "tagging test");
        top = new GraphDataService(store).queries().clusters(run.info().id()).get(0);
    }

    @AfterAll
    static void closeCase() {
        store.close();
    }

    @Start
    void start(Stage stage) {
        graph = new GraphViewModel(graphRunner, selection, GraphDataService::new);
        view = new GraphView(graph);
        casework = new CaseworkViewModel(caseworkRunner, selection, s -> new CaseworkService(s, "tester"));
        casework.history().addListener((ListChangeListener<Object>) c -> graph.refreshTags());
        graph.colourProperty().addListener((o, before, now) -> graph.refreshTags());
        stage.setScene(new Scene(new HBox(view.node(), new CaseworkPanel(casework).node()), 1240, 780));
        stage.show();
        graph.show(store);
        casework.show(store);
    }

    @AfterEach
    void tearDown() {
        graphRunner.shutdown(10_000);
        caseworkRunner.shutdown(10_000);
        WaitForAsyncUtils.asyncFx(view::close);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private VisualNode topNode() {
        String key = NodeKind.CLUSTER.key(top.id());
        return graph.pictureProperty().get().graph().nodes().stream().filter(n -> n.key().equals(key)).findFirst()
                .orElseThrow();
    }

    @Test
    void taggingAClusterPickedInTheGraphColoursItAndUndoTakesTheColourOff(FxRobot robot) throws Exception {
        waitFor("overview and casework", () -> graph.pictureProperty().get() != null && casework.availableProperty()
                .get() && !graphRunner.busyProperty().get());
        robot.interact(() -> graph.colourProperty().set(ColourMode.TAG));
        waitFor("recoloured", () -> !graphRunner.busyProperty().get());
        assertThat(topNode().tags()).isEmpty();

        Point2D at = WaitForAsyncUtils.asyncFx(() -> view.canvas().screenPointOf(NodeKind.CLUSTER.key(top.id())))
                .get(5, TimeUnit.SECONDS).orElseThrow();
        robot.moveTo(at).clickOn(at);
        waitFor("cluster picked in the graph", () -> Target.cluster(top.id()).equals(selection.focusProperty().get()));

        TagsViewModel tags = new TagsViewModel(casework);
        robot.interact(() -> tags.create("suspected reseller network", "#d62728", "pooled cards"));
        waitFor("tag made", () -> casework.tags().size() == 1);
        Tag tag = casework.tags().get(0);
        robot.interact(() -> tags.tagSelection(tag));

        waitFor("the graph shows the tag's colour on the cluster", () -> !topNode().tags().isEmpty()
                && !graphRunner.busyProperty().get());
        assertThat(topNode().tags()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("suspected reseller network");
            assertThat(m.colour()).isEqualToIgnoringCase("#d62728");
        });
        waitFor("the panel lists the tag on the cluster", () -> casework.focusTags().size() == 1);
        assertThat(casework.focusTags()).extracting(Tag::name).containsExactly("suspected reseller network");

        robot.interact(casework::undo);
        waitFor("undo takes the colour off", () -> topNode().tags().isEmpty() && !graphRunner.busyProperty().get());
    }

    private static void waitFor(String what, BooleanSupplier condition) {
        FxWait.until(what, 60, condition);
    }
}
