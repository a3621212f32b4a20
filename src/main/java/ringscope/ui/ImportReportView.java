package ringscope.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import ringscope.model.FileReport;
import ringscope.model.Rejection;

/** The report of a finished import: outcome, counts per file, and the rejected rows page by page. UI thread. */
final class ImportReportView {
    private static final double ROW_HEIGHT = 24;
    private static final double HEADER_HEIGHT = 40;
    private static final double MAX_FILES_HEIGHT = 8 * ROW_HEIGHT + HEADER_HEIGHT;
    private final VBox root;

    ImportReportView(ImportViewModel vm, Runnable onClose) {
        Label outcome = new Label();
        outcome.setId("importOutcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(vm.outcomeProperty());
        outcome.getStyleClass().add("section-title");

        Label message = new Label();
        message.setId("importMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());

        TableView<FileReport> files = TableColumns.table(
                "importFiles",
                "No files were read",
                TableColumns.text("importFilesName", "File", 160, FileReport::fileName),
                TableColumns.text("importFilesKind", "Kind", 90, FileReport::kind),
                TableColumns.text("importFilesFormat", "Format", 70, FileReport::format),
                TableColumns.count("importFilesRead", "Read", FileReport::read),
                TableColumns.count("importFilesImported", "Imported", FileReport::imported),
                TableColumns.count("importFilesRejected", "Rejected", FileReport::rejected),
                TableColumns.count("importFilesDuplicates", "Duplicates", FileReport::duplicates),
                TableColumns.count("importFilesBlank", "Blank lines", FileReport::blank));
        files.setItems(vm.files());
        files.setFixedCellSize(ROW_HEIGHT);
        files.prefHeightProperty().bind(Bindings.min(
                MAX_FILES_HEIGHT, Bindings.size(vm.files()).multiply(ROW_HEIGHT).add(HEADER_HEIGHT)));
        files.setMinHeight(Region.USE_PREF_SIZE);

        Label rejectedTitle = new Label("Rejected rows");
        rejectedTitle.getStyleClass().add("section-title");
        TableView<Rejection> rejected = rejectionTable(vm.rejections());
        rejectedTitle.setLabelFor(rejected);
        VBox.setVgrow(rejected, Priority.ALWAYS);
        rejected.setPrefHeight(8 * ROW_HEIGHT);
        rejected.getSelectionModel().selectedItemProperty().addListener((o, old, r) -> vm.rejections().select(r));
        TextArea selected = new TextArea();
        selected.setId("rejectedRowDetail");
        selected.setEditable(false);
        selected.setWrapText(true);
        selected.setPrefRowCount(4);
        selected.setMinHeight(Region.USE_PREF_SIZE);
        selected.setPromptText("Select a rejected row to see all of it here.");
        selected.getStyleClass().add("mono");
        selected.setAccessibleText("The selected rejected row in full");
        selected.textProperty().bind(vm.rejections().selectedTextProperty());

        Button close = new Button("Close");
        close.setId("closeImport");
        close.setDefaultButton(true);
        close.setOnAction(e -> onClose.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button again = new Button("Import anyway");
        again.setId("importAnyway");
        again.setTooltip(new javafx.scene.control.Tooltip("Import these files again although the case already holds"
                + " them (their rows will be in the case twice)"));
        again.visibleProperty().bind(vm.canImportAnywayProperty());
        again.managedProperty().bind(again.visibleProperty());
        again.setOnAction(e -> {
            onClose.run();
            vm.importAnyway();
        });
        HBox bottom = new HBox(8, pager(vm.rejections()), spacer, again, close);
        bottom.setAlignment(Pos.CENTER_LEFT);

        root = new VBox(8, outcome, message, files, rejectedTitle, rejected, selected, bottom);
        root.setId("importReportPane");
        root.getStyleClass().add("import-report");
    }

    private static TableView<Rejection> rejectionTable(RejectionPageViewModel page) {
        TableView<Rejection> table = TableColumns.table(
                "rejectedRows",
                "No rejected rows",
                TableColumns.text("rejectedFile", "File", 120, Rejection::fileName),
                TableColumns.count("rejectedLine", "Line", Rejection::lineNo),
                TableColumns.text("rejectedReason", "Reason", 190, r -> r.reason().name()),
                TableColumns.text("rejectedDetail", "Detail", 260, Rejection::detail),
                TableColumns.mono("rejectedRaw", "Raw text", 360, Rejection::rawExcerpt));
        table.setItems(page.rows());
        return table;
    }

    private static HBox pager(RejectionPageViewModel page) {
        Button previous = new Button("Previous");
        previous.setId("rejectionsPrevious");
        previous.disableProperty().bind(page.hasPreviousProperty().not());
        previous.setOnAction(e -> page.previous());
        Button next = new Button("Next");
        next.setId("rejectionsNext");
        next.disableProperty().bind(page.hasNextProperty().not());
        next.setOnAction(e -> page.next());
        Label text = new Label();
        text.setId("rejectionsPage");
        text.textProperty().bind(page.pageTextProperty());
        Label error = new Label();
        error.setId("rejectionsError");
        error.textProperty().bind(page.errorProperty());
        HBox box = new HBox(8, previous, next, text, error);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    Node node() {
        return root;
    }
}
