package ringscope.importer;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads, validates and aggregates rows on a reader thread while the calling thread does the JDBC writes, so parsing
 * and validation overlap with H2 instead of adding to it (two cores). The reader hands over units of database work
 * through a small bounded queue (memory stays bounded when H2 is slower). All JDBC happens on the calling thread;
 * nothing is ever interrupted: the reader stops when it sees the stop flag or the cancel token, and both sides poll
 * with time-outs.
 */
final class RowPipeline {
    private static final Runnable END = () -> {};
    private static final int DEPTH = 4;

    /** The reading side: produces database work until the file ends. */
    @FunctionalInterface
    interface Producer {
        void run(Handoff out) throws IOException, ImportFileException, ImportCancelledException;
    }

    /** Where the producer puts its units of database work. */
    interface Handoff {
        void put(Runnable work) throws ImportCancelledException;
    }

    private final BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(DEPTH);
    private volatile boolean stopped;
    private volatile Throwable failure;

    /**
     * Runs {@code producer} on a new thread and executes the work it hands over on the calling thread, in order.
     * Returns when the producer has finished and all its work was done; rethrows the producer's failure.
     */
    void run(String name, Producer producer, ImportRun run)
            throws IOException, ImportFileException, ImportCancelledException {
        Thread reader = new Thread(() -> produce(producer), "ringscope-import-reader-" + name);
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Runnable work = poll();
                if (work == END) {
                    break;
                }
                if (work != null) {
                    work.run();
                }
                run.checkCancel();
            }
        } finally {
            stopped = true;
            queue.clear();
            join(reader);
        }
        rethrow();
    }

    private void produce(Producer producer) {
        try {
            producer.run(this::offer);
        } catch (Throwable t) { // handed to the calling thread, which rethrows it where it is handled
            failure = t;
        } finally {
            try {
                offer(END);
            } catch (ImportCancelledException ignored) {
                // the consumer stopped first; it no longer waits for END
            }
        }
    }

    private void offer(Runnable work) throws ImportCancelledException {
        while (!stopped) {
            if (offerOrWait(work)) {
                return;
            }
        }
        throw new ImportCancelledException();
    }

    private boolean offerOrWait(Runnable work) {
        try {
            return queue.offer(work, 50, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException("import reader interrupted", e);
        }
    }

    private Runnable poll() {
        try {
            return queue.poll(50, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException("import writer interrupted", e);
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException("interrupted while waiting for the import reader", e);
        }
    }

    private void rethrow() throws IOException, ImportFileException, ImportCancelledException {
        Throwable t = failure;
        if (t == null) {
            return;
        }
        if (t instanceof IOException e) {
            throw e;
        }
        if (t instanceof ImportFileException e) {
            throw e;
        }
        if (t instanceof ImportCancelledException e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof OutOfMemoryError e) {
            throw e; // reported by ImportService as a plain "ran out of memory" failure
        }
        throw new IllegalStateException("import reader failed", t);
    }
}
