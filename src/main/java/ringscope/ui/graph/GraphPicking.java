package ringscope.ui.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import ringscope.graph.NodeKind;
import ringscope.model.Target;
import ringscope.ui.Selection;

/**
 * What the graph tab does with the shared {@link Selection}: a click, shift-click, rectangle or table row selects the
 * drawn elements' targets there, and the keys of the drawn elements that are selected follow the selection whatever
 * view changed it. Knows the drawn elements of the open view only. UI thread.
 */
final class GraphPicking {
    private final Selection selection;
    private final ReadOnlyObjectWrapper<Set<String>> selectedKeys = new ReadOnlyObjectWrapper<>(this, "sel", Set.of());
    private DrawnTargets drawn = DrawnTargets.NONE;

    GraphPicking(Selection selection) {
        this.selection = selection;
        selection.targets().addListener((ListChangeListener<Target>) c -> refresh());
    }

    /** The drawn elements of the view now shown. */
    void setDrawn(DrawnTargets next) {
        drawn = next;
        refresh();
    }

    DrawnTargets drawn() {
        return drawn;
    }

    /** Recomputes the selected keys (after the drawn elements or the selection changed). */
    void refresh() {
        selectedKeys.set(drawn.keysOf(selection.targets()));
    }

    /** A click on a drawn element: selects it, or adds it with shift. */
    void clicked(String key, boolean add) {
        List<Target> targets = drawn.targetsOf(key);
        if (targets.isEmpty()) {
            return;
        }
        if (add) {
            targets.forEach(selection::add);
        } else {
            selection.set(targets);
        }
    }

    /**
     * A rectangle drawn over nodes: selects exactly them, or adds them to the selection with shift (one change of the
     * selection either way; the last node becomes the focus). An empty rectangle clears the selection unless adding.
     */
    void selectNodes(Collection<String> nodeKeys, boolean add) {
        Set<Target> targets = new LinkedHashSet<>();
        if (add) {
            targets.addAll(selection.targets());
        }
        nodeKeys.stream().filter(k -> drawn.node(k).isPresent()).forEach(k -> {
            Target t = drawn.targetOfNode(k);
            targets.remove(t);
            targets.add(t);
        });
        if (!add || targets.size() > selection.targets().size()) {
            selection.set(new ArrayList<>(targets));
        }
    }

    /** Selects the rows' elements (from the table view) unless they are selected already. */
    void selectKeys(List<String> keys) {
        Set<Target> targets = new LinkedHashSet<>();
        keys.forEach(k -> targets.addAll(drawn.targetsOf(k)));
        if (!targets.isEmpty() && !drawn.keysOf(selection.targets()).equals(drawn.keysOf(List.copyOf(targets)))) {
            selection.set(List.copyOf(targets));
        }
    }

    void clear() {
        selection.clear();
    }

    /** Selects one drawn node (a search jump). */
    void focus(String nodeKey) {
        drawn.node(nodeKey).ifPresent(n -> selection.select(drawn.targetOfNode(nodeKey)));
    }

    /** The drawn element of the focus, if this view draws it. */
    Optional<String> focusKey() {
        Target focus = selection.focusProperty().get();
        return focus == null ? Optional.empty() : drawn.keyOf(focus);
    }

    /** The account ref of the focus, if it is an account drawn in this view. */
    Optional<Integer> focusAccount() {
        return focusKey().filter(k -> !k.startsWith("e:") && NodeKind.ofKey(k) == NodeKind.ACCOUNT)
                .map(k -> (int) NodeKind.ACCOUNT.idOf(k));
    }

    Selection selection() {
        return selection;
    }

    ReadOnlyObjectProperty<Set<String>> selectedKeysProperty() {
        return selectedKeys.getReadOnlyProperty();
    }
}
