package ringscope.ui;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File ▸ New case, after the folder was chosen: whether to encrypt the case at rest, with the passphrase typed twice
 * and a plain statement of what encryption does and does not do. On Create the view model gets the folder and the
 * passphrase (null when not encrypting); the fields are wiped. UI thread.
 */
final class NewCaseDialog {
    static final ButtonType CREATE = new ButtonType("Create case", ButtonBar.ButtonData.OK_DONE);

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final CheckBox encrypt = new CheckBox("Encrypt this case with a passphrase");
    private final PasswordField passphrase = new PasswordField();
    private final PasswordField confirm = new PasswordField();

    NewCaseDialog(Path folder, Window owner, MainViewModel vm) {
        dialog.setTitle("New case");
        dialog.setHeaderText("New case in " + DisplayText.escape(folder.toString()));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        encrypt.setId("encryptCase");
        passphrase.setId("newPassphrase");
        passphrase.setPromptText("Passphrase");
        confirm.setId("confirmPassphrase");
        confirm.setPromptText("Passphrase again");
        Label note = new Label(PassphraseFields.WHAT_ENCRYPTION_DOES);
        note.setId("encryptionNote");
        note.setWrapText(true);
        note.setMaxWidth(460);
        Label mismatch = new Label("The two passphrases differ.");
        mismatch.setId("passphraseMismatch");
        BooleanBinding typed = Bindings.createBooleanBinding(() -> passphrase.getLength() > 0 && confirm.getLength() > 0,
                passphrase.textProperty(), confirm.textProperty());
        BooleanBinding matching = Bindings.createBooleanBinding(() -> PassphraseFields.same(passphrase, confirm),
                passphrase.textProperty(), confirm.textProperty());
        mismatch.visibleProperty().bind(encrypt.selectedProperty().and(typed).and(matching.not()));
        mismatch.managedProperty().bind(mismatch.visibleProperty());
        for (Node n : new Node[] {passphrase, confirm, note}) {
            n.disableProperty().bind(encrypt.selectedProperty().not());
        }
        VBox box = new VBox(8, encrypt, passphrase, confirm, mismatch, note);
        box.setId("newCaseDialog");
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().setAll(CREATE, ButtonType.CANCEL);
        Node create = dialog.getDialogPane().lookupButton(CREATE);
        create.setId("createCaseButton");
        create.disableProperty().bind(encrypt.selectedProperty().and(typed.not().or(matching.not())));
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("cancelNewCaseButton");
        dialog.setResultConverter(b -> b);
        dialog.setOnHidden(e -> {
            boolean created = dialog.getResult() == CREATE;
            char[] p = created && encrypt.isSelected() ? PassphraseFields.take(passphrase) : null;
            PassphraseFields.wipe(passphrase);
            PassphraseFields.wipe(confirm);
            if (created) {
                vm.newCase(folder, p);
            }
        });
    }

    void show() {
        dialog.show();
    }
}
