package ringscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ringscope.model.CancelToken;
import ringscope.model.Progress;

/** The runner without a toolkit: a single-thread executor stands in for the UI thread. */
class BackgroundRunnerTest {
    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    private final BackgroundRunner runner = new BackgroundRunner(ui, 100);
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final CountDownLatch done = new CountDownLatch(1);

    @AfterEach
    void stop() {
        runner.close();
        ui.shutdown();
    }

    private static Progress progress(long items) {
        return new Progress("rows", items, items, 1_000_000, 10);
    }

    @Test
    void deliversTheLastProgressAndThenTheResultOnTheUiThread() throws Exception {
        AtomicReference<String> callbackThread = new AtomicReference<>();
        runner.submit("job", (p, c) -> {
            p.report(progress(1));
            p.report(progress(2));
            return "result";
        }, p -> events.add("progress " + p.items()), r -> {
            callbackThread.set(Thread.currentThread().getName());
            events.add(r);
            done.countDown();
        }, e -> done.countDown());

        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(events).endsWith("progress 2", "result");
        assertThat(callbackThread.get()).doesNotContain("ringscope-worker");
    }

    @Test
    void throttlesAFloodOfProgressToAFewUpdates() throws Exception {
        long start = System.nanoTime();
        runner.submit("flood", (p, c) -> {
            long i = 0;
            while (System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(600)) {
                p.report(progress(++i));
            }
            return i;
        }, p -> events.add(Long.toString(p.items())), last -> {
            events.add("last " + last);
            done.countDown();
        }, e -> done.countDown());

        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        String last = events.get(events.size() - 1).substring(5);
        assertThat(events.size() - 1).as("updates in 600 ms at one per 100 ms").isBetween(2, 9);
        assertThat(events.get(events.size() - 2)).as("the final progress is delivered").isEqualTo(last);
    }

    @Test
    void cancelOnlySetsTheTokenAndNeverInterruptsTheWorker() throws Exception {
        AtomicBoolean interrupted = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        CancelToken token = runner.submit("cancellable", (p, c) -> {
            started.countDown();
            while (!c.isCancelled()) {
                Thread.onSpinWait();
            }
            interrupted.set(Thread.currentThread().isInterrupted());
            return "stopped at a check";
        }, p -> {}, r -> {
            events.add(r);
            done.countDown();
        }, e -> done.countDown());

        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        token.cancel();

        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(events).containsExactly("stopped at a check");
        assertThat(interrupted).isFalse();
    }

    @Test
    void clearsAStrayInterruptBeforeTheWorkStarts() throws Exception {
        AtomicBoolean interruptedInSecondJob = new AtomicBoolean(true);
        runner.submit("interrupts itself", (p, c) -> {
            Thread.currentThread().interrupt();
            return 1;
        }, p -> {}, r -> {}, e -> {});
        runner.submit("next", (p, c) -> {
            interruptedInSecondJob.set(Thread.currentThread().isInterrupted());
            return 2;
        }, p -> {}, r -> done.countDown(), e -> done.countDown());

        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(interruptedInSecondJob).isFalse();
    }

    @Test
    void passesTheFailureToOnFailureOnly() throws Exception {
        AtomicReference<Exception> failure = new AtomicReference<>();
        runner.submit("fails", (p, c) -> {
            throw new IllegalStateException("boom");
        }, p -> {}, r -> events.add("success"), e -> {
            failure.set(e);
            done.countDown();
        });

        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(failure.get()).hasMessage("boom");
        assertThat(events).isEmpty();
    }

    @Test
    void logsAStackTraceOnlyForFailuresTheUserIsNotToldAboutInPlainWords() throws Exception {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(BackgroundRunner.class.getName());
        List<java.util.logging.LogRecord> records = new CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        log.addHandler(handler);
        try {
            CountDownLatch both = new CountDownLatch(2);
            runner.submit("open", (p, c) -> {
                throw new ringscope.store.CaseStoreException(
                        ringscope.store.CaseStoreException.Kind.PASSPHRASE_REQUIRED, "This case is encrypted");
            }, p -> {}, r -> {}, e -> both.countDown());
            runner.submit("read", (p, c) -> {
                throw new ringscope.store.CaseStoreException(ringscope.store.CaseStoreException.Kind.DATABASE,
                        "Database error");
            }, p -> {}, r -> {}, e -> both.countDown());
            assertThat(both.await(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            log.removeHandler(handler);
        }
        assertThat(records).extracting(r -> r.getLevel() + " " + r.getMessage() + " " + (r.getThrown() != null))
                .containsExactly("INFO open stopped: This case is encrypted false", "WARNING read failed true");
    }

    @Test
    void runsJobsOneAtATimeInSubmissionOrderAndReportsBusy() throws Exception {
        CountDownLatch both = new CountDownLatch(2);
        runner.submit("first", (p, c) -> {
            Thread.sleep(50);
            return "first";
        }, p -> {}, r -> {
            events.add(r);
            both.countDown();
        }, e -> both.countDown());
        runner.submit("second", (p, c) -> "second", p -> {}, r -> {
            events.add(r);
            both.countDown();
        }, e -> both.countDown());
        assertThat(runner.busyProperty().get()).isTrue();

        assertThat(both.await(5, TimeUnit.SECONDS)).isTrue();
        ui.submit(() -> {}).get();
        assertThat(events).containsExactly("first", "second");
        assertThat(runner.busyProperty().get()).isFalse();
    }

    @Test
    void shutdownCancelsRunningWorkAndWaitsForItToFinish() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean finishedCleanly = new AtomicBoolean();
        runner.submit("long", (p, c) -> {
            started.countDown();
            while (!c.isCancelled()) {
                Thread.onSpinWait();
            }
            Thread.sleep(100); // the rollback
            finishedCleanly.set(true);
            return null;
        }, p -> {}, r -> {}, e -> {});
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(runner.shutdown(5_000)).isTrue();
        assertThat(finishedCleanly).isTrue();
    }
}
