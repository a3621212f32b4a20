package ringscope.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
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
import ringscope.analysis.AnalysisQueries;
import ringscope.analysis.AnalysisService;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.model.AnalysisParameters;
import ringscope.model.CancelToken;
import ringscope.model.Target;
import ringscope.model.TermCount;
import ringscope.model.TermKind;
import ringscope.model.TimeRange;
import ringscope.model.TimelineRow;
import ringscope.store.AnalysisResults;
import ringscope.store.CaseStore;
import ringscope.store.TimelineRows;
import ringscope.ui.BackgroundRunner;
import ringscope.ui.FxWait;
import ringscope.ui.Selection;

/** The timeline tab on a real case holding the hydra-campaign sample, imported and analysed once. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    @TempDir
    static Path tmp;

    private static CaseStore store;
    private static List<Target> hydra;
    private static long topCluster;
    private final Selection selection = new Selection();
    private final TimeFilter filter = new TimeFilter();
    private BackgroundRunner runner;
    private TimelineViewModel vm;

    @BeforeAll
    static void importHydra() throws Exception {
        store = CaseStore.create(tmp.resolve("case"));
        Path dataset = Path.of("datasets", "hydra-campaign");
        new ImportService(store).importDataset(dataset, ImportOptions.defaults(), p -> {}, CancelToken.none());
        hydra = new ArrayList<>();
        for (JsonNode c : new ObjectMapper().readTree(dataset.resolve("answer-key.json").toFile()).get("clusters")) {
            if (c.get("id").asText().equals("hydra-1")) {
                c.get("members").forEach(m -> hydra.add(Target.account(m.asText())));
            }
        }
        new AnalysisService(store).run("test", AnalysisParameters.defaults(), p -> {}, CancelToken.none());
        AnalysisResults results = new AnalysisResults(store);
        topCluster = (Long) results.clusters(results.runs().get(0).id()).get(0)[0];
    }

    @AfterAll
    static void closeCase() {
        store.close();
    }

    @Start
    void start(Stage stage) {
        runner = new BackgroundRunner(Platform::runLater, 50);
        vm = new TimelineViewModel(runner, selection, filter);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(new TimelineView(vm).node()), 1200, 800));
        stage.show();
        vm.show(store);
    }

    @AfterEach
    void stop() {
        runner.shutdown(10_000);
    }

    @Test
    void aModelReleaseMarkerIsShownWithThePivotOfTheHydraAccounts(FxRobot robot) {
        robot.interact(() -> selection.set(hydra));
        ListView<String> markers = robot.lookup("#timelineMarkers").query();
        waitUntil("pivot measured", () -> markers.getItems().stream().anyMatch(s -> s.contains("within 24 h")));
        assertThat(FxWait.read(() -> List.copyOf(markers.getItems()))).anySatisfy(s -> assertThat(s)
                .contains("model_release: orion-pro-3 released (successor of orion-pro-2)")
                .containsPattern("\\d+% of [\\d,]+ interactions on orion-pro-3 within 24 h of its release"));
    }

    @Test
    void selectingAClusterUpdatesTheSwimlanes(FxRobot robot) {
        waitUntil("whole case shown", () -> vm.histogramProperty().get() != null && !runner.busyProperty().get());
        assertThat(vm.swimlanes()).isNull();
        javafx.scene.control.TableView<?> statuses = robot.lookup("#timelineStatuses").query();
        assertThat(statuses.getItems()).isEmpty();
        assertThat(((javafx.scene.control.Label) statuses.getPlaceholder()).getText())
                .isEqualTo("Statuses are counted from raw rows: choose a cluster, a tag or accounts");
        robot.interact(() -> selection.select(Target.cluster(topCluster)));
        waitUntil("swimlanes", () -> vm.swimlanes() != null && !runner.busyProperty().get());
        assertThat(vm.scopeProperty().get().label()).isEqualTo("cluster " + topCluster);
        assertThat(vm.swimlanes().rows()).isEqualTo(vm.scopeProperty().get().size());
        assertThat(vm.correlation().size()).isPositive();
        assertThat(statuses.getItems()).isNotEmpty();
        assertThat(((javafx.scene.control.Label) statuses.getPlaceholder()).getText()).isEmpty();
        // the model breakdown arrives after the rest, read apart
        javafx.scene.control.TableView<TermCount> models = robot.lookup("#timelineModels").query();
        waitUntil("model breakdown", () -> !models.getItems().isEmpty() && !runner.busyProperty().get());
        assertThat(models.getItems().stream().mapToLong(TermCount::interactions).sum())
                .isEqualTo(new TimelineRows(store).termCounts(vm.scopeProperty().get(), TermKind.MODEL, null).stream()
                        .mapToLong(TermCount::interactions).sum()).isPositive();
    }

    @Test
    void swimlaneLabelsShowTheAccountIdsOfThePickedClusterAndScrollThroughThemAll(FxRobot robot) throws Exception {
        waitUntil("whole case shown", () -> vm.histogramProperty().get() != null && !runner.busyProperty().get());
        robot.interact(() -> selection.select(Target.cluster(topCluster)));
        waitUntil("swimlanes", () -> vm.swimlanes() != null && !runner.busyProperty().get());
        Set<String> members = new HashSet<>();
        new AnalysisQueries(store).members(topCluster).forEach(m -> members.add(m.accountId()));
        List<String> ids = vm.swimlanes().accountIds();
        assertThat(members).containsAll(ids);
        HeatChart lanes = robot.lookup("#timelineSwimlanes").queryAs(HeatChart.class);
        List<String> labels = lanes.laneLabels();
        assertThat(labels).isNotEmpty().isEqualTo(ids.subList(0, labels.size()));
        assertThat(darkLinesInLabelColumn(lanes)).as("label column has text").isGreaterThanOrEqualTo(
                3 * labels.size());
        if (labels.size() < ids.size()) {
            assertThat(lanes.laneScroll().isVisible()).isTrue();
            robot.interact(() -> lanes.laneScroll().setValue(lanes.laneScroll().getMax()));
            assertThat(lanes.laneLabels()).isEqualTo(ids.subList(ids.size() - labels.size(), ids.size()));
        }
    }

    @Test
    void aLargeCorrelationMatrixLabelsEveryThirdRowAndNamesAnyCellOnHover() throws Exception {
        int n = 80;
        List<String> ids = java.util.stream.IntStream.range(0, n).mapToObj(i -> "acct-" + i).toList();
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                r[i][j] = i == j ? 1 : (i + j) % 7 / 10.0;
            }
        }
        ringscope.timeline.CorrelationMatrix m = new ringscope.timeline.CorrelationMatrix(
                new ringscope.model.TimeRange(0, 3_600_000), ids, java.util.stream.IntStream.rangeClosed(1, n)
                        .toArray(), r, "");
        HeatChart chart = WaitForAsyncUtils.asyncFx(() -> {
            HeatChart c = new HeatChart();
            c.resize(520, 416); // 400 x 400 for the matrix: 5-pixel cells
            c.showMatrix(m);
            return c;
        }).get(10, TimeUnit.SECONDS);
        List<String> every3rd = java.util.stream.IntStream.range(0, n).filter(i -> i % 3 == 0)
                .mapToObj(ids::get).toList();
        assertThat(chart.laneLabels()).isEqualTo(every3rd);
        assertThat(chart.matrixCellAt(120 + 5 * 5 + 1, 7 * 5 + 1)).isEqualTo("acct-7 \u00d7 acct-5: r = 0.50");
        assertThat(chart.matrixCellAt(60, 10)).as("label column").isEmpty();
        assertThat(chart.matrixCellAt(120 + 401, 10)).as("right of the matrix").isEmpty();

        WaitForAsyncUtils.asyncFx(() -> chart.resize(2120, 2016)).get(10, TimeUnit.SECONDS);
        assertThat(chart.laneLabels()).as("25-pixel rows: every row labelled").isEqualTo(ids);
    }

    /** Pixel lines below the header of the lanes' label column that hold dark (text) pixels. */
    private static int darkLinesInLabelColumn(HeatChart chart) throws Exception {
        javafx.scene.image.Image image = WaitForAsyncUtils.asyncFx(() -> chart.snapshot(null, null))
                .get(10, TimeUnit.SECONDS);
        javafx.scene.image.PixelReader pixels = image.getPixelReader();
        int lines = 0;
        for (int y = 15; y < (int) image.getHeight() - 16; y++) {
            for (int x = 2; x < 110; x++) {
                if (pixels.getColor(x, y).getBrightness() < 0.4) {
                    lines++;
                    break;
                }
            }
        }
        return lines;
    }

    @Test
    void brushingSetsTheCaseWideTimeFilterAndTheBoundTableFollowsIt(FxRobot robot) {
        robot.interact(() -> selection.set(hydra));
        waitUntil("histogram", () -> vm.histogramProperty().get() != null && vm.swimlanes() != null
                && !runner.busyProperty().get());
        Bounds b = robot.lookup("#timelineHistogram").query().localToScreen(
                robot.lookup("#timelineHistogram").query().getBoundsInLocal());
        double y = b.getMinY() + b.getHeight() / 2;
        robot.drag(b.getMinX() + b.getWidth() * 0.40, y).dropTo(new javafx.geometry.Point2D(
                b.getMinX() + b.getWidth() * 0.45, y));
        waitUntil("filter set", () -> filter.get() != null);
        TimeRange range = filter.get();
        TableView<TimelineRow> rows = robot.lookup("#timelineRows").query();
        waitUntil("rows listed", () -> !rows.getItems().isEmpty() && !runner.busyProperty().get());
        assertThat(rows.getItems()).allSatisfy(r -> assertThat(range.contains(r.tsMs())).isTrue());
        assertThat(rows.getItems()).hasSize(TimelineViewModel.PAGE_SIZE);
        robot.clickOn("#timelineClearFilter");
        assertThat(filter.get()).isNull();
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        FxWait.until(what, 90, condition);
    }
}
