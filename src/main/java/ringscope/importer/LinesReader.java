package ringscope.importer;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;

/**
 * Feeds the decoded lines of a {@link LineSource} to a character parser (commons-csv), each terminated by a single
 * {@code \n}, and keeps the lines the parser has read but the caller has not yet claimed, so each record can be
 * traced back to its physical lines, byte offset and raw text. Lines longer than the limit are fed as empty lines and
 * flagged; the caller rejects their record.
 */
final class LinesReader extends Reader {
    private final LineSource source;
    private final ArrayDeque<LineSource.Line> pending = new ArrayDeque<>();
    private String current = "";
    private int currentPos;
    private boolean currentNewlineDone = true;
    private boolean eof;
    private long pendingChars;

    LinesReader(LineSource source) {
        this.source = source;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        int n = 0;
        while (n < len) {
            if (currentPos < current.length()) {
                int k = Math.min(len - n, current.length() - currentPos);
                current.getChars(currentPos, currentPos + k, cbuf, off + n);
                currentPos += k;
                n += k;
            } else if (!currentNewlineDone) {
                cbuf[off + n++] = '\n';
                currentNewlineDone = true;
            } else if (!advance()) {
                break;
            }
        }
        return n == 0 && eof ? -1 : n;
    }

    private boolean advance() throws IOException {
        if (eof) {
            return false;
        }
        LineSource.Line line = source.next();
        if (line == null) {
            eof = true;
            return false;
        }
        pending.addLast(line);
        pendingChars += line.text().length();
        current = line.tooLong() ? "" : line.text();
        currentPos = 0;
        currentNewlineDone = false;
        return true;
    }

    /** Removes and returns the pending lines numbered up to {@code lastLineNo}, oldest first. */
    java.util.List<LineSource.Line> claimThrough(long lastLineNo) {
        java.util.List<LineSource.Line> out = new java.util.ArrayList<>(1);
        while (!pending.isEmpty() && pending.peekFirst().lineNo() <= lastLineNo) {
            LineSource.Line l = pending.removeFirst();
            pendingChars -= l.text().length();
            out.add(l);
        }
        return out;
    }

    /** Characters read ahead but not yet claimed: bounds the memory of one (multi-line) record. */
    long pendingChars() {
        return pendingChars;
    }

    boolean bomPresent() {
        return source.bomPresent();
    }

    @Override
    public void close() {
        // the owner closes the underlying stream
    }
}
