package ringscope.ui.clusters;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.beans.binding.BooleanBinding;
import ringscope.model.ClusterMember;
import ringscope.model.ScorePart;
import ringscope.ui.DisplayText;

/**
 * The clusters panel: the latest run's clusters with score, size and volume (sortable, keyboard navigable), and for
 * the selected cluster every part of its score and its members with their confidence. UI thread.
 */
public final class ClustersView {
    private final BorderPane root = new BorderPane();

    public ClustersView(ClustersViewModel vm, BooleanBinding canAnalyze) {
        root.setId("clustersView");
        Button analyze = new Button("Analyze");
        analyze.setId("analyzeButton");
        analyze.disableProperty().bind(canAnalyze.not());
        analyze.setOnAction(e -> vm.analyze());
        Label status = new Label();
        status.setId("clustersStatus");
        status.textProperty().bind(vm.statusProperty());
        HBox bar = new HBox(10, analyze, status);
        bar.setPadding(new Insets(6));

        TableView<ClustersViewModel.ClusterRow> clusters = new TableView<>(vm.clusters());
        clusters.setId("clustersTable");
        clusters.getColumns().add(col("Score", r -> String.format("%.2f", r.score())));
        clusters.getColumns().add(col("Cluster", r -> DisplayText.escape(r.label())));
        clusters.getColumns().add(col("Accounts", r -> String.format("%,d", r.size())));
        clusters.getColumns().add(col("Interactions", r -> String.format("%,d", r.interactions())));
        clusters.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.select(b));
        clusters.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableView<ScorePart> parts = new TableView<>(vm.parts());
        parts.setId("scorePartsTable");
        parts.getColumns().add(col("Part", ScorePart::name));
        parts.getColumns().add(col("Value", p -> String.format("%.2f", p.value())));
        parts.getColumns().add(col("Weight", p -> String.format("%.2f", p.weight())));
        parts.getColumns().add(col("Measured", ScorePart::measured));
        parts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableView<ClusterMember> members = new TableView<>(vm.members());
        members.setId("membersTable");
        members.getColumns().add(col("Account", m -> DisplayText.escape(m.accountId())));
        members.getColumns().add(col("Confidence", m -> String.format("%.2f", m.confidence())));
        members.getColumns().add(col("Links", m -> String.valueOf(m.links())));
        members.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        VBox detail = new VBox(6, new Label("Score parts"), parts, new Label("Members"), members);
        detail.setPadding(new Insets(6));
        SplitPane split = new SplitPane(clusters, detail);
        split.setDividerPositions(0.55);
        root.setTop(bar);
        root.setCenter(split);
    }

    private static <T> TableColumn<T, String> col(String title, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> (ObservableValue<String>) new ReadOnlyObjectWrapper<>(value.apply(
                cell.getValue())));
        return c;
    }

    public Node node() {
        return root;
    }
}
