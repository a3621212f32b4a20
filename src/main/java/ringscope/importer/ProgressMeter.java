package ringscope.importer;

import ringscope.model.Progress;
import ringscope.model.ProgressSink;

/** Turns an import's position (file, rows, raw bytes) into {@link Progress} reports for the whole dataset. */
final class ProgressMeter {
    private final ProgressSink sink;
    private final long totalBytes;
    private final long startNanos = System.nanoTime();
    private long bytesOfFinishedFiles;
    private SourceStream current;
    private String stage = "";
    private long rows;

    ProgressMeter(ProgressSink sink, long totalBytes) {
        this.sink = sink;
        this.totalBytes = totalBytes;
    }

    void startFile(String name, SourceStream source) {
        if (current != null) {
            bytesOfFinishedFiles += current.bytesRead();
        }
        current = source;
        stage = name;
        rows = 0;
        emit();
    }

    void rows(long n) {
        rows = n;
        emit();
    }

    void stage(String name) {
        if (current != null) {
            bytesOfFinishedFiles += current.bytesRead();
            current = null;
        }
        stage = name;
        rows = 0;
        emit();
    }

    long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private void emit() {
        long done = bytesOfFinishedFiles + (current == null ? 0 : current.bytesRead());
        sink.report(new Progress(stage, rows, Math.min(done, totalBytes), totalBytes, elapsedMillis()));
    }
}
