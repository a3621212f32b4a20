package ringscope.ui;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import ringscope.model.CancelToken;
import ringscope.model.Progress;
import ringscope.model.ProgressSink;

/**
 * Runs service calls one at a time on a single daemon worker thread and reports back on the UI thread.
 *
 * <p>Cancel is cooperative only: the token handed to the work is the one {@link #submit} returns, and cancelling means
 * {@link CancelToken#cancel()}. Nothing here ever interrupts the worker (no {@code Future} is cancelled, the executor is
 * never shut down "now"): an interrupt inside H2's JDBC code corrupted the case database in tests (STACK.md). A stray
 * interrupt flag is cleared before each job for the same reason.
 *
 * <p>Progress is throttled: at most one update per {@code throttleMillis} is queued on the UI thread, always the
 * newest, and the last one is delivered before the job's result. {@link #submit} and the properties belong to the UI
 * thread; callbacks run there.
 */
public final class BackgroundRunner implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(BackgroundRunner.class.getName());

    /** A service call: plain Java that reports progress and polls the token between batches. Runs on the worker. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ProgressSink progress, CancelToken cancel) throws Exception;
    }

    private final Executor uiThread;
    private final long throttleNanos;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ringscope-worker");
        t.setDaemon(true);
        return t;
    });
    private final Set<CancelToken> active = ConcurrentHashMap.newKeySet();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper currentJob = new ReadOnlyStringWrapper(this, "currentJob", "");
    private int pending;

    /**
     * @param uiThread runs callbacks on the UI thread ({@code Platform::runLater} in the app)
     * @param throttleMillis minimum time between two progress updates sent to the UI thread
     */
    public BackgroundRunner(Executor uiThread, long throttleMillis) {
        this.uiThread = uiThread;
        this.throttleNanos = TimeUnit.MILLISECONDS.toNanos(throttleMillis);
    }

    /**
     * Queues {@code work}; jobs run in submission order. Exactly one of {@code onSuccess} and {@code onFailure} is
     * called, on the UI thread, after the last progress update.
     *
     * @return the job's cancel token; cancelling it asks the work to stop at its next check
     */
    public <T> CancelToken submit(String name, Work<T> work, Consumer<Progress> onProgress, Consumer<T> onSuccess,
            Consumer<Exception> onFailure) {
        CancelToken token = new CancelToken();
        active.add(token);
        pending++;
        busy.set(true);
        Throttle throttle = new Throttle(onProgress);
        worker.execute(() -> runJob(name, work, token, throttle, onSuccess, onFailure));
        return token;
    }

    private <T> void runJob(String name, Work<T> work, CancelToken token, Throttle throttle, Consumer<T> onSuccess,
            Consumer<Exception> onFailure) {
        boolean strayInterrupt = Thread.interrupted();
        if (strayInterrupt) {
            LOG.warning("cleared a stray interrupt before " + name);
        }
        uiThread.execute(() -> currentJob.set(name));
        // replaced below; stays only if an Error escapes the work, so the UI never waits forever
        Runnable finish = () -> onFailure.accept(new IllegalStateException(name + " stopped by an internal error"));
        try {
            T result = work.run(throttle, token);
            finish = () -> onSuccess.accept(result);
        } catch (Exception e) {
            if (expected(e)) {
                LOG.info(() -> name + " stopped: " + e.getMessage());
            } else {
                LOG.log(Level.WARNING, name + " failed", e);
            }
            finish = () -> onFailure.accept(e);
        } finally {
            active.remove(token);
            Runnable callback = finish;
            uiThread.execute(() -> complete(throttle, callback));
        }
    }

    /**
     * A failure the user is told about in plain words and that needs no stack trace in the log: the case asks for
     * its passphrase, is open elsewhere, read-only, full, newer or not found (a damaged or failing database keeps
     * its trace).
     */
    static boolean expected(Exception e) {
        return e instanceof ringscope.store.CaseStoreException s && s.kind() != ringscope.store.CaseStoreException.Kind
                .DATABASE && s.kind() != ringscope.store.CaseStoreException.Kind.DAMAGED;
    }

    private void complete(Throttle throttle, Runnable callback) {
        throttle.flush();
        try {
            callback.run();
        } finally {
            pending--;
            busy.set(pending > 0);
            if (pending == 0) {
                currentJob.set("");
            }
        }
    }

    /** True while a job is queued or running. UI thread. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Name of the running job, "" when idle. UI thread. */
    public ReadOnlyStringProperty currentJobProperty() {
        return currentJob.getReadOnlyProperty();
    }

    /**
     * Asks every queued or running job to stop (via its token), then waits up to {@code waitMillis} for the worker to
     * finish, so that a running import can roll back before the case is closed. Returns whether it finished.
     */
    public boolean shutdown(long waitMillis) {
        active.forEach(CancelToken::cancel);
        worker.shutdown();
        try {
            return worker.awaitTermination(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            // only the exiting UI thread waits here; stop waiting, the flag is not needed afterwards
            LOG.warning("stopped waiting for background work: " + e);
            return false;
        }
    }

    @Override
    public void close() {
        if (!shutdown(30_000)) {
            LOG.warning("background work still running at exit; its transaction is rolled back by H2 at the next open");
        }
    }

    /** Keeps the newest progress and sends it to the UI thread at most once per throttle interval. */
    private final class Throttle implements ProgressSink {
        private final Consumer<Progress> onProgress;
        private final AtomicReference<Progress> latest = new AtomicReference<>();
        private final AtomicBoolean queued = new AtomicBoolean();
        private final AtomicLong lastSent = new AtomicLong(System.nanoTime() - throttleNanos);

        Throttle(Consumer<Progress> onProgress) {
            this.onProgress = onProgress;
        }

        @Override
        public void report(Progress progress) {
            latest.set(progress);
            long now = System.nanoTime();
            if (now - lastSent.get() >= throttleNanos && queued.compareAndSet(false, true)) {
                lastSent.set(now);
                uiThread.execute(this::deliver);
            }
        }

        private void deliver() {
            queued.set(false);
            Progress p = latest.getAndSet(null);
            if (p != null) {
                onProgress.accept(p);
            }
        }

        /** UI thread: hands over the final progress, if it was not sent yet. */
        void flush() {
            Progress p = latest.getAndSet(null);
            if (p != null) {
                onProgress.accept(p);
            }
        }
    }
}
