package ringscope.ui;

import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** Builds read-only table columns; each gets an id for tests. UI thread. */
final class TableColumns {
    private TableColumns() {}

    /** A text column; the text is escaped so control and bidi characters show as {@code \\uXXXX}. */
    static <S> TableColumn<S, String> text(String id, String title, double width, Function<S, String> value) {
        TableColumn<S, String> col = new TableColumn<>(title);
        col.setId(id);
        col.setPrefWidth(width);
        col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(DisplayText.escape(value.apply(f.getValue()))));
        col.setCellFactory(c -> new TextCell<>());
        return col;
    }

    /** Shows the text, and all of it as a tooltip when the column is too narrow. */
    private static final class TextCell<S> extends TableCell<S, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
        }
    }

    /** A text column in a fixed-width font with the full value as tooltip (hashes, raw rows). */
    static <S> TableColumn<S, String> mono(String id, String title, double width, Function<S, String> value) {
        TableColumn<S, String> col = text(id, title, width, value);
        col.getStyleClass().add("mono");
        return col;
    }

    /** A right-aligned number with thousands separators that sorts numerically. */
    static <S> TableColumn<S, Long> count(String id, String title, ToLongFunction<S> value) {
        return number(id, title, value, DisplayText::count);
    }

    /** A right-aligned byte size ("3.2 MiB") that sorts numerically. */
    static <S> TableColumn<S, Long> bytes(String id, String title, ToLongFunction<S> value) {
        return number(id, title, value, DisplayText::bytes);
    }

    private static <S> TableColumn<S, Long> number(String id, String title, ToLongFunction<S> value,
            Function<Long, String> format) {
        TableColumn<S, Long> col = new TableColumn<>(title);
        col.setId(id);
        col.setPrefWidth(Math.max(85, title.length() * 8.5 + 24));
        col.setMinWidth(70);
        col.getStyleClass().add("numeric");
        col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.applyAsLong(f.getValue())));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        });
        return col;
    }

    /** A table with an id, a placeholder and columns that share the width. */
    @SafeVarargs
    static <S> TableView<S> table(String id, String placeholder, TableColumn<S, ?>... columns) {
        TableView<S> table = new TableView<>();
        table.setId(id);
        table.setPlaceholder(new javafx.scene.control.Label(placeholder));
        table.getColumns().addAll(columns);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }
}
