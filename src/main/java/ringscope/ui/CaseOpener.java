package ringscope.ui;

import java.nio.file.Path;

/**
 * Creates or opens the case in a folder, with the services bound to it. Called on the worker thread. Failures are
 * {@code CaseStoreException}s whose message is written for the user (for example "This case is open in another
 * window...").
 */
public interface CaseOpener {
    OpenCase open(Path folder);

    OpenCase create(Path folder);
}
