package ringscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import ringscope.casework.CaseworkService;
import ringscope.model.ActionEvent;
import ringscope.model.ActionType;
import ringscope.model.Note;
import ringscope.model.Tag;
import ringscope.model.Target;
import ringscope.store.CaseStore;
import ringscope.ui.casework.CaseworkPanel;
import ringscope.ui.casework.CaseworkViewModel;

/**
 * The casework panel on a real temp-dir case: tag a cluster picked into the shared selection, see the tag listed in
 * its colour, undo with Ctrl+Z, redo with Ctrl+Shift+Z; a note is in the database once the panel shows it.
 */
@ExtendWith(ApplicationExtension.class)
class CaseworkPanelTest {
    @TempDir
    Path tmp;

    private BackgroundRunner runner;
    private Selection selection;
    private CaseworkViewModel vm;
    private CaseStore store;

    @Start
    void start(Stage stage) {
        runner = new BackgroundRunner(Platform::runLater, 50);
        selection = new Selection();
        vm = new CaseworkViewModel(runner, selection, s -> new CaseworkService(s, "tester"));
        Scene scene = new Scene(new CaseworkPanel(vm).node(), 560, 820);
        AppStyle.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() {
        runner.shutdown(10_000);
        if (store != null) {
            store.close();
        }
    }

    private void openCase() {
        store = CaseStore.create(tmp.resolve("case"));
        Platform.runLater(() -> vm.show(store));
        waitUntil("casework read", () -> vm.availableProperty().get());
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        FxWait.until(what, 20, condition);
    }

    private static ListView<Tag> tagList(FxRobot robot, String id) {
        return robot.lookup(id).queryListView();
    }

    /** The visible cell of list {@code id} that shows {@code text}. */
    private static ListCell<?> cell(FxRobot robot, String id, String text) {
        return robot.lookup(id + " .list-cell").match((Node n) -> n instanceof ListCell<?> c && text.equals(
                c.getText())).queryAs(ListCell.class);
    }

    @Test
    void taggingAClusterShowsTheTagInItsColourAndUndoRedoTakeItOffAndPutItBack(FxRobot robot) {
        openCase();
        robot.clickOn("#seedTagsButton");
        waitUntil("starter tags", () -> tagList(robot, "#tagList").getItems().stream()
                .anyMatch(t -> t.name().equals("needs review")));

        robot.clickOn("#targetKeyField").write("17");
        robot.clickOn("#selectTargetButton");
        assertThat(selection.targets()).containsExactly(Target.cluster(17));
        robot.clickOn(cell(robot, "#tagList", "needs review"));
        robot.clickOn("#tagSelectionButton");

        waitUntil("tag on the cluster", () -> tagList(robot, "#targetTagList").getItems().size() == 1);
        Tag tag = tagList(robot, "#targetTagList").getItems().get(0);
        assertThat(tag.name()).isEqualTo("needs review");
        Rectangle swatch = (Rectangle) cell(robot, "#targetTagList", "needs review").getGraphic();
        assertThat(swatch.getId()).isEqualTo("tagSwatch");
        assertThat(swatch.getFill()).isEqualTo(Color.web("#BCBD22"));
        assertThat(robot.lookup("#caseworkStatus").queryAs(Label.class).getText())
                .isEqualTo("Tagged CLUSTER:17 \u201cneeds review\u201d");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil("undo", () -> tagList(robot, "#targetTagList").getItems().isEmpty());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil("redo", () -> tagList(robot, "#targetTagList").getItems().size() == 1);
        assertThat(tagList(robot, "#targetTagList").getItems()).containsExactly(tag);

        CaseworkService check = new CaseworkService(store, "checker");
        assertThat(check.log().events()).extracting(ActionEvent::action).containsExactly(ActionType.SEED_TAXONOMY,
                ActionType.TAG_TARGETS, ActionType.UNDO, ActionType.REDO);
        assertThat(check.log().events()).extracting(ActionEvent::actor).containsOnly("tester");
        assertThat(check.log().verify().ok()).isTrue();
        assertThat(robot.lookup("#historyList").queryListView().getItems()).hasSize(4);
    }

    @Test
    void aNoteIsInTheDatabaseOnceThePanelShowsItAndUndoButtonTakesItBack(FxRobot robot) {
        openCase();
        robot.clickOn("#caseworkNotesTab");
        robot.clickOn("#targetKeyField").write("acc-1");
        robot.clickOn("#targetKindChoice");
        robot.clickOn("ACCOUNT");
        robot.clickOn("#selectTargetButton");
        robot.clickOn("#noteEditor").write("same card as acc-2");
        robot.clickOn("#addNoteButton");

        ListView<Note> notes = robot.lookup("#noteList").queryListView();
        waitUntil("note shown", () -> notes.getItems().size() == 1);
        assertThat(new CaseworkService(store, "checker").queries().notesOn(Target.account("acc-1")))
                .containsExactlyElementsOf(List.copyOf(notes.getItems()));
        assertThat(notes.getItems().get(0).text()).isEqualTo("same card as acc-2");

        robot.clickOn("#undoButton");
        waitUntil("note undone", () -> notes.getItems().isEmpty());
        assertThat(new CaseworkService(store, "checker").queries().allNotes()).isEmpty();
    }
}
