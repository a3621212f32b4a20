package ringscope.ui.casework;

import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListView;

/** Keeps a list's selection on the same item (by id) when the view model replaces the list's content. UI thread. */
final class Reselect {
    private Reselect() {}

    static <T> void byId(ListView<T> list, Function<T, String> id) {
        String[] remembered = new String[1];
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                remembered[0] = id.apply(b);
            }
        });
        list.getItems().addListener((ListChangeListener<T>) c -> {
            if (remembered[0] == null || list.getSelectionModel().getSelectedItem() != null) {
                return;
            }
            for (T item : list.getItems()) {
                if (id.apply(item).equals(remembered[0])) {
                    list.getSelectionModel().select(item);
                    return;
                }
            }
        });
    }
}
