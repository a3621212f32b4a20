package ringscope.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a delimited file with a header row in a declared dialect (delimiter {@code , ; TAB |}, optional quote
 * character) through commons-csv over a {@link LineSource}, with the same strictness as the native
 * {@link CsvRowReader}: strict UTF-8 per line, no duplicate or empty header names, ragged rows rejected, bounded line
 * and record length, every record traced to its line, byte offset and raw text.
 */
final class DelimitedRecordSource implements RecordSource {
    private final InputStream in;
    private final CsvRecordStream stream;
    private final List<String> header;
    private long blank;

    DelimitedRecordSource(SourceFormat format, InputStream in) throws IOException, ImportFileException {
        this.in = in;
        CSVFormat.Builder b = CSVFormat.RFC4180.builder()
                .setDelimiter(format.delimiter().charAt(0))
                .setHeader()
                .setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                .setAllowMissingColumnNames(false)
                .setIgnoreEmptyLines(false)
                .setTrim(false);
        b.setQuote(format.quote().isEmpty() ? null : format.quote().charAt(0));
        this.stream = new CsvRecordStream(in, b.get());
        this.header = stream.headerNames().stream().map(String::strip).toList();
        for (LineSource.Line l : stream.headerLines()) {
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
    }

    @Override
    public SourceRecord next() throws IOException, ImportFileException {
        CsvRecordStream.Parsed p;
        while ((p = stream.next()) != null) {
            if (p.blank()) {
                blank++;
                continue;
            }
            LineSource.Line first = p.first();
            CsvRecordStream.Defect defect = p.defect(header.size());
            if (defect != null) {
                return SourceRecord.bad(first.lineNo(), first.byteOffset(), p.raw(), defect.reason(),
                        defect.detail());
            }
            Map<String, String> values = new HashMap<>(header.size() * 2);
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i), p.record().get(i));
            }
            return SourceRecord.ok(first.lineNo(), first.byteOffset(), p.raw(), values);
        }
        return null;
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
        return stream.bomPresent();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
