package ringscope.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
 * Reads a comma-separated file with a header row (RFC 4180 quoting) through commons-csv, on top of a
 * {@link LineSource} so that every record keeps its line number, byte offset and raw text. commons-csv is lenient by
 * itself (ragged rows, duplicate headers, BOM glued to the first name, see STACK.md); this class closes those gaps.
 */
final class CsvRowReader implements RowReader {
    static final int MAX_COLUMNS = 256;
    static final int MAX_LINE_BYTES = 1 << 20;
    static final int MAX_RECORD_CHARS = 4 << 20;
    private static final int RAW_EXCERPT = 1000;

    private final FileKind kind;
    private final InputStream in;
    private final LinesReader lines;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final int[] columnOfField;
    private final int headerSize;
    private final List<String> ignored = new ArrayList<>();
    private long lastLine;
    private long blank;

    CsvRowReader(FileKind kind, InputStream in) throws IOException, ImportFileException {
        this.kind = kind;
        this.in = in;
        this.lines = new LinesReader(new LineSource(in, MAX_LINE_BYTES));
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                .setAllowMissingColumnNames(false)
                .setIgnoreEmptyLines(false)
                .setTrim(false)
                .get();
        try {
            this.parser = CSVParser.builder().setReader(lines).setFormat(format).get();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new ImportFileException("Cannot read the header row: " + e.getMessage(), e);
        } catch (CSVException e) {
            // a quoting error inside the header is a file-level syntax error, not an I/O failure (found by fuzzing)
            throw new ImportFileException("CSV syntax error in the header row: " + e.getMessage(), e);
        }
        List<String> header = parser.getHeaderNames();
        lastLine = parser.getCurrentLineNumber();
        checkHeaderLine();
        if (header.isEmpty() || header.size() == 1 && header.get(0).isBlank()) {
            throw new ImportFileException("The header row is empty");
        }
        if (header.size() > MAX_COLUMNS) {
            throw new ImportFileException(
                    "TOO_MANY_COLUMNS: the header has " + header.size() + " columns; at most " + MAX_COLUMNS);
        }
        if (header.size() == 1 && header.get(0).contains(";")) {
            throw new ImportFileException("Expected comma-delimited values; found ';' in the header: "
                    + "re-save the file with ',' as the separator");
        }
        headerSize = header.size();
        columnOfField = mapHeader(header);
        records = parser.iterator();
    }

    private void checkHeaderLine() throws ImportFileException {
        for (LineSource.Line l : lines.claimThrough(lastLine)) {
            if (l.invalidUtf8At() >= 0) {
                throw new ImportFileException("The header row is not valid UTF-8 (byte offset " + l.invalidUtf8At()
                        + "); re-save the file as UTF-8");
            }
            if (l.tooLong()) {
                throw new ImportFileException("The header row is longer than " + MAX_LINE_BYTES + " bytes");
            }
        }
    }

    private int[] mapHeader(List<String> header) throws ImportFileException {
        Map<String, Integer> byName = new HashMap<>();
        int[] map = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            map[i] = -1;
            for (int c = 0; c < kind.columns().size(); c++) {
                if (kind.columns().get(c).name().equals(name)) {
                    map[i] = c;
                    byName.put(name, i);
                }
            }
            if (map[i] < 0) {
                ignored.add(name);
            }
        }
        List<String> missing = kind.columns().stream()
                .filter(FileKind.Column::required)
                .map(FileKind.Column::name)
                .filter(n -> !byName.containsKey(n))
                .toList();
        if (!missing.isEmpty()) {
            throw new ImportFileException("Required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " missing; the header has: " + String.join(", ", header));
        }
        return map;
    }

    @Override
    public RawRow next() throws IOException, ImportFileException {
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
            throw new ImportFileException(
                    "CSV syntax error after line " + lastLine + ": " + rootMessage(e), e);
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
        return toRow(record, own);
    }

    private RawRow toRow(CSVRecord record, List<LineSource.Line> own) {
        LineSource.Line first = own.get(0);
        String raw = joinRaw(own);
        for (LineSource.Line l : own) {
            if (l.tooLong()) {
                return RawRow.bad(first.lineNo(), first.byteOffset(), raw, RejectReason.FIELD_TOO_LONG,
                        "line " + l.lineNo() + " is longer than " + MAX_LINE_BYTES + " bytes");
            }
            if (l.invalidUtf8At() >= 0) {
                return RawRow.bad(first.lineNo(), first.byteOffset(), raw, RejectReason.INVALID_UTF8,
                        "invalid UTF-8 at byte offset " + l.invalidUtf8At());
            }
        }
        if (record.size() == 1 && own.size() == 1 && first.text().isEmpty()) {
            blank++;
            return RawRow.blank(first.lineNo(), first.byteOffset());
        }
        if (record.size() != headerSize) {
            return RawRow.bad(first.lineNo(), first.byteOffset(), raw, RejectReason.WRONG_FIELD_COUNT,
                    "expected " + headerSize + " fields, got " + record.size());
        }
        String[] cells = new String[kind.columns().size()];
        for (int i = 0; i < headerSize; i++) {
            int c = columnOfField[i];
            if (c >= 0) {
                String v = record.get(i);
                cells[c] = v.isEmpty() ? null : v;
            }
        }
        return RawRow.ok(first.lineNo(), first.byteOffset(), cells, raw);
    }

    private static String joinRaw(List<LineSource.Line> own) {
        if (own.size() == 1) {
            String r = own.get(0).raw();
            return r.length() <= RAW_EXCERPT ? r : r.substring(0, RAW_EXCERPT) + "…";
        }
        StringBuilder b = new StringBuilder();
        for (LineSource.Line l : own) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(l.raw());
            if (b.length() > RAW_EXCERPT) {
                return b.substring(0, RAW_EXCERPT) + "…";
            }
        }
        return b.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
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
    public List<String> ignoredColumns() {
        return List.copyOf(ignored);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
