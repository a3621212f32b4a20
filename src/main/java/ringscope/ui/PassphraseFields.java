package ringscope.ui;

import javafx.scene.control.PasswordField;

/**
 * Reads passphrases out of password fields as {@code char[]} and wipes the fields. UI thread.
 *
 * <p>Limit: JavaFX keeps a field's text in its own buffers (and may have made {@code String} copies for its text
 * property); overwriting the content before clearing it is the most the window can do. The arrays handed on are
 * cleared by their receivers after use.
 */
final class PassphraseFields {
    /** What the user is told about encryption wherever a passphrase is set. */
    static final String WHAT_ENCRYPTION_DOES = "Encryption protects the case file at rest: without the passphrase"
            + " its contents cannot be read, and a forgotten passphrase cannot be recovered. It does not make the"
            + " evidence tamper-proof: integrity comes from the SHA-256 hashes of the case files (the bundle"
            + " manifest) and the audit hash chain, not from the encryption.";

    private PassphraseFields() {}

    /** The field's characters as a new array; the field is overwritten and emptied. */
    static char[] take(PasswordField field) {
        CharSequence text = field.getCharacters();
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = text.charAt(i);
        }
        wipe(field);
        return out;
    }

    /** Overwrites the field's content in place, then empties it. */
    static void wipe(PasswordField field) {
        int n = field.getLength();
        if (n > 0) {
            field.replaceText(0, n, "\0".repeat(n));
        }
        field.clear();
    }

    /** Same characters, compared without making strings. */
    static boolean same(PasswordField a, PasswordField b) {
        CharSequence x = a.getCharacters();
        CharSequence y = b.getCharacters();
        if (x.length() != y.length()) {
            return false;
        }
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
