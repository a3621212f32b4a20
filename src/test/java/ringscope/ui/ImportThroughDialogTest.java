package ringscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import ringscope.model.FileReport;
import ringscope.model.ImportRunSummary;
import ringscope.model.ImportStatus;
import ringscope.model.Rejection;
import ringscope.model.TableCount;
import ringscope.store.CaseDump;

/** The real import service on a temp-dir H2 case, driven through the main window and the import dialog. */
@ExtendWith(ApplicationExtension.class)
class ImportThroughDialogTest {
    @TempDir
    Path tmp;

    private UiHarness ui;

    @Start
    void start(Stage stage) {
        ui = new UiHarness(null);
        ui.show(stage);
    }

    @AfterEach
    void tearDown() {
        ui.close();
    }

    static Path fixture(String name) {
        try {
            return Path.of(ImportThroughDialogTest.class.getResource("/datasets/" + name + "/dataset.json").toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).query();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void importingTheTinyDatasetShowsTheCountsInTheReportAndTheOverview(FxRobot robot) {
        ui.createCase(tmp.resolve("case"));
        ui.startImport(fixture("tiny"));
        ui.waitForImportEnd();

        assertThat(text(robot, "#importOutcome")).startsWith(
                "Import complete: 25 rows imported, 0 rejected, 0 duplicates, of 25 read in ");
        TableView<FileReport> files = table(robot, "#importFiles");
        assertThat(files.getItems()).extracting(f -> f.fileName() + " " + f.read() + "/" + f.imported())
                .containsExactly("accounts.csv 4/4", "ip_info.csv 3/3", "payments.csv 4/4", "interactions.csv 12/12",
                        "events.csv 2/2");
        assertThat(text(robot, "#rejectionsPage")).isEqualTo("No rejected rows");

        UiHarness.waitUntil("overview refreshed", () -> !ui.vm.overview().importRuns().isEmpty());
        Map<String, Long> counts = table(robot, "#tableCounts").getItems().stream()
                .map(TableCount.class::cast)
                .collect(Collectors.toMap(TableCount::table, TableCount::rows));
        assertThat(counts).containsEntry("account", 4L).containsEntry("interaction", 12L)
                .containsEntry("payment", 4L).containsEntry("ip_info", 3L).containsEntry("event", 2L);
        assertThat(ui.vm.overview().importRuns()).extracting(ImportRunSummary::status)
                .containsExactly(ImportStatus.COMPLETE);
        assertThat(ui.vm.overview().sourceFiles()).hasSize(5)
                .allSatisfy(f -> assertThat(f.report().sha256()).hasSize(64));
    }

    @Test
    void aDatasetAlreadyInTheCaseIsRefusedAndCanBeImportedAnywayFromTheReport(FxRobot robot) {
        ui.createCase(tmp.resolve("case"));
        ui.startImport(fixture("tiny"));
        ui.waitForImportEnd();
        assertThat(robot.lookup("#importAnyway").queryButton().isVisible()).isFalse();
        robot.clickOn("#closeImport");
        UiHarness.waitUntil("dialog closed", () -> ui.currentImport() == null);

        ui.startImport(fixture("tiny"));
        ui.waitForImportEnd();
        ImportViewModel refused = ui.currentImport();
        assertThat(text(robot, "#importOutcome")).isEqualTo("Import failed. The case is unchanged.");
        assertThat(text(robot, "#importMessage")).contains("was already imported into this case");
        assertThat(refused.reportProperty().get().alreadyImported()).isTrue();

        robot.clickOn("#importAnyway");
        UiHarness.waitUntil("second import started", () -> ui.currentImport() != null
                && ui.currentImport() != refused);
        ui.waitForImportEnd();
        assertThat(ui.currentImport().reportProperty().get().status()).isEqualTo(ImportStatus.COMPLETE);
        assertThat(text(robot, "#importOutcome")).startsWith("Import complete: ");
        UiHarness.waitUntil("overview refreshed", () -> ui.vm.overview().importRuns().size() == 3);
        assertThat(ui.vm.overview().importRuns()).extracting(ImportRunSummary::status)
                .containsExactlyInAnyOrder(ImportStatus.COMPLETE, ImportStatus.FAILED, ImportStatus.COMPLETE);
    }

    @Test
    void importingBadRowsListsThemWithLineReasonAndRawText(FxRobot robot) {
        ui.createCase(tmp.resolve("case"));
        ui.startImport(fixture("tiny-bad"));
        ui.waitForImportEnd();
        UiHarness.waitUntil("rejections loaded", () -> !table(robot, "#rejectedRows").getItems().isEmpty());

        TableView<FileReport> files = table(robot, "#importFiles");
        FileReport interactions = files.getItems().stream()
                .filter(f -> f.fileName().equals("interactions.csv")).findFirst().orElseThrow();
        assertThat(new long[] {interactions.read(), interactions.imported(), interactions.rejected(),
                interactions.duplicates(), interactions.blank()}).containsExactly(11, 2, 8, 1, 1);
        TableView<Rejection> rejected = table(robot, "#rejectedRows");
        assertThat(rejected.getItems()).extracting(r -> r.lineNo() + " " + r.reason())
                .containsExactly("3 INVALID_UTF8", "4 WRONG_FIELD_COUNT", "5 INVALID_DATE", "6 OUT_OF_RANGE",
                        "7 UNKNOWN_ACCOUNT", "10 CONFLICTING_DUPLICATE", "11 CONFLICTING_DUPLICATE", "12 NO_TIMEZONE");
        assertThat(text(robot, "#rejectionsPage")).isEqualTo("Rows 1\u20138 of 8");
        assertThat(cellTexts(robot)).anyMatch(t -> t.contains("caf\\xE9-agent"));
    }

    @Test
    void rawTextWithABidiOverrideIsShownEscaped(FxRobot robot) throws IOException {
        Path ds = Files.createDirectories(tmp.resolve("bidi"));
        Files.copy(fixture("tiny").resolve("dataset.json"), ds.resolve("dataset.json"));
        Files.copy(fixture("tiny").resolve("accounts.csv"), ds.resolve("accounts.csv"));
        String header = Files.readAllLines(fixture("tiny").resolve("interactions.csv"), StandardCharsets.UTF_8).get(0);
        Files.writeString(ds.resolve("interactions.csv"), header + "\n"
                + "i-1,2026-03-01T09:00:00Z,acct-404,k-1,198.51.100.7,evil\u202Egpj.exe,model-a,coding,1,1,1,ok,t,u\n",
                StandardCharsets.UTF_8);
        ui.createCase(tmp.resolve("case"));
        ui.startImport(ds);
        ui.waitForImportEnd();
        UiHarness.waitUntil("rejections loaded", () -> !table(robot, "#rejectedRows").getItems().isEmpty());

        assertThat(cellTexts(robot)).anyMatch(t -> t.contains("evil\\u202Egpj.exe"))
                .noneMatch(t -> t.contains("\u202E"));
        TableView<Rejection> rejected = table(robot, "#rejectedRows");
        robot.interact(() -> rejected.getSelectionModel().select(0));
        String detail = robot.lookup("#rejectedRowDetail").queryAs(javafx.scene.control.TextArea.class).getText();
        assertThat(detail).startsWith("interactions.csv, line 2: UNKNOWN_ACCOUNT\n")
                .contains("Raw text: i-1,2026-03-01T09:00:00Z,acct-404,k-1,198.51.100.7,evil\\u202Egpj.exe,model-a")
                .doesNotContain("\u202E");
    }

    @Test
    void rejectedRowsArePagedTwoHundredAtATime(FxRobot robot) throws IOException {
        Path ds = Files.createDirectories(tmp.resolve("many-bad"));
        Files.copy(fixture("tiny").resolve("dataset.json"), ds.resolve("dataset.json"));
        Files.copy(fixture("tiny").resolve("accounts.csv"), ds.resolve("accounts.csv"));
        StringBuilder rows = new StringBuilder(
                Files.readAllLines(fixture("tiny").resolve("interactions.csv"), StandardCharsets.UTF_8).get(0));
        for (int i = 1; i <= 450; i++) {
            rows.append("\ni-").append(i).append(",2026-03-01T09:00:00Z,acct-404,k-1,198.51.100.7,ua,model-a,coding,"
                    + "1,1,1,ok,t,u");
        }
        Files.writeString(ds.resolve("interactions.csv"), rows.append('\n'), StandardCharsets.UTF_8);
        ui.createCase(tmp.resolve("case"));
        ui.startImport(ds);
        ui.waitForImportEnd();
        UiHarness.waitUntil("first page", () -> text(robot, "#rejectionsPage").equals("Rows 1\u2013200 of 450"));
        TableView<Rejection> rejected = table(robot, "#rejectedRows");
        assertThat(rejected.getItems()).hasSize(200);
        assertThat(robot.lookup("#rejectionsPrevious").queryButton().isDisabled()).isTrue();

        robot.clickOn("#rejectionsNext");
        UiHarness.waitUntil("second page", () -> text(robot, "#rejectionsPage").equals("Rows 201\u2013400 of 450"));
        assertThat(rejected.getItems().get(0).lineNo()).isEqualTo(202);
        robot.clickOn("#rejectionsNext");
        UiHarness.waitUntil("last page", () -> text(robot, "#rejectionsPage").equals("Rows 401\u2013450 of 450"));
        assertThat(rejected.getItems()).hasSize(50);
        assertThat(robot.lookup("#rejectionsNext").queryButton().isDisabled()).isTrue();

        robot.clickOn("#rejectionsPrevious");
        UiHarness.waitUntil("back", () -> text(robot, "#rejectionsPage").equals("Rows 201\u2013400 of 450"));
    }

    @Test
    void cancelInTheDialogLeavesTheCaseUnchangedAndRecordsACancelledRun(FxRobot robot) throws Exception {
        ui.createCase(tmp.resolve("case"));
        String before = CaseDump.of(ui.store());
        CountDownLatch atInteractions = new CountDownLatch(1);
        DatasetImporter real = ui.realImporter();
        // hold the real import at its first interactions progress until the Cancel button was clicked
        ui.useImporter((d, progress, cancel) -> real.importDataset(d, p -> {
            progress.report(p);
            if (p.stage().equals("interactions.csv") && atInteractions.getCount() > 0) {
                atInteractions.countDown();
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (!cancel.isCancelled() && System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            }
        }, cancel));
        ui.startImport(fixture("tiny"));
        assertThat(atInteractions.await(20, TimeUnit.SECONDS)).isTrue();

        robot.clickOn("#cancelImport");
        ui.waitForImportEnd();

        assertThat(text(robot, "#importOutcome")).isEqualTo("Import cancelled. The case is unchanged.");
        assertThat(CaseDump.of(ui.store())).isEqualTo(before);
        UiHarness.waitUntil("overview refreshed", () -> !ui.vm.overview().importRuns().isEmpty());
        assertThat(ui.vm.overview().importRuns()).extracting(ImportRunSummary::status)
                .containsExactly(ImportStatus.CANCELLED);
        assertThat(CaseDump.count(ui.store(), "SELECT COUNT(*) FROM account")).as("case still usable").isZero();
    }

    @Test
    void openingAFolderWithoutACaseShowsAPlainMessage(FxRobot robot) {
        robot.interact(() -> ui.vm.openCase(tmp.resolve("nothing-here")));
        UiHarness.waitUntil("error dialog", () -> robot.lookup("#errorDialog").tryQuery().isPresent());

        String shown = robot.lookup("#errorDialog .content").queryAs(Label.class).getText();
        assertThat(shown).isEqualTo("No case found in " + tmp.resolve("nothing-here").toAbsolutePath().normalize());
        assertThat(ui.vm.currentCaseProperty().get()).isNull();
    }

    private static java.util.List<String> cellTexts(FxRobot robot) {
        return robot.lookup("#rejectedRows .table-cell").queryAllAs(TableCell.class).stream()
                .map(TableCell::getText)
                .filter(t -> t != null)
                .toList();
    }
}
