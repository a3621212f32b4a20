package ringscope.ui.casework;

import java.util.Locale;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.paint.Color;

/** Small builders for the casework views: every control gets an id (tests look them up). UI thread. */
final class Controls {
    private Controls() {}

    static Button button(String id, String text, EventHandler<ActionEvent> action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(action);
        b.setMnemonicParsing(false);
        return b;
    }

    static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    static TextArea area(String id, String prompt, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPromptText(prompt);
        a.setPrefRowCount(rows);
        a.setWrapText(true);
        return a;
    }

    /** A heading label that names {@code control} for screen readers. */
    static Label heading(String text, Node control) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        l.setLabelFor(control);
        return l;
    }

    /** {@code #RRGGBB} of an opaque colour. */
    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
