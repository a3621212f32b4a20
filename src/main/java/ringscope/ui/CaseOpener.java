package ringscope.ui;

import java.nio.file.Path;

/**
 * Creates or opens the case in a folder, with the services bound to it. Called on the worker thread. Failures are
 * {@code CaseStoreException}s whose message is written for the user (for example "This case is open in another
 * window..."); an encrypted case opened without its passphrase fails with kind {@code PASSPHRASE_REQUIRED}, a wrong
 * passphrase with {@code WRONG_PASSPHRASE}, and the case is then left untouched.
 *
 * <p>{@code passphrase} is null for a case that is not encrypted at rest; an implementation copies what it needs and
 * never keeps, logs or stores the array (the caller clears it after the call).
 */
public interface CaseOpener {
    OpenCase open(Path folder, char[] passphrase);

    OpenCase create(Path folder, char[] passphrase);
}
