package ringscope.ui.graph;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import ringscope.ui.BackgroundRunner;

/**
 * A single thread standing in for the FX thread in view-model tests (the view model and what it drives belong to one
 * UI thread), and the background runner that reports back to it. Close it after each test.
 */
final class UiStandIn implements AutoCloseable {
    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-ui"));
    private final BackgroundRunner runner = new BackgroundRunner(ui, 0);

    BackgroundRunner runner() {
        return runner;
    }

    /** Runs {@code task} on the UI thread and returns its result (its failure is rethrown). */
    <T> T call(Callable<T> task) throws Exception {
        CompletableFuture<T> out = new CompletableFuture<>();
        ui.execute(() -> {
            try {
                out.complete(task.call());
            } catch (Exception | AssertionError e) {
                out.completeExceptionally(e);
            }
        });
        return out.get(60, TimeUnit.SECONDS);
    }

    /** Waits (at most a minute) until the worker has nothing to do. */
    void awaitIdle() throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Thread.sleep(20);
        while (call(() -> runner.busyProperty().get())) {
            if (System.nanoTime() > until) {
                throw new AssertionError("worker still busy");
            }
            Thread.sleep(10);
        }
    }

    @Override
    public void close() {
        runner.shutdown(10_000);
        ui.shutdown();
    }
}
