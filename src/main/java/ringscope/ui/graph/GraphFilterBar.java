package ringscope.ui.graph;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import ringscope.model.Tag;
import ringscope.ui.DisplayText;

/**
 * The graph tab's account filters: minimum cluster score (an account counts with its home cluster's score), a
 * casework tag, and an attribute containing a text. Every change goes straight to {@link GraphFilters}; the caption's
 * "showing N of M" follows. Every control has an id. UI thread.
 */
final class GraphFilterBar {
    private final FlowPane bar;

    GraphFilterBar(GraphFilters filters) {
        Slider score = new Slider(0, 1, 0);
        score.setId("graphMinScore");
        score.setPrefWidth(120);
        score.setTooltip(new Tooltip("Hide clusters scoring less, and accounts whose home cluster scores less"));
        Label scoreText = new Label();
        scoreText.setId("graphMinScoreText");
        scoreText.textProperty().bind(score.valueProperty().asString("min score %.2f"));
        score.valueProperty().addListener((o, a, v) -> filters.setMinScore(Math.round(v.doubleValue() * 100) / 100.0));

        ComboBox<Tag> tag = new ComboBox<>();
        tag.setId("graphTagFilter");
        tag.setTooltip(new Tooltip("Show only what carries this casework tag"));
        tag.setConverter(GraphView.converter(t -> t == null ? "Any tag" : DisplayText.escape(t.name())));
        tag.setButtonCell(GraphView.nullSafeCell("Any tag", t -> DisplayText.escape(t.name())));
        offer(tag, filters.tags());
        filters.tags().addListener((ListChangeListener<Tag>) c -> offer(tag, filters.tags()));
        tag.valueProperty().addListener((o, a, t) -> filters.setTag(t));

        ComboBox<String> attribute = new ComboBox<>();
        attribute.setId("graphAttribute");
        attribute.setTooltip(new Tooltip("Which attribute the text must be in (any: the label or any attribute)"));
        attribute.setConverter(GraphView.converter(k -> k == null ? "any attribute" : DisplayText.escape(k)));
        attribute.setButtonCell(GraphView.nullSafeCell("any attribute", DisplayText::escape));
        offer(attribute, filters.attributes());
        filters.attributes().addListener((ListChangeListener<String>) c -> offer(attribute, filters.attributes()));
        TextField text = new TextField();
        text.setId("graphAttributeText");
        text.setPromptText("contains\u2026");
        text.setPrefColumnCount(12);
        attribute.valueProperty().addListener((o, a, k) -> filters.setAttribute(k, text.getText()));
        text.textProperty().addListener((o, a, t) -> filters.setAttribute(attribute.getValue(), t));

        bar = new FlowPane(6, 4, new Label("Accounts:"), score, scoreText, tag, attribute, text);
        bar.setAlignment(Pos.CENTER_LEFT);
    }

    /** Offers "none" (null) and {@code choices}, keeping the chosen one if it is still offered. */
    private static <T> void offer(ComboBox<T> box, List<T> choices) {
        T chosen = box.getValue();
        List<T> items = new ArrayList<>();
        items.add(null);
        items.addAll(choices);
        box.getItems().setAll(items);
        box.setValue(choices.contains(chosen) ? chosen : null);
    }

    Node node() {
        return bar;
    }
}
