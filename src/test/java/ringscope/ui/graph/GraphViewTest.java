package ringscope.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
import ringscope.analysis.AnalysisService;
import ringscope.graph.GraphDataService;
import ringscope.graph.NodeKind;
import ringscope.graph.ViewSpec;
import ringscope.graph.VisualNode;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.model.AnalysisParameters;
import ringscope.model.AnalysisRun;
import ringscope.model.CancelToken;
import ringscope.model.ClusterSummary;
import ringscope.model.LinkRule;
import ringscope.model.ProgressSink;
import ringscope.model.Target;
import ringscope.model.TargetKind;
import ringscope.store.CaseStore;
import ringscope.store.GraphLayoutRepository;
import ringscope.ui.AppStyle;
import ringscope.ui.BackgroundRunner;
import ringscope.ui.Selection;

/**
 * The graph tab on the bundled classroom-reseller sample, analysed once for the class: overview, open a cluster,
 * click nodes, evidence rows behind a link, filter by link type, search, back, export, stored layout.
 */
@ExtendWith(ApplicationExtension.class)
class GraphViewTest {
    @TempDir
    static Path tmp;

    private static CaseStore store;
    private static long runId;
    private static ClusterSummary top;

    private final BackgroundRunner runner = new BackgroundRunner(Platform::runLater, 50);
    private final Selection selection = new Selection();
    private GraphViewModel vm;
    private GraphView view;

    @BeforeAll
    static void analyseTheSample() {
        store = CaseStore.create(tmp.resolve("case"));
        new ImportService(store).importDataset(Path.of("datasets", "classroom-reseller"), ImportOptions.defaults(),
                ProgressSink.NONE, CancelToken.none());
        AnalysisRun run = new AnalysisService(store).run("graph test", AnalysisParameters.defaults(),
                ProgressSink.NONE, CancelToken.none());
        runId = run.info().id();
        top = new GraphDataService(store).queries().clusters(runId).get(0);
    }

    @AfterAll
    static void closeCase() {
        store.close();
    }

    @Start
    void start(Stage stage) {
        vm = new GraphViewModel(runner, selection, GraphDataService::new);
        view = new GraphView(vm);
        Scene scene = new Scene(new javafx.scene.layout.StackPane(view.node()), 1280, 800);
        AppStyle.apply(scene);
        stage.setScene(scene);
        stage.show();
        vm.show(store);
    }

    @AfterEach
    void tearDown() {
        runner.shutdown(10_000);
        WaitForAsyncUtils.asyncFx(view::close);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void brushingATimeRangeNarrowsTheVisibleLinksAndClearingItBringsThemBack(FxRobot robot) {
        javafx.beans.property.ObjectProperty<ringscope.model.TimeRange> brush =
                new javafx.beans.property.SimpleObjectProperty<>();
        robot.interact(() -> vm.followTime(brush));
        waitFor("overview laid out", () -> vm.pictureProperty().get() != null && idle());
        robot.interact(() -> vm.open(ringscope.graph.ViewSpec.cluster(top.id())));
        waitFor("cluster opened", () -> vm.titleProperty().get().startsWith("Cluster #1") && idle());
        java.util.List<ringscope.graph.VisualEdge> all = vm.pictureProperty().get().graph().edges();
        long first = all.stream().mapToLong(ringscope.graph.VisualEdge::firstMs).filter(t -> t >= 0).min()
                .orElseThrow();
        long lastStart = all.stream().mapToLong(ringscope.graph.VisualEdge::firstMs).max().orElseThrow();
        assertThat(lastStart).as("links start at different times").isGreaterThan(first);
        // a window that closes before the latest-starting links begin
        ringscope.model.TimeRange window = new ringscope.model.TimeRange(first, first + (lastStart - first) / 2);
        long inside = all.stream().filter(e -> e.firstMs() <= window.toMs() && e.lastMs() >= window.fromMs()).count();
        robot.interact(() -> brush.set(window));
        waitFor("links narrowed", () -> vm.pictureProperty().get().graph().edges().size() < all.size() && idle());
        assertThat(vm.pictureProperty().get().graph().edges()).hasSize((int) inside)
                .allSatisfy(e -> assertThat(e.firstMs()).isLessThanOrEqualTo(window.toMs()));
        robot.interact(() -> brush.set(null));
        waitFor("all links back", () -> vm.pictureProperty().get().graph().edges().size() == all.size() && idle());
    }

    @Test
    void overviewShowsClustersOpensOneAndSelectsAccountsByClicking(FxRobot robot) throws Exception {
        waitFor("overview laid out", () -> vm.pictureProperty().get() != null && idle());
        int clusters = new GraphDataService(store).queries().clusters(runId).size();
        assertThat(vm.pictureProperty().get().graph().nodes()).hasSize(clusters)
                .allMatch(n -> n.kind() == NodeKind.CLUSTER);
        assertThat(label(robot, "#graphCaption")).startsWith(String.format("%,d clusters", clusters));
        assertThat(robot.lookup("#graphLegend").tryQuery()).isPresent();

        String topKey = NodeKind.CLUSTER.key(top.id());
        clickNode(robot, topKey, false);
        waitFor("cluster selected", () -> Target.cluster(top.id()).equals(selection.focusProperty().get()));
        assertThat(vm.inspector().details()).anySatisfy(f -> assertThat(f.name()).isEqualTo("score"));

        robot.clickOn("#graphOpen");
        waitFor("cluster opened", () -> vm.titleProperty().get().startsWith("Cluster #1 (score ") && idle());
        assertThat(vm.titleProperty().get()).contains("40 accounts");
        assertThat(vm.pictureProperty().get().graph().nodes()).hasSize(40)
                .allMatch(n -> n.kind() == NodeKind.ACCOUNT);
        assertThat(new GraphLayoutRepository(store).load(runId, "cluster:" + top.id())).isPresent();

        List<VisualNode> accounts = vm.pictureProperty().get().graph().nodes();
        clickNode(robot, accounts.get(0).key(), false);
        waitFor("account selected", () -> Target.account(accounts.get(0).label()).equals(
                selection.focusProperty().get()));
        clickNode(robot, accounts.get(1).key(), true);
        waitFor("two accounts selected", () -> selection.targets().size() == 2);
        waitFor("why together shown", () -> !vm.inspector().why().isEmpty());
        assertThat(label(robot, "#graphWhyCaption")).contains(accounts.get(0).label())
                .contains(accounts.get(1).label());

        robot.clickOn("#graphBack");
        waitFor("back at the overview", () -> vm.currentView().equals(ViewSpec.overview()) && idle());
        assertThat(vm.canForwardProperty().get()).isTrue();
    }

    @Test
    void evidenceRowsFollowALinkSelectedInTheTableAndTheLinkTypeFilterChangesTheCount(FxRobot robot) {
        waitFor("overview", () -> vm.pictureProperty().get() != null && idle());
        robot.interact(() -> vm.open(ViewSpec.cluster(top.id())));
        waitFor("cluster opened", () -> vm.titleProperty().get().startsWith("Cluster #1") && idle());
        robot.interact(() -> robot.lookup("#graphModes").queryAs(TabPane.class).getSelectionModel().select(1));
        TableView<GraphRows.EdgeRow> edges = robot.lookup("#graphEdgesTable").query();
        int allEdges = edges.getItems().size();
        assertThat(allEdges).isPositive();
        String captionBefore = label(robot, "#graphCaption");

        robot.clickOn((javafx.scene.Node) robot.lookup("#graphEdgesTable .table-row-cell").nth(0).query());
        waitFor("link selected", () -> selection.focusProperty().get() != null
                && selection.focusProperty().get().kind() == TargetKind.LINK);
        waitFor("evidence rows listed", () -> !vm.inspector().evidence().isEmpty());
        assertThat(label(robot, "#graphEvidenceCaption")).startsWith("Rows 1\u2013");
        assertThat(vm.inspector().evidence()).allSatisfy(r -> {
            assertThat(r.fileName()).isNotBlank();
            assertThat(r.lineNo()).isPositive();
        });

        ComboBox<LinkRule> rule = robot.lookup("#graphRuleFilter").query();
        robot.interact(() -> rule.setValue(LinkRule.SHARED_PAYMENT));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(edges.getItems()).isNotEmpty().hasSizeLessThan(allEdges)
                .allSatisfy(e -> assertThat(e.rules()).contains("SHARED_PAYMENT"));
        assertThat(label(robot, "#graphCaption")).isNotEqualTo(captionBefore)
                .contains(String.format("%,d of %,d links", edges.getItems().size(), allEdges));
        robot.interact(() -> rule.setValue(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(edges.getItems()).hasSize(allEdges);
    }

    @Test
    void searchJumpsToTheAccountAndTheVisibleGraphExportsAsPng(FxRobot robot) throws Exception {
        waitFor("overview", () -> vm.pictureProperty().get() != null && idle());
        String member = new GraphDataService(store).queries().members(top.id()).get(5).accountId();
        robot.clickOn("#graphSearch").write(member).type(javafx.scene.input.KeyCode.ENTER);
        waitFor("jumped to the account", () -> Target.account(member).equals(selection.focusProperty().get())
                && idle());
        assertThat(vm.currentView()).isEqualTo(ViewSpec.cluster(top.id()));
        assertThat(vm.selectedKeysProperty().get()).hasSize(1);
        assertThat(vm.inspector().details()).contains(new GraphInspector.Field("account", member));

        Path png = tmp.resolve("graph.png");
        robot.interact(() -> view.exportTo(png));
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        double w = robot.lookup("#graphCanvas").query().getBoundsInLocal().getWidth();
        assertThat(image.getWidth()).isEqualTo((int) Math.round(w * 2));
        assertThat(Files.size(png)).isGreaterThan(2_000);
    }

    private void clickNode(FxRobot robot, String key, boolean shift) throws Exception {
        Point2D at = WaitForAsyncUtils.asyncFx(() -> view.canvas().screenPointOf(key)).get(5, TimeUnit.SECONDS)
                .orElseThrow();
        if (shift) {
            robot.press(javafx.scene.input.KeyCode.SHIFT);
        }
        try {
            robot.moveTo(at).clickOn(at);
        } finally {
            if (shift) {
                robot.release(javafx.scene.input.KeyCode.SHIFT);
            }
        }
    }

    private boolean idle() {
        return !runner.busyProperty().get();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void waitFor(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            assertThat(condition.getAsBoolean()).as("timed out waiting for " + what).isTrue();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
