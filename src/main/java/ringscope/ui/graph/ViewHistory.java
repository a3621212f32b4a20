package ringscope.ui.graph;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import ringscope.graph.ViewSpec;

/**
 * Back/forward history of the graph views, as in a browser: opening a view drops what was ahead. The caller says
 * which view it leaves; expansions and collapses are views like any other. UI thread.
 */
final class ViewHistory {
    private final Deque<ViewSpec> back = new ArrayDeque<>();
    private final Deque<ViewSpec> forward = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canBack = new ReadOnlyBooleanWrapper(this, "canBack");
    private final ReadOnlyBooleanWrapper canForward = new ReadOnlyBooleanWrapper(this, "canForward");

    /** Leaves {@code from} (null: no view yet) for a newly opened view. */
    void opened(ViewSpec from) {
        if (from != null) {
            back.push(from);
        }
        forward.clear();
        update();
    }

    /** The view before {@code from}, which becomes the next one ahead; empty at the start. */
    Optional<ViewSpec> back(ViewSpec from) {
        return step(back, forward, from);
    }

    /** The view ahead of {@code from}, which goes back on the history; empty at the end. */
    Optional<ViewSpec> forward(ViewSpec from) {
        return step(forward, back, from);
    }

    private Optional<ViewSpec> step(Deque<ViewSpec> source, Deque<ViewSpec> other, ViewSpec from) {
        if (source.isEmpty()) {
            return Optional.empty();
        }
        other.push(from);
        ViewSpec to = source.pop();
        update();
        return Optional.of(to);
    }

    void clear() {
        back.clear();
        forward.clear();
        update();
    }

    private void update() {
        canBack.set(!back.isEmpty());
        canForward.set(!forward.isEmpty());
    }

    ReadOnlyBooleanProperty canBackProperty() {
        return canBack.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canForwardProperty() {
        return canForward.getReadOnlyProperty();
    }
}
