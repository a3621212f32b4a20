package ringscope.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import ringscope.model.RejectReason;

/**
 * Reads a delimited file with a header row in a declared dialect (delimiter {@code , ; TAB |}, optional quote
 * character) through commons-csv over a {@link LineSource}, with the same strictness as the native
 * {@link CsvRowReader}: strict UTF-8 per line, no duplicate or empty header names, ragged rows rejected, bounded line
 * and record length, every record traced to its line, byte offset and raw text.
 */
final class DelimitedRecordSource implements RecordSource {
    private final InputStream in;
    private final LinesReader lines;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private long lastLine;
    private long blank;

    DelimitedRecordSource(SourceFormat format, InputStream in) throws IOException, ImportFileException {
        this.in = in;
        this.lines = new LinesReader(new LineSource(in, CsvRowReader.MAX_LINE_BYTES));
        CSVFormat.Builder b = CSVFormat.RFC4180.builder()
                .setDelimiter(format.delimiter().charAt(0))
                .setHeader()
                .setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                .setAllowMissingColumnNames(false)
                .setIgnoreEmptyLines(false)
                .setTrim(false);
        b.setQuote(format.quote().isEmpty() ? null : format.quote().charAt(0));
        try {
            this.parser = CSVParser.builder().setReader(lines).setFormat(b.get()).get();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new ImportFileException("Cannot read the header row: " + e.getMessage(), e);
        } catch (CSVException e) {
            // a quoting error inside the header is a file-level syntax error, not an I/O failure (found by fuzzing)
            throw new ImportFileException("CSV syntax error in the header row: " + e.getMessage(), e);
        }
        this.header = parser.getHeaderNames().stream().map(String::strip).toList();
        lastLine = parser.getCurrentLineNumber();
        for (LineSource.Line l : lines.claimThrough(lastLine)) {
            if (l.invalidUtf8At() >= 0 || l.tooLong()) {
                throw new ImportFileException("The header row is not valid UTF-8 or too long (line " + l.lineNo()
                        + "); re-save the file as UTF-8");
            }
        }
        if (header.isEmpty() || header.size() == 1 && header.get(0).isBlank()) {
            throw new ImportFileException("The header row is empty");
        }
        if (header.size() > CsvRowReader.MAX_COLUMNS) {
            throw new ImportFileException("TOO_MANY_COLUMNS: the header has " + header.size() + " columns; at most "
                    + CsvRowReader.MAX_COLUMNS);
        }
        this.records = parser.iterator();
    }

    @Override
    public SourceRecord next() throws IOException, ImportFileException {
        while (true) {
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
                throw new ImportFileException("CSV syntax error after line " + lastLine + ": " + e.getMessage(), e);
            }
            long end = parser.getCurrentLineNumber();
            List<LineSource.Line> own = lines.claimThrough(end);
            lastLine = end;
            if (own.isEmpty()) {
                throw new ImportFileException("Internal: record without lines after line " + end);
            }
            if (lines.pendingChars() > CsvRowReader.MAX_RECORD_CHARS) {
                throw new ImportFileException("FIELD_TOO_LONG: a record starting at line " + own.get(0).lineNo()
                        + " is longer than " + CsvRowReader.MAX_RECORD_CHARS + " characters (unterminated quote?)");
            }
            SourceRecord r = toRecord(record, own);
            if (r != null) {
                return r;
            }
            blank++;
        }
    }

    /** The record, or null for a blank line. */
    private SourceRecord toRecord(CSVRecord record, List<LineSource.Line> own) {
        LineSource.Line first = own.get(0);
        StringBuilder rawText = new StringBuilder();
        for (LineSource.Line l : own) {
            rawText.append(rawText.length() > 0 ? "\n" : "").append(l.raw());
        }
        String raw = RecordSource.excerpt(rawText.toString());
        for (LineSource.Line l : own) {
            if (l.tooLong()) {
                return SourceRecord.bad(first.lineNo(), first.byteOffset(), raw, RejectReason.FIELD_TOO_LONG,
                        "line " + l.lineNo() + " is longer than " + CsvRowReader.MAX_LINE_BYTES + " bytes");
            }
            if (l.invalidUtf8At() >= 0) {
                return SourceRecord.bad(first.lineNo(), first.byteOffset(), raw, RejectReason.INVALID_UTF8,
                        "invalid UTF-8 at byte offset " + l.invalidUtf8At());
            }
        }
        if (record.size() == 1 && own.size() == 1 && first.text().isEmpty()) {
            return null;
        }
        if (record.size() != header.size()) {
            return SourceRecord.bad(first.lineNo(), first.byteOffset(), raw, RejectReason.WRONG_FIELD_COUNT,
                    "expected " + header.size() + " fields, got " + record.size());
        }
        Map<String, String> values = new HashMap<>(header.size() * 2);
        for (int i = 0; i < header.size(); i++) {
            values.put(header.get(i), record.get(i));
        }
        return SourceRecord.ok(first.lineNo(), first.byteOffset(), raw, values);
    }

    @Override
    public List<String> columns() {
        return header;
    }

    @Override
    public long blankLines() {
        return blank;
    }

    @Override
    public boolean bomPresent() {
        return lines.bomPresent();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
