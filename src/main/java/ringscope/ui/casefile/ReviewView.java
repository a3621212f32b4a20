package ringscope.ui.casefile;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import ringscope.ui.DisplayText;

/**
 * A case file under read-only review: a banner that says so, the verification verdict (green when every hash
 * matched, red naming each changed entry otherwise), "Check against source files" with its result, the HTML report
 * (a WebView with scripts off in the app) and the case summary. It has no editable control. UI thread.
 */
public final class ReviewView {
    private static final String OK_STYLE = "-fx-background-color:#1e7b34;-fx-text-fill:white;-fx-font-weight:bold;"
            + "-fx-padding:8 12;-fx-font-size:14px";
    private static final String BAD_STYLE = "-fx-background-color:#b00020;-fx-text-fill:white;-fx-font-weight:bold;"
            + "-fx-padding:8 12;-fx-font-size:14px";
    private static final String WAIT_STYLE = "-fx-background-color:#777;-fx-text-fill:white;-fx-padding:8 12;"
            + "-fx-font-size:14px";

    private final BorderPane root = new BorderPane();

    /** The view with a folder chooser for "Check against source files". */
    public ReviewView(ReviewViewModel vm, ReportViewer viewer) {
        this(vm, viewer, ReviewView::chooseFolder);
    }

    /** {@code folders} asks for the folder holding the original source files (empty: the user cancelled). */
    public ReviewView(ReviewViewModel vm, ReportViewer viewer, Function<Window, Optional<Path>> folders) {
        Label mode = new Label("READ-ONLY REVIEW \u2014 nothing in this window can be changed");
        mode.setId("reviewModeBanner");
        mode.setMaxWidth(Double.MAX_VALUE);
        mode.setStyle("-fx-background-color:#203a72;-fx-text-fill:white;-fx-font-size:18px;-fx-font-weight:bold;"
                + "-fx-padding:8 12");
        Label file = new Label("Case file: " + DisplayText.escape(vm.file().toString()));
        file.setId("reviewFile");
        file.setPadding(new Insets(2, 12, 2, 12));
        Label verdict = new Label();
        verdict.setId("verificationResult");
        verdict.setWrapText(true);
        verdict.setMaxWidth(Double.MAX_VALUE);
        verdict.textProperty().bind(vm.verdictProperty());
        verdict.setStyle(WAIT_STYLE);
        vm.phaseProperty().addListener((o, was, now) -> verdict.setStyle(
                now == ReviewViewModel.Phase.VERIFIED ? OK_STYLE : BAD_STYLE));
        ListView<String> findings = new ListView<>(vm.findings());
        findings.setId("verificationFindings");
        findings.setEditable(false);
        findings.setPrefHeight(90);
        findings.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.findings()));
        findings.managedProperty().bind(findings.visibleProperty());
        VBox top = new VBox(mode, file, verdict, findings, sourceCheck(vm.sources(), folders));

        Node report = viewer.node();
        report.setId("reviewReport");
        vm.htmlProperty().addListener((o, was, now) -> viewer.show(now));
        ListView<String> summary = new ListView<>(vm.summary());
        summary.setId("reviewSummary");
        summary.setEditable(false);
        Tab reportTab = new Tab("Report", report);
        reportTab.setId("reviewReportTab");
        Tab summaryTab = new Tab("Case summary", summary);
        summaryTab.setId("reviewSummaryTab");
        TabPane tabs = new TabPane(reportTab, summaryTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.setId("reviewView");
        root.setTop(top);
        root.setCenter(tabs);
    }

    public Parent node() {
        return root;
    }

    private Node sourceCheck(SourceCheckViewModel sources, Function<Window, Optional<Path>> folders) {
        Button check = new Button("Check against source files\u2026");
        check.setId("checkSources");
        check.setTooltip(new Tooltip("Re-hash the original source files (found by name in a folder) and recompute"
                + " the file counts and the rows behind every link from them"));
        check.disableProperty().bind(sources.runningProperty());
        check.setOnAction(e -> folders.apply(root.getScene() == null ? null : root.getScene().getWindow())
                .ifPresent(sources::check));
        Button cancel = new Button("Cancel");
        cancel.setId("cancelSourceCheck");
        cancel.visibleProperty().bind(sources.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> sources.cancel());
        Label result = new Label();
        result.setId("sourceCheckResult");
        result.setWrapText(true);
        result.textProperty().bind(sources.verdictProperty());
        result.styleProperty().bind(javafx.beans.binding.Bindings.when(sources.runningProperty()
                .or(sources.verdictProperty().isEmpty())).then("").otherwise(javafx.beans.binding.Bindings
                        .when(sources.matchedProperty()).then("-fx-text-fill:#1e7b34;-fx-font-weight:bold")
                        .otherwise("-fx-text-fill:#b00020;-fx-font-weight:bold")));
        HBox.setHgrow(result, Priority.ALWAYS);
        HBox bar = new HBox(8, check, cancel, result);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        ListView<String> lines = new ListView<>(sources.lines());
        lines.setId("sourceCheckFindings");
        lines.setPrefHeight(110);
        lines.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(sources.lines()));
        lines.managedProperty().bind(lines.visibleProperty());
        return new VBox(bar, lines);
    }

    private static Optional<Path> chooseFolder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder holding the original source files");
        return Optional.ofNullable(chooser.showDialog(owner)).map(java.io.File::toPath);
    }
}
