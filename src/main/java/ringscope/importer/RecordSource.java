package ringscope.importer;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Reads the records of one third-party source file (CSV dialect, JSON Lines, JSON array, access log). Problems that
 * end the file (broken header, broken CSV quoting, a JSON array that is not well-formed) surface as
 * {@link ImportFileException}; a bad record is returned marked bad so it can be quarantined. Not thread-safe.
 */
interface RecordSource extends Closeable {
    /** The next record, or null at end of file; blank lines are skipped and counted. */
    SourceRecord next() throws IOException, ImportFileException;

    /** The column names known so far (the header; for JSON, the keys seen so far in first-seen order). */
    List<String> columns();

    long blankLines();

    boolean bomPresent();

    static String excerpt(String raw) {
        return raw.length() <= 1000 ? raw : raw.substring(0, 1000) + "…";
    }
}
