package ringscope.cli;

import java.io.PrintWriter;
import ringscope.model.Progress;
import ringscope.model.ProgressSink;

/** Prints progress to stderr at most twice a second (plain lines, so logs of scripted runs stay readable). */
final class StderrProgress implements ProgressSink {
    private final PrintWriter err;
    private long lastMillis = -1_000;
    private String lastStage = "";

    StderrProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void report(Progress p) {
        if (p.stage().equals(lastStage) && p.elapsedMillis() - lastMillis < 500) {
            return;
        }
        lastStage = p.stage();
        lastMillis = p.elapsedMillis();
        StringBuilder b = new StringBuilder(String.format("[%6.1fs] %s: %,d rows", p.elapsedMillis() / 1000.0,
                p.stage(), p.items()));
        if (p.fraction() >= 0) {
            b.append(String.format(", %.1f%% of %,d MB", 100 * p.fraction(), p.bytesTotal() >> 20));
        }
        if (p.estimatedMillisLeft() >= 0) {
            b.append(String.format(", ~%ds left", p.estimatedMillisLeft() / 1000));
        }
        err.println(b);
        err.flush();
    }
}
