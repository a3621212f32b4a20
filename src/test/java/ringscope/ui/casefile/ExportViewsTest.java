package ringscope.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
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
import ringscope.casefile.BundleContents;
import ringscope.casefile.BundleReader;
import ringscope.casefile.BundleVerifier;
import ringscope.casefile.CaseFileExporter;
import ringscope.casefile.CaseFileFormat;
import ringscope.casefile.ExportProfile;
import ringscope.casefile.ExportedCase;
import ringscope.casefile.Manifest;
import ringscope.casefile.ManifestEntry;
import ringscope.casefile.Verification;
import ringscope.graph.GraphDataService;
import ringscope.ui.AppStyle;
import ringscope.ui.BackgroundRunner;
import ringscope.ui.FxWait;
import ringscope.ui.Selection;
import ringscope.ui.graph.GraphView;
import ringscope.ui.graph.GraphViewModel;
import ringscope.ui.timeline.TimeFilter;
import ringscope.ui.timeline.TimelineView;
import ringscope.ui.timeline.TimelineViewModel;

/**
 * File > Export case file from a window with the real graph and timeline views (graph tab in front, timeline tab
 * behind it): the bundle holds a PNG of each, as the views stood, listed and hashed in the manifest.
 */
@ExtendWith(ApplicationExtension.class)
class ExportViewsTest {
    @TempDir
    static Path tmp;

    private static ExportedCase c;

    private final BackgroundRunner runner = new BackgroundRunner(Platform::runLater, 50);
    private final BackgroundRunner exportRunner = new BackgroundRunner(Platform::runLater, 50);
    private GraphViewModel graph;
    private GraphView graphView;
    private TimelineViewModel timeline;
    private CaseFileMenu menu;

    @BeforeAll
    static void makeCase() {
        c = new ExportedCase(tmp);
    }

    @AfterAll
    static void closeCase() {
        c.close();
    }

    @Start
    void start(Stage stage) {
        Selection selection = new Selection();
        graph = new GraphViewModel(runner, selection, GraphDataService::new);
        graphView = new GraphView(graph);
        timeline = new TimelineViewModel(runner, selection, new TimeFilter());
        javafx.scene.Node timelineNode = new TimelineView(timeline).node();
        Tab timelineTab = new Tab("Timeline", timelineNode);
        Tab graphTab = new Tab("Graph", graphView.node());
        TabPane tabs = new TabPane(timelineTab, graphTab);
        tabs.getSelectionModel().select(graphTab);
        Scene scene = new Scene(tabs, 1200, 760);
        AppStyle.apply(scene);
        stage.setScene(scene);
        stage.show();
        menu = new CaseFileMenu(exportRunner, (store, target, profile, views, p, cancel) ->
                new CaseFileExporter(store, c.casework).export(target, profile, views, p, cancel),
                new SimpleBooleanProperty(true), () -> c.store, () -> stage, ReportViewer::source,
                ViewCapture.graphAndTimeline(graphView.canvas(), timelineNode));
        graph.show(c.store);
        timeline.show(c.store);
    }

    @AfterEach
    void tearDown() {
        runner.shutdown(10_000);
        exportRunner.shutdown(10_000);
        WaitForAsyncUtils.asyncFx(graphView::close);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exportFromTheWindowPutsVerifiedPngsOfGraphAndTimelineInTheBundle(FxRobot robot) throws Exception {
        waitFor("views shown", () -> graph.pictureProperty().get() != null && timeline.histogramProperty().get()
                != null && !runner.busyProperty().get());
        Path target = tmp.resolve("from-window.ringcase");
        robot.interact(() -> menu.export(target, ExportProfile.FULL));
        waitFor("export written", () -> Files.exists(target) && !exportRunner.busyProperty().get());

        BundleContents bundle = new BundleReader().read(target);
        Verification v = new BundleVerifier().verify(bundle, "");
        assertThat(v.findings()).isEmpty();
        Manifest m = Manifest.read(bundle.bytes(CaseFileFormat.MANIFEST).orElseThrow());
        assertThat(m.entries().stream().map(ManifestEntry::path))
                .contains(CaseFileFormat.GRAPH_PNG, CaseFileFormat.TIMELINE_PNG);
        JsonNode views = new ObjectMapper().readTree(bundle.bytes(CaseFileFormat.CASE_JSON).orElseThrow())
                .path("views");
        assertThat(views.path("captured").asBoolean()).isTrue();
        assertThat(views.path("notes")).isEmpty();
        for (String entry : List.of(CaseFileFormat.GRAPH_PNG, CaseFileFormat.TIMELINE_PNG)) {
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(bundle.bytes(entry).orElseThrow()));
            assertThat(png).as(entry + " decodes as an image").isNotNull();
            JsonNode listed = find(views.path("images"), entry);
            assertThat(png.getWidth()).as(entry).isEqualTo(listed.path("width").asInt()).isGreaterThan(300);
            assertThat(png.getHeight()).as(entry).isEqualTo(listed.path("height").asInt()).isGreaterThan(200);
            assertThat(colours(png)).as(entry + " shows something, not a blank area").isGreaterThan(3);
        }
        String report = bundle.text(CaseFileFormat.REPORT).orElseThrow();
        assertThat(report).contains("id=\"view-graph\"", "id=\"view-timeline\"", "src=\"data:image/png;base64,",
                CaseFileFormat.GRAPH_PNG, "img-src data:");

        byte[] flipped = bundle.bytes(CaseFileFormat.TIMELINE_PNG).orElseThrow();
        flipped[flipped.length / 2] ^= 0x01;
        Verification tampered = new BundleVerifier().verify(bundle.with(CaseFileFormat.TIMELINE_PNG, flipped), "");
        assertThat(tampered.findings()).extracting(Verification.Finding::entry)
                .containsExactly(CaseFileFormat.TIMELINE_PNG);
    }

    @Test
    void theCommandLinePathSaysTheViewsWereNotCaptured() throws IOException {
        Path target = c.export(tmp.resolve("no-window.ringcase"), ExportProfile.FULL).file();
        BundleContents bundle = new BundleReader().read(target);
        assertThat(bundle.names()).noneMatch(n -> n.startsWith(CaseFileFormat.VIEWS_FOLDER));
        JsonNode views = new ObjectMapper().readTree(bundle.bytes(CaseFileFormat.CASE_JSON).orElseThrow())
                .path("views");
        assertThat(views.path("captured").asBoolean()).isFalse();
        assertThat(views.path("notes").get(0).asText()).startsWith("views not captured: ");
        assertThat(new String(bundle.bytes(CaseFileFormat.REPORT).orElseThrow(), StandardCharsets.UTF_8))
                .contains("views not captured: ").doesNotContain("<img");
    }

    private static JsonNode find(JsonNode images, String entry) {
        for (JsonNode i : images) {
            if (i.path("entry").asText().equals(entry)) {
                return i;
            }
        }
        throw new AssertionError("case.json lists no view " + entry);
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    private static void waitFor(String what, BooleanSupplier condition) {
        FxWait.until(what, 90, condition);
    }
}
