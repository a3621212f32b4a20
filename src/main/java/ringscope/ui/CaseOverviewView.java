package ringscope.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import ringscope.model.ImportRunSummary;
import ringscope.model.SourceFileInfo;
import ringscope.model.TableCount;

/** The case overview: rows per table, import runs, and the source files with their provenance. UI thread. */
public final class CaseOverviewView {
    private final SplitPane root;

    public CaseOverviewView(CaseOverviewViewModel vm) {
        TableView<TableCount> counts = TableColumns.table(
                "tableCounts",
                "",
                TableColumns.text("tableCountsTable", "Table", 150, TableCount::table),
                TableColumns.count("tableCountsRows", "Rows", TableCount::rows));
        counts.setItems(vm.tableCounts());

        TableView<ImportRunSummary> runs = TableColumns.table(
                "importRuns",
                "",
                runColumn(),
                TableColumns.text("importRunsDataset", "Dataset", 130, r -> lastPart(r.dataset())),
                TableColumns.text("importRunsStarted", "Started (UTC)", 165, r -> DisplayText.utc(r.startedMs())),
                TableColumns.text("importRunsStatus", "Status", 95, r -> r.status().name()),
                TableColumns.count("importRunsRead", "Read", ImportRunSummary::read),
                TableColumns.count("importRunsImported", "Imported", ImportRunSummary::imported),
                TableColumns.count("importRunsRejected", "Rejected", ImportRunSummary::rejected),
                TableColumns.count("importRunsDuplicates", "Duplicates", ImportRunSummary::duplicates),
                TableColumns.text("importRunsMessage", "Message", 160, ImportRunSummary::message));
        runs.setItems(vm.importRuns());
        bindPlaceholder(counts, vm, "");
        bindPlaceholder(runs, vm, "No imports yet");

        TableView<SourceFileInfo> files = TableColumns.table(
                "sourceFiles",
                "",
                TableColumns.text("sourceFilesName", "File", 150, f -> f.report().fileName()),
                TableColumns.count("sourceFilesRun", "Run", SourceFileInfo::importRunId),
                TableColumns.text("sourceFilesRunStatus", "Run status", 90, f -> f.runStatus().name()),
                TableColumns.text("sourceFilesKind", "Kind", 90, f -> f.report().kind()),
                TableColumns.text("sourceFilesFormat", "Format", 70, f -> f.report().format()),
                TableColumns.mono("sourceFilesSha256", "SHA-256", 200, f -> f.report().sha256()),
                TableColumns.bytes("sourceFilesSize", "Size", f -> f.report().sizeBytes()),
                TableColumns.count("sourceFilesRead", "Read", f -> f.report().read()),
                TableColumns.count("sourceFilesImported", "Imported", f -> f.report().imported()),
                TableColumns.count("sourceFilesRejected", "Rejected", f -> f.report().rejected()),
                TableColumns.count("sourceFilesDuplicates", "Duplicates", f -> f.report().duplicates()));
        files.setItems(vm.sourceFiles());
        bindPlaceholder(files, vm, "No source files yet");

        SplitPane top = new SplitPane(section("Rows per table", counts), section("Import runs", runs));
        top.setDividerPositions(0.25);
        root = new SplitPane(top, section("Source files", files));
        root.setOrientation(Orientation.VERTICAL);
        root.setDividerPositions(0.5);
        root.setId("caseOverview");
    }

    private static TableColumn<ImportRunSummary, Long> runColumn() {
        var col = TableColumns.count("importRunsId", "Run", ImportRunSummary::id);
        col.setPrefWidth(50);
        col.setMinWidth(40);
        return col;
    }

    /** The dataset folder's name: the whole path rarely fits the column. */
    private static String lastPart(String path) {
        String trimmed = path.replaceAll("[/\\\\]+$", "");
        int cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        return cut < 0 ? trimmed : trimmed.substring(cut + 1);
    }

    /** An empty table says why: no case open, still reading, could not read, or {@code empty} once read. */
    private static void bindPlaceholder(TableView<?> table, CaseOverviewViewModel vm, String empty) {
        Label label = new Label();
        label.textProperty().bind(Bindings.createStringBinding(
                () -> switch (vm.stateProperty().get()) {
                    case NO_CASE -> "No case open";
                    case READING -> "Reading the case\u2026";
                    case FAILED -> "Could not read the case";
                    case READ -> empty;
                },
                vm.stateProperty()));
        table.setPlaceholder(label);
    }

    private static VBox section(String title, TableView<?> table) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        heading.setLabelFor(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(heading, table);
        box.getStyleClass().add("section");
        return box;
    }

    public Node node() {
        return root;
    }
}
