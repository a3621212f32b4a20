package ringscope.ui.casework;

import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import ringscope.model.Tag;
import ringscope.ui.DisplayText;

/** A tag in a list: its colour as a swatch (id {@code tagSwatch}), its name, its description as tooltip. UI thread. */
final class TagCell extends ListCell<Tag> {
    private final Rectangle swatch = new Rectangle(14, 14);

    TagCell() {
        swatch.setId("tagSwatch");
        swatch.setStroke(Color.gray(0.3));
        swatch.setArcWidth(4);
        swatch.setArcHeight(4);
    }

    @Override
    protected void updateItem(Tag tag, boolean empty) {
        super.updateItem(tag, empty);
        if (empty || tag == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        swatch.setFill(Color.web(tag.colour()));
        setGraphic(swatch);
        setText(DisplayText.escape(tag.name()));
        setAccessibleText("Tag " + DisplayText.escape(tag.name()) + ", colour " + tag.colour());
        setTooltip(tag.description().isEmpty() ? null : new Tooltip(DisplayText.escape(tag.description())));
    }
}
