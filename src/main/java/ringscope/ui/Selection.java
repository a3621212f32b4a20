package ringscope.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ringscope.model.Target;

/**
 * The app's one selection, shared by every view (graph, tables, timeline, casework): which accounts, links, clusters
 * or hypotheses are selected, in the order they were picked, without duplicates. The focus is the last one picked;
 * panels that show one thing (notes, details) follow it. Views never call each other: they write and observe this.
 * UI thread only.
 */
public final class Selection {
    private final ObservableList<Target> targets = FXCollections.observableArrayList();
    private final ObservableList<Target> readOnly = FXCollections.unmodifiableObservableList(targets);
    private final ReadOnlyObjectWrapper<Target> focus = new ReadOnlyObjectWrapper<>(this, "focus");

    /** Replaces the selection with {@code next} (duplicates dropped, order kept). */
    public void set(List<Target> next) {
        List<Target> distinct = next.stream().distinct().toList();
        // focus first: listeners of the list read the focus to decide what the selection means
        focus.set(distinct.isEmpty() ? null : distinct.get(distinct.size() - 1));
        targets.setAll(distinct);
    }

    /** Selects just {@code target}. */
    public void select(Target target) {
        set(List.of(target));
    }

    /** Adds {@code target} (shift-click); it becomes the focus. */
    public void add(Target target) {
        focus.set(target);
        targets.remove(target);
        targets.add(target);
    }

    public void clear() {
        set(List.of());
    }

    /** The selected targets, read-only; observe it for changes. */
    public ObservableList<Target> targets() {
        return readOnly;
    }

    /** The last target picked, null when nothing is selected. */
    public ReadOnlyObjectProperty<Target> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    public boolean isEmpty() {
        return targets.isEmpty();
    }
}
