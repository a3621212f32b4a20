package ringscope.ui.casework;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The casework panel, docked in the main window: undo/redo, the selection picker, and tabs for tags, notes,
 * hypotheses, the case decision, saved views and the history. Installs Shortcut+Z (undo) and Shortcut+Shift+Z / Shortcut+Y (redo)
 * on whatever scene it is shown in; text fields keep their own undo while they have the focus. UI thread.
 */
public final class CaseworkPanel {
    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Shift+Z");
    private static final KeyCombination REDO_ALT = KeyCombination.keyCombination("Shortcut+Y");

    private final VBox root = new VBox(4);
    private final CaseworkViewModel vm;

    public CaseworkPanel(CaseworkViewModel vm) {
        this.vm = vm;
        Label title = new Label("Casework");
        title.getStyleClass().add("section-title");
        Button undo = Controls.button("undoButton", "Undo", e -> vm.undo());
        Button redo = Controls.button("redoButton", "Redo", e -> vm.redo());
        bindUndo(undo, vm.undoTextProperty(), "Undo");
        bindUndo(redo, vm.redoTextProperty(), "Redo");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(6, title, gap, undo, redo);

        TabPane tabs = new TabPane(
                tab("caseworkTagsTab", "Tags", new TagsView(new TagsViewModel(vm)).node()),
                tab("caseworkNotesTab", "Notes", new NotesView(new NotesViewModel(vm), vm).node()),
                tab("caseworkHypothesesTab", "Hypotheses",
                        new HypothesesView(new HypothesesViewModel(vm), vm).node()),
                tab("caseworkCaseTab", "Case", new DecisionView(new DecisionViewModel(vm), vm).node()),
                tab("caseworkViewsTab", "Views", new SavedViewsView(vm).node()),
                tab("caseworkHistoryTab", "History", new HistoryView(vm).node()));
        tabs.setId("caseworkTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        Label status = new Label();
        status.setId("caseworkStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());

        root.getChildren().addAll(header, new TargetPicker(vm.selection()).node(), tabs, status);
        root.setPadding(new Insets(6));
        root.setId("caseworkPanel");
        root.setMinWidth(280);
        root.sceneProperty().addListener((o, before, now) -> moveShortcuts(before, now));
    }

    private void bindUndo(Button button, javafx.beans.property.ReadOnlyStringProperty text, String verb) {
        button.disableProperty().bind(text.isEmpty().or(vm.availableProperty().not()));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(
                () -> text.get().isEmpty() ? "Nothing to " + verb.toLowerCase(java.util.Locale.ROOT)
                        : verb + ": " + text.get(), text));
        button.setTooltip(tip);
        button.accessibleTextProperty().bind(tip.textProperty());
    }

    private static Tab tab(String id, String title, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        Tab tab = new Tab(title, scroll);
        tab.setId(id);
        return tab;
    }

    private void moveShortcuts(Scene before, Scene now) {
        if (before != null) {
            before.getAccelerators().remove(UNDO);
            before.getAccelerators().remove(REDO);
            before.getAccelerators().remove(REDO_ALT);
        }
        if (now != null) {
            now.getAccelerators().put(UNDO, this::undoIfPossible);
            now.getAccelerators().put(REDO, this::redoIfPossible);
            now.getAccelerators().put(REDO_ALT, this::redoIfPossible);
        }
    }

    private void undoIfPossible() {
        if (vm.availableProperty().get() && !vm.undoTextProperty().get().isEmpty()) {
            vm.undo();
        }
    }

    private void redoIfPossible() {
        if (vm.availableProperty().get() && !vm.redoTextProperty().get().isEmpty()) {
            vm.redo();
        }
    }

    public javafx.scene.Parent node() {
        return root;
    }
}
