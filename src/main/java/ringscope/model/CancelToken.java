package ringscope.model;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cooperative cancellation for long operations. Services poll {@link #isCancelled()} between batches and then roll
 * back; nothing ever interrupts a thread that may be inside JDBC (an interrupt inside H2 corrupted the database in
 * tests, see STACK.md). Thread-safe.
 */
public final class CancelToken {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public static CancelToken none() {
        return new CancelToken();
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
