package ringscope.ui.timeline;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import ringscope.model.TimelineRow;

/**
 * The raw interactions of a clicked bar or the brushed range, a page at a time, each with its source file and line;
 * "Show context" lists the same account's interactions just before and after the selected one. UI thread.
 */
final class InteractionsPane {
    private final BorderPane root = new BorderPane();

    InteractionsPane(TimelineViewModel vm) {
        root.setId("timelineInteractions");
        TableView<TimelineRow> rows = table("timelineRows", vm.rows(), vm);
        TableView<TimelineRow> context = table("timelineContext", vm.context(), vm);
        context.setPrefHeight(160);
        Label title = new Label();
        title.setId("timelineRowsTitle");
        title.textProperty().bind(vm.rowsTitleProperty());
        Button prev = new Button("\u25c0 Previous");
        prev.setId("timelineRowsPrev");
        prev.setOnAction(e -> vm.previousPage());
        Button next = new Button("Next \u25b6");
        next.setId("timelineRowsNext");
        next.setOnAction(e -> vm.nextPage());
        Button show = new Button("Show context");
        show.setId("timelineShowContext");
        show.disableProperty().bind(rows.getSelectionModel().selectedItemProperty().isNull());
        show.setOnAction(e -> vm.showContext(rows.getSelectionModel().getSelectedItem()));
        root.setTop(new HBox(6, prev, next, show, title));
        root.setCenter(rows);
        root.setBottom(new VBox(new Label("Context (same account, before and after)"), context));
    }

    private static TableView<TimelineRow> table(String id, ObservableList<TimelineRow> items, TimelineViewModel vm) {
        TableView<TimelineRow> t = new TableView<>(items);
        t.setId(id);
        t.getColumns().add(col("Time", 140, r -> TimeText.at(r.tsMs(), vm.zoneProperty().get())));
        t.getColumns().add(col("Account", 130, TimelineRow::accountId));
        t.getColumns().add(col("Model", 110, TimelineRow::model));
        t.getColumns().add(col("Category", 110, TimelineRow::category));
        t.getColumns().add(col("Status", 70, TimelineRow::status));
        t.getColumns().add(col("Tokens in/out", 100, r -> r.inputTokens() + " / " + r.outputTokens()));
        t.getColumns().add(col("Source", 200, r -> r.fileName() + ":" + r.lineNo()));
        return t;
    }

    private static TableColumn<TimelineRow, String> col(String title, double width,
            Function<TimelineRow, String> value) {
        TableColumn<TimelineRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return c;
    }

    Node node() {
        return root;
    }
}
