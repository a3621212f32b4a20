package ringscope.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The window's {@link PassphrasePrompt}: a dialog that asks for the passphrase of an encrypted case (at start-up, from
 * Open case or Recent cases), saying why it asks (first time, or after a wrong passphrase). UI thread.
 */
final class PassphraseDialog implements PassphrasePrompt {
    static final ButtonType OPEN = new ButtonType("Open case", ButtonBar.ButtonData.OK_DONE);

    private final Supplier<Window> owner;

    PassphraseDialog(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void ask(Path folder, String message, Consumer<char[]> onEntered, Runnable onCancel) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Encrypted case");
        dialog.setHeaderText("Passphrase for " + DisplayText.escape(folder.toString()));
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
        }
        Label why = new Label(message);
        why.setId("passphraseMessage");
        why.setWrapText(true);
        why.setMaxWidth(460);
        PasswordField field = new PasswordField();
        field.setId("openPassphrase");
        field.setPromptText("Passphrase");
        Label note = new Label(PassphraseFields.WHAT_ENCRYPTION_DOES);
        note.setWrapText(true);
        note.setMaxWidth(460);
        VBox box = new VBox(8, why, field, note);
        box.setId("passphraseDialog");
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().setAll(OPEN, ButtonType.CANCEL);
        Node open = dialog.getDialogPane().lookupButton(OPEN);
        open.setId("openWithPassphraseButton");
        open.disableProperty().bind(field.lengthProperty().isEqualTo(0));
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("cancelPassphraseButton");
        dialog.setResultConverter(b -> b);
        dialog.setOnShown(e -> field.requestFocus());
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == OPEN && field.getLength() > 0) {
                onEntered.accept(PassphraseFields.take(field));
            } else {
                PassphraseFields.wipe(field);
                onCancel.run();
            }
        });
        dialog.show();
    }
}
