package ringscope.ui.casefile;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import ringscope.ui.DisplayText;

/**
 * A case file under read-only review: a banner that says so, the verification verdict (green when every hash
 * matched, red naming each changed entry otherwise), the HTML report (a WebView with scripts off in the app) and the case summary.
 * It has no editable control. UI thread.
 */
public final class ReviewView {
    private static final String OK_STYLE = "-fx-background-color:#1e7b34;-fx-text-fill:white;-fx-font-weight:bold;"
            + "-fx-padding:8 12;-fx-font-size:14px";
    private static final String BAD_STYLE = "-fx-background-color:#b00020;-fx-text-fill:white;-fx-font-weight:bold;"
            + "-fx-padding:8 12;-fx-font-size:14px";
    private static final String WAIT_STYLE = "-fx-background-color:#777;-fx-text-fill:white;-fx-padding:8 12;"
            + "-fx-font-size:14px";

    private final BorderPane root = new BorderPane();

    public ReviewView(ReviewViewModel vm, ReportViewer viewer) {
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
        VBox top = new VBox(mode, file, verdict, findings);

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
}
