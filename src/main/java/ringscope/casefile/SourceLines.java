package ringscope.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The values of chosen lines of one original source file, read the way the importer numbers lines (raw bytes split at
 * {@code \n}, {@code \r\n} or {@code \r}, line 1 first; gzip when the format says so; a UTF-8 BOM dropped): for each
 * wanted line that holds a data row, the set of its field values. A CSV file's first line is its header, never a row.
 * Used to recount the rows behind a link from their line numbers. Reads the file once; memory grows with the number
 * of wanted lines only.
 */
final class SourceLines {
    private final Map<Long, Set<String>> rows = new HashMap<>();

    private SourceLines() {}

    /** Reads the {@code wanted} lines (1-based line numbers, ascending, distinct) of {@code file}. */
    static SourceLines read(Path file, String format, long[] wanted) {
        SourceLines out = new SourceLines();
        boolean csv = !format.startsWith("jsonl");
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = new BufferedInputStream(format.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16)
                        : raw, 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long no = 1;
            int next = 0; // index of the next wanted line
            int b = in.read();
            while (b >= 0 && next < wanted.length) {
                boolean keep = wanted[next] == no;
                if (b == '\n' || b == '\r') {
                    if (keep) {
                        out.keep(no, line, csv);
                        next++;
                    }
                    no++;
                    line.reset();
                    int after = in.read();
                    b = b == '\r' && after == '\n' ? in.read() : after;
                    continue;
                }
                if (keep) {
                    line.write(b);
                }
                b = in.read();
            }
            if (next < wanted.length && wanted[next] == no && line.size() > 0) {
                out.keep(no, line, csv);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the source file " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** True when line {@code no} was wanted and holds a data row naming one of {@code accounts} as a field value. */
    boolean rowNames(long no, Set<String> accounts) {
        Set<String> values = rows.get(no);
        return values != null && values.stream().anyMatch(accounts::contains);
    }

    /** True when line {@code no} was wanted and holds a data row. */
    boolean isRow(long no) {
        return rows.containsKey(no);
    }

    private void keep(long no, ByteArrayOutputStream bytes, boolean csv) {
        if (csv && no == 1) {
            return;
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        if (no == 1 && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return;
        }
        Set<String> values = csv ? csvValues(text) : jsonValues(text);
        if (!values.isEmpty()) {
            rows.put(no, values);
        }
    }

    private static Set<String> csvValues(String line) {
        try {
            List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(line)).getRecords();
            return records.size() == 1 ? new HashSet<>(records.get(0).toList()) : Set.of();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return Set.of(); // not a row the importer could have read either
        }
    }

    private static Set<String> jsonValues(String line) {
        try {
            JsonNode o = CaseFileJson.read("source line", line.getBytes(StandardCharsets.UTF_8));
            Set<String> out = new HashSet<>();
            o.fields().forEachRemaining(e -> out.add(e.getValue().asText()));
            return out;
        } catch (BundleException e) {
            return Set.of();
        }
    }
}
