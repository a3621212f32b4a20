package ringscope.ui;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Asks the user for the passphrase of an encrypted case (the view shows a dialog; tests may answer directly). UI
 * thread. Exactly one of the callbacks runs, once: {@code onEntered} with a fresh array that the receiver owns and
 * clears after use, or {@code onCancel}.
 */
@FunctionalInterface
public interface PassphrasePrompt {
    /**
     * @param folder the case folder, to show
     * @param message why the passphrase is asked (first ask, or "wrong passphrase, try again")
     */
    void ask(Path folder, String message, Consumer<char[]> onEntered, Runnable onCancel);
}
