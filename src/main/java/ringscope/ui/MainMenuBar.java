package ringscope.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** File menu: New case, Open case, Import dataset, Import log file (wizard), Recent cases, Quit. Choosers here; the work in the view model. */
final class MainMenuBar {
    private final MenuBar bar;
    private final MainViewModel vm;
    private final Supplier<Window> window;
    private final Menu recentMenu = new Menu("_Recent cases");
    private final Menu file;

    MainMenuBar(MainViewModel vm, Supplier<Window> window, Runnable onQuit) {
        this.vm = vm;
        this.window = window;
        MenuItem newCase = item("menuNewCase", "_New case\u2026", "Shortcut+N", this::chooseNewCase);
        MenuItem openCase = item("menuOpenCase", "_Open case\u2026", "Shortcut+O", this::chooseCase);
        MenuItem importDataset = item("menuImport", "_Import dataset\u2026", "Shortcut+I", this::chooseDataset);
        MenuItem importLog = item("menuImportLog", "Import _log file with a mapping\u2026", "Shortcut+Shift+I",
                this::chooseLogFile);
        MenuItem quit = item("menuQuit", "_Quit", "Shortcut+Q", onQuit);
        importLog.disableProperty().bind(vm.canImportBinding().not());
        newCase.disableProperty().bind(vm.idleBinding().not());
        openCase.disableProperty().bind(vm.idleBinding().not());
        importDataset.disableProperty().bind(vm.canImportBinding().not());
        recentMenu.setId("menuRecent");
        recentMenu.disableProperty().bind(vm.idleBinding().not());
        vm.recent().cases().addListener((ListChangeListener<Path>) c -> rebuildRecent());
        rebuildRecent();

        file = new Menu("_File", null, newCase, openCase, importDataset, importLog, recentMenu, new SeparatorMenuItem(),
                quit);
        file.setId("menuFile");
        bar = new MenuBar(file);
        bar.setId("menuBar");
    }

    private static MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void rebuildRecent() {
        recentMenu.getItems().clear();
        int i = 0;
        for (Path p : vm.recent().cases()) {
            MenuItem item = new MenuItem(DisplayText.escape(p.toString()));
            item.setMnemonicParsing(false);
            item.setId("recentCase" + i++);
            item.setOnAction(e -> vm.openCase(p));
            recentMenu.getItems().add(item);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent cases");
            none.setId("recentNone");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    private void chooseNewCase() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("New case: choose a name and place for the case folder");
        chooser.setInitialFileName("new-case");
        File f = chooser.showSaveDialog(window.get());
        if (f != null) {
            askNewCase(f.toPath());
        }
    }

    /** The second step of New case: encrypt or not (and the passphrase), then create in {@code folder}. */
    void askNewCase(Path folder) {
        new NewCaseDialog(folder, window.get(), vm).show();
    }

    private void chooseCase() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open case: choose the case folder");
        File f = chooser.showDialog(window.get());
        if (f != null) {
            vm.openCase(f.toPath());
        }
    }

    private void chooseDataset() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import dataset: choose the dataset folder");
        File f = chooser.showDialog(window.get());
        if (f != null) {
            vm.importDataset(f.toPath());
        }
    }

    private void chooseLogFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a log file: gateway/proxy logs, web access logs, CSV or JSONL exports");
        File f = chooser.showOpenDialog(window.get());
        if (f != null) {
            vm.importLogFile(f.toPath());
        }
    }

    /** Adds items to the File menu just above Quit (the case-file items are added this way). */
    void addFileItems(java.util.List<MenuItem> items) {
        int at = file.getItems().size() - 2;
        file.getItems().add(at, new SeparatorMenuItem());
        file.getItems().addAll(at + 1, items);
    }

    MenuBar node() {
        return bar;
    }
}
