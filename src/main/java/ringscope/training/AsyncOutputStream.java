package ringscope.training;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands chunks to a single worker thread that writes them to the wrapped stream (a {@code GZIPOutputStream}), so that
 * compression runs on a second core while rows are generated. Bytes reach the wrapped stream in exactly the order and
 * chunking they were written, so output is unchanged. At most {@code QUEUE} chunks wait (bounded memory). A failure of
 * the worker is rethrown to the writer on its next call. Used by one writer thread. Nothing in this project interrupts
 * threads (cancellation is a {@link ringscope.model.CancelToken}, see ArchitectureTest), so an interrupt is only
 * turned into an {@link InterruptedIOException}; the flag is not re-asserted.
 */
final class AsyncOutputStream extends OutputStream {
    private static final int QUEUE = 16;
    private static final byte[] END = new byte[0];

    private final OutputStream target;
    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(QUEUE);
    private final byte[] buffer;
    private final Thread worker;
    private int filled;
    private volatile IOException failure;
    private boolean closed;

    AsyncOutputStream(OutputStream target, int chunkSize) {
        this.target = target;
        this.buffer = new byte[chunkSize];
        this.worker = new Thread(this::drain, "ringscope-gzip-writer");
        worker.setDaemon(true);
        worker.start();
    }

    private void drain() {
        try {
            while (true) {
                byte[] chunk = queue.take();
                if (chunk == END) {
                    target.close();
                    return;
                }
                target.write(chunk);
            }
        } catch (IOException e) {
            failure = e;
            queue.clear();
        } catch (InterruptedException e) {
            failure = new InterruptedIOException("compression thread interrupted");
        }
    }

    @Override
    public void write(int b) throws IOException {
        if (filled == buffer.length) {
            flushChunk();
        }
        buffer[filled++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (filled == buffer.length) {
                flushChunk();
            }
            int n = Math.min(len, buffer.length - filled);
            System.arraycopy(b, off, buffer, filled, n);
            filled += n;
            off += n;
            len -= n;
        }
    }

    private void flushChunk() throws IOException {
        checkFailure();
        if (filled > 0) {
            put(Arrays.copyOf(buffer, filled));
            filled = 0;
        }
    }

    private void put(byte[] chunk) throws IOException {
        try {
            while (!queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                checkFailure();
                if (!worker.isAlive()) {
                    throw new IOException("compression thread ended unexpectedly");
                }
            }
        } catch (InterruptedException e) {
            throw new InterruptedIOException("interrupted while writing");
        }
    }

    private void checkFailure() throws IOException {
        IOException f = failure;
        if (f != null) {
            throw new IOException("writing compressed output failed: " + f.getMessage(), f);
        }
    }

    /** Flushing is deferred to {@link #close()}: an explicit flush would change the compressed bytes. */
    @Override
    public void flush() {
        // deliberately nothing
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        flushChunk();
        put(END);
        try {
            worker.join();
        } catch (InterruptedException e) {
            throw new InterruptedIOException("interrupted while finishing compression");
        }
        checkFailure();
    }
}
