package ringscope.ui;

import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;

/**
 * The main window's content: menu, case overview, status bar. Opens an {@link ImportDialog} whenever the view model
 * starts an import, and shows errors as plain messages. UI thread.
 */
public final class MainView {
    private final BorderPane root = new BorderPane();
    private final MainViewModel vm;
    private final javafx.scene.control.TabPane tabs;
    private final MainMenuBar menuBar;

    public MainView(MainViewModel vm, Runnable onQuit) {
        this.vm = vm;
        root.setId("mainView");
        menuBar = new MainMenuBar(vm, this::window, onQuit);
        vm.setPassphrasePrompt(new PassphraseDialog(this::window));
        root.setTop(menuBar.node());
        javafx.scene.control.Tab overview = new javafx.scene.control.Tab("Case overview",
                new CaseOverviewView(vm.overview()).node());
        overview.setId("overviewTab");
        javafx.scene.control.Tab clusters = new javafx.scene.control.Tab("Clusters",
                new ringscope.ui.clusters.ClustersView(vm.clusters(), vm.canImportBinding()).node());
        clusters.setId("clustersTab");
        tabs = new javafx.scene.control.TabPane(overview, clusters);
        tabs.setId("mainTabs");
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);
        root.setBottom(new StatusBarView(vm).node());
        vm.activeImportProperty().addListener((obs, old, imp) -> {
            if (imp != null) {
                new ImportDialog(imp, window(), vm::dismissImport).show();
            }
        });
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && vm.canImportBinding().get()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            java.util.List<java.io.File> files = e.getDragboard().getFiles();
            boolean done = files.size() == 1;
            if (done) {
                dropped(files.get(0).toPath());
            } else {
                vm.reportError("Drop one dataset folder or one log file at a time.");
            }
            e.setDropCompleted(done);
            e.consume();
        });
        vm.errorProperty().addListener((obs, old, message) -> {
            if (message != null && !message.isEmpty()) {
                showError(message);
                vm.clearError();
            }
        });
    }

    /** A dropped folder is a native dataset; a dropped file goes through the import wizard. */
    void dropped(java.nio.file.Path path) {
        if (java.nio.file.Files.isDirectory(path)) {
            vm.importDataset(path);
        } else {
            vm.importLogFile(path);
        }
    }

    private void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setTitle("RingScope");
        alert.setHeaderText(null);
        alert.getDialogPane().setId("errorDialog");
        alert.getDialogPane().setMinWidth(420);
        Window w = window();
        if (w != null) {
            alert.initOwner(w);
        }
        alert.show();
    }

    /** File ▸ New case for a folder already chosen: asks whether to encrypt it, then creates it. */
    public void newCase(java.nio.file.Path folder) {
        menuBar.askNewCase(folder);
    }

    /** Adds a tab after the existing ones (the composition root adds the timeline this way). */
    public void addTab(String title, String id, javafx.scene.Node content) {
        javafx.scene.control.Tab tab = new javafx.scene.control.Tab(title, content);
        tab.setId(id);
        tabs.getTabs().add(tab);
    }

    /** The id of the tab shown now. */
    public String selectedTabId() {
        javafx.scene.control.Tab t = tabs.getSelectionModel().getSelectedItem();
        return t == null || t.getId() == null ? "" : t.getId();
    }

    /** Shows the tab with {@code id}; unknown ids are ignored. */
    public void selectTab(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** Adds items to the File menu above Quit (the composition root adds the case-file items this way). */
    public void addFileMenuItems(java.util.List<javafx.scene.control.MenuItem> items) {
        menuBar.addFileItems(items);
    }

    /** Docks {@code panel} (the casework panel) to the right of the main tabs, in a split the user can resize. */
    public void dock(javafx.scene.Node panel) {
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(root.getCenter(), panel);
        split.setId("mainSplit");
        split.setDividerPositions(0.68);
        javafx.scene.control.SplitPane.setResizableWithParent(panel, false);
        root.setCenter(split);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    public Parent node() {
        return root;
    }
}
