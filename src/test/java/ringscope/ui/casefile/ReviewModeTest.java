package ringscope.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import ringscope.casefile.ExportProfile;
import ringscope.casefile.ExportedCase;
import ringscope.ui.BackgroundRunner;

/**
 * Review mode on real bundles: the window says read-only, has no editable control, verifies first and shows the
 * verdict (green for an intact file, red naming the changed entry), the report in a WebView and the case summary.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewModeTest {
    @TempDir
    Path tmp;

    private BackgroundRunner runner;
    private Path bundle;
    private String rootHash;
    private Stage review;

    @Start
    void start(Stage stage) {
        runner = new BackgroundRunner(Platform::runLater, 50);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 200, 100));
        stage.show();
    }

    @BeforeEach
    void exportACase() {
        try (ExportedCase c = new ExportedCase(tmp)) {
            var r = c.export(tmp.resolve("handover.ringcase"), ExportProfile.FULL);
            bundle = r.file();
            rootHash = r.rootHash();
        }
    }

    @AfterEach
    void tearDown() throws Exception {
        if (review != null) {
            WaitForAsyncUtils.asyncFx(review::close).get(10, TimeUnit.SECONDS);
        }
        runner.shutdown(10_000);
    }

    private void open(FxRobot robot, Path file) throws Exception {
        open(robot, file, ReportViewer::source);
    }

    private void open(FxRobot robot, Path file, java.util.function.Supplier<ReportViewer> viewer) throws Exception {
        review = WaitForAsyncUtils.asyncFx(() -> ReviewWindow.show(new ReviewViewModel(runner, file), viewer.get(), null))
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !verdict(robot).startsWith("Verifying"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String verdict(FxRobot robot) {
        return robot.from(review.getScene().getRoot()).lookup("#verificationResult").queryAs(Label.class).getText();
    }

    @Test
    void intactBundleOpensReadOnlyAndSaysVerifiedWithTheRootHash(FxRobot robot) throws Exception {
        open(robot, bundle);
        Node root = review.getScene().getRoot();
        assertThat(review.getTitle()).startsWith("Read-only review: handover.ringcase");
        assertThat(robot.from(root).lookup("#reviewModeBanner").queryAs(Label.class).getText())
                .startsWith("READ-ONLY REVIEW");
        assertThat(verdict(robot)).startsWith("\u2714 Verified: all 8 entries match the manifest").endsWith(rootHash);
        assertThat(robot.from(root).lookup("#verificationFindings").queryAs(ListView.class).isVisible()).isFalse();
        assertThat(robot.from(root).lookup((Node n) -> n instanceof TextInputControl).queryAll())
                .allMatch(n -> !((TextInputControl) n).isEditable());
        ListView<?> summary = robot.from(root).lookup("#reviewSummary").queryAs(ListView.class);
        assertThat(summary.getItems()).map(Object::toString).contains("Classification: CONFIDENTIAL - LEGAL",
                "Status: CONFIRMED - Resale confirmed by payment evidence.");
        String report = robot.from(root).lookup("#reviewReport").queryAs(TextInputControl.class).getText();
        assertThat(report).contains("<td class=\"hash\" id=\"root-hash\">" + rootHash + "</td>");
    }

    @Test
    void webViewShowsTheReportWithTheRootHash(FxRobot robot) throws Exception {
        open(robot, bundle, ReportViewer::web);
        WebView web = robot.from(review.getScene().getRoot()).lookup("#reviewReport").queryAs(WebView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                web.getEngine().getDocument() != null
                        && web.getEngine().getDocument().getElementById("root-hash") != null).get());
        String shown = WaitForAsyncUtils.asyncFx(() -> web.getEngine().getDocument().getElementById("root-hash")
                .getTextContent()).get(10, TimeUnit.SECONDS);
        assertThat(shown).isEqualTo(rootHash);
        String banner = WaitForAsyncUtils.asyncFx(() -> web.getEngine().getDocument().getElementById("banner-top")
                .getTextContent()).get(10, TimeUnit.SECONDS);
        assertThat(banner).isEqualTo("CONFIDENTIAL - LEGAL");
    }

    @Test
    void changedEntryIsNamedAndTheContentMarkedUntrusted(FxRobot robot) throws Exception {
        Path edited = tmp.resolve("edited.ringcase");
        Files.write(edited, withChangedEntry(bundle, "case.json"));
        open(robot, edited);
        Node root = review.getScene().getRoot();
        assertThat(verdict(robot)).startsWith("\u2716 NOT verified").contains("NOT trusted");
        ListView<?> findings = robot.from(root).lookup("#verificationFindings").queryAs(ListView.class);
        assertThat(findings.isVisible()).isTrue();
        assertThat(findings.getItems()).hasSize(1);
        assertThat(findings.getItems().get(0).toString()).startsWith("case.json: hash mismatch");
        assertThat(robot.from(root).lookup("#reviewModeBanner").queryAs(Label.class).getText())
                .startsWith("READ-ONLY REVIEW");
    }

    @Test
    void unreadableFileSaysWhy(FxRobot robot) throws Exception {
        Path junk = Files.writeString(tmp.resolve("junk.ringcase"), "not a zip");
        open(robot, junk);
        assertThat(verdict(robot)).startsWith("NOT verified: ").contains("no zip entries");
    }

    @Test
    void checkAgainstSourceFilesSaysWhetherTheOriginalsMatch(FxRobot robot) throws Exception {
        Path folder = java.nio.file.Files.createDirectories(tmp.resolve("sources"));
        try (java.util.stream.Stream<Path> files = Files.list(ringscope.importer.Fixtures.dataset("tiny"))) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        review = WaitForAsyncUtils.asyncFx(() -> ReviewWindow.show(new ReviewViewModel(runner, bundle),
                ReportViewer.source(), null, owner -> java.util.Optional.of(folder))).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !verdict(robot).startsWith("Verifying"));
        Node root = review.getScene().getRoot();
        assertThat(robot.from(root).lookup("#sourceCheckFindings").queryAs(ListView.class).isVisible()).isFalse();

        robot.clickOn(robot.from(root).lookup("#checkSources").queryButton());
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> sourceResult(robot, root).startsWith("\u2714")
                || sourceResult(robot, root).startsWith("\u2716"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sourceResult(robot, root)).startsWith("\u2714 Sources match: 5 of 5 source files match");
        ListView<?> lines = robot.from(root).lookup("#sourceCheckFindings").queryAs(ListView.class);
        assertThat(lines.getItems()).map(Object::toString).contains("accounts.csv: rows read: reported 4, recomputed 4")
                .anyMatch(l -> l.startsWith("payments.csv: matches (SHA-256 "));

        Files.writeString(folder.resolve("payments.csv"), "\n", java.nio.file.StandardOpenOption.APPEND);
        robot.clickOn(robot.from(root).lookup("#checkSources").queryButton());
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> sourceResult(robot, root).startsWith("\u2716"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sourceResult(robot, root)).startsWith("\u2716 Sources do NOT match: 4 of 5 source files match");
        assertThat(lines.getItems()).map(Object::toString).anyMatch(l -> l.startsWith("payments.csv: DIFFERS: "));
    }

    private static String sourceResult(FxRobot robot, Node root) {
        return robot.from(root).lookup("#sourceCheckResult").queryAs(Label.class).getText();
    }

    /** The bundle with one character of {@code entry} changed (a real edit, as an editor would make it). */
    static byte[] withChangedEntry(Path file, String entry) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file));
                ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] b = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    b = new String(b, StandardCharsets.UTF_8).replace("CONFIRMED", "DISMISSED")
                            .getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(b);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
