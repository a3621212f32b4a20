package ringscope.ui.casework;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import ringscope.model.Tag;

/**
 * The tag manager: the tags on the focused target, every tag with its colour, "tag the selection", and a form to
 * create, edit and delete tags (with a colour picker). UI thread.
 */
final class TagsView {
    private final VBox root = new VBox(6);

    TagsView(TagsViewModel vm) {
        CaseworkViewModel cw = vm.casework();
        ListView<Tag> onTarget = new ListView<>(cw.focusTags());
        onTarget.setId("targetTagList");
        onTarget.setCellFactory(l -> new TagCell());
        onTarget.setPrefHeight(90);
        onTarget.setPlaceholder(new Label("No tags on this target"));
        Label onTargetTitle = Controls.heading("", onTarget);
        onTargetTitle.textProperty().bind(Bindings.createStringBinding(() -> cw.shownFocusProperty().get() == null
                ? "Tags on the selection (nothing selected)" : "Tags on " + cw.shownFocusProperty().get(),
                cw.shownFocusProperty()));

        ListView<Tag> all = new ListView<>(cw.tags());
        all.setId("tagList");
        all.setCellFactory(l -> new TagCell());
        all.setPlaceholder(new Label("No tags yet"));
        Reselect.byId(all, Tag::id);
        VBox.setVgrow(all, Priority.ALWAYS);
        BooleanBinding noTag = all.getSelectionModel().selectedItemProperty().isNull();
        BooleanBinding nothingSelected = Bindings.isEmpty(cw.selection().targets());

        Button tag = Controls.button("tagSelectionButton", "Tag selection",
                e -> vm.tagSelection(all.getSelectionModel().getSelectedItem()));
        tag.disableProperty().bind(noTag.or(nothingSelected).or(cw.availableProperty().not()));
        Button untag = Controls.button("untagSelectionButton", "Remove from selection",
                e -> vm.untagSelection(all.getSelectionModel().getSelectedItem()));
        untag.disableProperty().bind(tag.disableProperty());

        root.getChildren().addAll(onTargetTitle, onTarget, Controls.heading("All tags", all), all,
                new HBox(6, tag, untag), editor(vm, all));
        root.setPadding(new Insets(6));
        root.setId("tagsView");
    }

    private static Node editor(TagsViewModel vm, ListView<Tag> all) {
        TextField name = Controls.field("tagNameField", "Tag name");
        ColorPicker colour = new ColorPicker(Color.web("#1F77B4"));
        colour.setId("tagColourPicker");
        TextField description = Controls.field("tagDescriptionField", "What the tag means");
        all.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (t != null) {
                name.setText(t.name());
                colour.setValue(Color.web(t.colour()));
                description.setText(t.description());
            }
        });
        BooleanBinding noTag = all.getSelectionModel().selectedItemProperty().isNull();
        Button create = Controls.button("createTagButton", "New tag",
                e -> vm.create(name.getText(), Controls.hex(colour.getValue()), description.getText()));
        create.disableProperty().bind(name.textProperty().isEmpty().or(vm.casework().availableProperty().not()));
        Button save = Controls.button("saveTagButton", "Save changes", e -> vm.edit(
                all.getSelectionModel().getSelectedItem(), name.getText(), Controls.hex(colour.getValue()),
                description.getText()));
        save.disableProperty().bind(noTag);
        Button delete = Controls.button("deleteTagButton", "Delete tag",
                e -> vm.delete(all.getSelectionModel().getSelectedItem()));
        delete.disableProperty().bind(noTag);
        Button seed = Controls.button("seedTagsButton", "Add starter tags", e -> vm.addStarterTags());
        seed.disableProperty().bind(vm.casework().availableProperty().not());
        HBox.setHgrow(name, Priority.ALWAYS);
        VBox form = new VBox(4, Controls.heading("Tag", name), new HBox(6, name, colour), description,
                new FlowPane(6, 6, create, save, delete, seed));
        form.setId("tagEditor");
        return form;
    }

    Node node() {
        return root;
    }
}
