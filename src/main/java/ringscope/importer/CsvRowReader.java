package ringscope.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a comma-separated file with a header row (RFC 4180 quoting) through commons-csv, on top of a
 * {@link LineSource} so that every record keeps its line number, byte offset and raw text. commons-csv is lenient by
 * itself (ragged rows, duplicate headers, BOM glued to the first name, see STACK.md); this class closes those gaps.
 */
final class CsvRowReader implements RowReader {
    static final int MAX_COLUMNS = 256;
    static final int MAX_LINE_BYTES = CsvRecordStream.MAX_LINE_BYTES;

    private final FileKind kind;
    private final InputStream in;
    private final CsvRecordStream stream;
    private final int[] columnOfField;
    private final int headerSize;
    private final List<String> ignored = new ArrayList<>();
    private long blank;

    CsvRowReader(FileKind kind, InputStream in) throws IOException, ImportFileException {
        this.kind = kind;
        this.in = in;
        this.stream = new CsvRecordStream(in, CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                .setAllowMissingColumnNames(false)
                .setIgnoreEmptyLines(false)
                .setTrim(false)
                .get());
        List<String> header = stream.headerNames();
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
    }

    private void checkHeaderLine() throws ImportFileException {
        for (LineSource.Line l : stream.headerLines()) {
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
        CsvRecordStream.Parsed p = stream.next();
        return p == null ? null : toRow(p);
    }

    private RawRow toRow(CsvRecordStream.Parsed p) {
        LineSource.Line first = p.first();
        if (p.blank()) {
            blank++;
            return RawRow.blank(first.lineNo(), first.byteOffset());
        }
        CsvRecordStream.Defect defect = p.defect(headerSize);
        if (defect != null) {
            return RawRow.bad(first.lineNo(), first.byteOffset(), p.raw(), defect.reason(), defect.detail());
        }
        String[] cells = new String[kind.columns().size()];
        for (int i = 0; i < headerSize; i++) {
            int c = columnOfField[i];
            if (c >= 0) {
                String v = p.record().get(i);
                cells[c] = v.isEmpty() ? null : v;
            }
        }
        return RawRow.ok(first.lineNo(), first.byteOffset(), cells, p.raw());
    }

    @Override
    public long blankLines() {
        return blank;
    }

    @Override
    public boolean bomPresent() {
        return stream.bomPresent();
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
