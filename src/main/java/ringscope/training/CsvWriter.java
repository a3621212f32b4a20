package ringscope.training;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a UTF-8 CSV file of the native format: a header row, comma separators, {@code \n} line ends, and RFC 4180
 * quoting of fields containing a comma, quote or line break (quotes doubled). Files named {@code *.gz} are
 * gzip-compressed (by a second thread, see {@link AsyncOutputStream}). Rows are assembled in a reusable buffer and written through a {@link BufferedWriter}, so memory
 * stays constant however many rows are written. Not thread-safe.
 */
final class CsvWriter implements Closeable {
    private static final int BUFFER = 1 << 16;

    private final Writer out;
    private final StringBuilder line = new StringBuilder(512);
    private final Timestamps timestamps = new Timestamps();
    private final int columns;
    private int fieldsInRow;
    private long rows;

    CsvWriter(Path file, List<String> header) throws IOException {
        OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), BUFFER);
        if (file.getFileName().toString().endsWith(".gz")) {
            raw = new AsyncOutputStream(new GZIPOutputStream(raw, BUFFER), BUFFER);
        }
        this.out = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), BUFFER);
        this.columns = header.size();
        for (String h : header) {
            text(h);
        }
        endRow();
        rows = 0;
    }

    CsvWriter text(String value) {
        separator();
        if (needsQuotes(value)) {
            line.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"') {
                    line.append('"');
                }
                line.append(c);
            }
            line.append('"');
        } else {
            line.append(value);
        }
        return this;
    }

    CsvWriter number(long value) {
        separator();
        line.append(value);
        return this;
    }

    /** An ISO-8601 UTC time with seconds precision, or an empty cell for a negative value. */
    CsvWriter time(long epochSecond) {
        separator();
        if (epochSecond >= 0) {
            timestamps.append(epochSecond, line);
        }
        return this;
    }

    /** Ends the row; fails if it has the wrong number of fields (a bug, never bad input). */
    void endRow() throws IOException {
        if (fieldsInRow != columns) {
            throw new IllegalStateException("row has " + fieldsInRow + " fields, header has " + columns);
        }
        line.append('\n');
        out.append(line);
        line.setLength(0);
        fieldsInRow = 0;
        rows++;
    }

    /** Data rows written so far. */
    long rows() {
        return rows;
    }

    private void separator() {
        if (fieldsInRow++ > 0) {
            line.append(',');
        }
    }

    private static boolean needsQuotes(String v) {
        // indexOf is vectorised by the JVM; a char loop was the hottest spot of generation
        return v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
