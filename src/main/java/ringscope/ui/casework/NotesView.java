package ringscope.ui.casework;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import ringscope.model.Note;
import ringscope.model.Target;
import ringscope.ui.DisplayText;

/** Notes on the focused target (or the case): list, editor, add, save an edit, delete. UI thread. */
final class NotesView {
    private final VBox root = new VBox(6);

    NotesView(NotesViewModel vm, CaseworkViewModel cw) {
        ListView<Note> notes = new ListView<>(cw.focusNotes());
        notes.setId("noteList");
        notes.setPlaceholder(new Label("No notes here yet"));
        notes.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Note n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : DisplayText.escape(firstLine(n.text())) + "\n"
                        + DisplayText.escape(n.author()) + ", " + DisplayText.utc(n.createdMs()));
            }
        });
        Reselect.byId(notes, Note::id);
        VBox.setVgrow(notes, Priority.ALWAYS);
        Label title = Controls.heading("", notes);
        title.textProperty().bind(Bindings.createStringBinding(() -> "Notes on " + shown(cw.shownFocusProperty()
                .get()), cw.shownFocusProperty()));
        TextArea editor = Controls.area("noteEditor", "Write a note", 5);
        notes.getSelectionModel().selectedItemProperty().addListener((o, a, n) -> {
            if (n != null) {
                editor.setText(n.text());
            }
        });
        BooleanBinding noNote = notes.getSelectionModel().selectedItemProperty().isNull();
        Button add = Controls.button("addNoteButton", "Add note", e -> {
            vm.add(editor.getText());
            editor.clear();
        });
        add.disableProperty().bind(editor.textProperty().isEmpty().or(cw.availableProperty().not()));
        Button save = Controls.button("saveNoteButton", "Save edit",
                e -> vm.edit(notes.getSelectionModel().getSelectedItem(), editor.getText()));
        save.disableProperty().bind(noNote);
        Button delete = Controls.button("deleteNoteButton", "Delete note",
                e -> vm.delete(notes.getSelectionModel().getSelectedItem()));
        delete.disableProperty().bind(noNote);
        root.getChildren().addAll(title, notes, Controls.heading("Note", editor), editor,
                new FlowPane(6, 6, add, save, delete));
        root.setPadding(new Insets(6));
        root.setId("notesView");
    }

    private static String shown(Target t) {
        return t == null ? "the case" : t.toString();
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        String line = nl < 0 ? text : text.substring(0, nl) + " \u2026";
        return line.length() > 120 ? line.substring(0, 119) + "\u2026" : line;
    }

    Node node() {
        return root;
    }
}
