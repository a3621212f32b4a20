package ringscope.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import ringscope.model.RejectReason;

/**
 * commons-csv over a {@link LinesReader}: each parsed record comes with the physical lines it was read from (line
 * number, byte offset, raw text, UTF-8 and length flags), and commons-csv's failures are translated once for every CSV
 * reader: a syntax error becomes an {@link ImportFileException} naming the line, a read error of the source stays an
 * {@link IOException} (RELIABILITY.md A8), an over-long record (unterminated quote) is refused.
 */
final class CsvRecordStream {
    static final int MAX_LINE_BYTES = 1 << 20;
    static final int MAX_RECORD_CHARS = 4 << 20;

    /** One record and the lines it spans (never empty). */
    record Parsed(CSVRecord record, List<LineSource.Line> lines) {
        LineSource.Line first() {
            return lines.get(0);
        }

        /** The raw text of the record's lines, cut to an excerpt. */
        String raw() {
            StringBuilder b = new StringBuilder();
            for (LineSource.Line l : lines) {
                b.append(b.length() > 0 ? "\n" : "").append(l.raw());
                if (b.length() > RAW_EXCERPT) {
                    break;
                }
            }
            return b.length() <= RAW_EXCERPT ? b.toString() : b.substring(0, RAW_EXCERPT) + "…";
        }

        /** A blank line (one empty field on one empty line; an over-long line is fed as empty but is no blank). */
        boolean blank() {
            LineSource.Line l = first();
            return record.size() == 1 && lines.size() == 1 && l.text().isEmpty() && !l.tooLong()
                    && l.invalidUtf8At() < 0;
        }

        /**
         * Why the record must be quarantined before its cells are looked at (a line too long, bad UTF-8, a field count
         * other than the header's), or null.
         */
        Defect defect(int headerSize) {
            for (LineSource.Line l : lines) {
                if (l.tooLong()) {
                    return new Defect(RejectReason.FIELD_TOO_LONG, "line " + l.lineNo() + " is longer than "
                            + MAX_LINE_BYTES + " bytes");
                }
                if (l.invalidUtf8At() >= 0) {
                    return new Defect(RejectReason.INVALID_UTF8, "invalid UTF-8 at byte offset " + l.invalidUtf8At());
                }
            }
            if (record.size() != headerSize) {
                return new Defect(RejectReason.WRONG_FIELD_COUNT, "expected " + headerSize + " fields, got "
                        + record.size());
            }
            return null;
        }
    }

    /** A reason to quarantine a record, with its detail. */
    record Defect(RejectReason reason, String detail) {}

    private static final int RAW_EXCERPT = 1000;

    private final LinesReader lines;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long lastLine;

    CsvRecordStream(InputStream in, CSVFormat format) throws IOException, ImportFileException {
        this.lines = new LinesReader(new LineSource(in, MAX_LINE_BYTES));
        try {
            this.parser = CSVParser.builder().setReader(lines).setFormat(format).get();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new ImportFileException("Cannot read the header row: " + e.getMessage(), e);
        } catch (CSVException e) {
            // a quoting error inside the header is a file-level syntax error, not an I/O failure (found by fuzzing)
            throw new ImportFileException("CSV syntax error in the header row: " + e.getMessage(), e);
        }
        this.lastLine = parser.getCurrentLineNumber();
        this.records = parser.iterator();
    }

    List<String> headerNames() {
        return parser.getHeaderNames();
    }

    /** The physical lines of the header row (call once, before {@link #next}). */
    List<LineSource.Line> headerLines() {
        return lines.claimThrough(lastLine);
    }

    boolean bomPresent() {
        return lines.bomPresent();
    }

    /** The next record with its lines, or null at the end. */
    Parsed next() throws IOException, ImportFileException {
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof CSVException)) {
                throw e.getCause(); // a read error of the source itself, not bad CSV (RELIABILITY.md A8)
            }
            throw new ImportFileException("CSV syntax error after line " + lastLine + ": " + e.getCause().getMessage(),
                    e);
        } catch (IllegalStateException e) {
            throw new ImportFileException("CSV syntax error after line " + lastLine + ": " + rootMessage(e), e);
        }
        // LinesReader ends every line with '\n', so the parser's line count is exactly the record's last line.
        long end = parser.getCurrentLineNumber();
        List<LineSource.Line> own = lines.claimThrough(end);
        lastLine = end;
        if (own.isEmpty()) {
            throw new ImportFileException("Internal: record without lines after line " + end);
        }
        if (lines.pendingChars() > MAX_RECORD_CHARS) {
            throw new ImportFileException("FIELD_TOO_LONG: a record starting at line " + own.get(0).lineNo()
                    + " is longer than " + MAX_RECORD_CHARS + " characters (unterminated quote?)");
        }
        return new Parsed(record, own);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
