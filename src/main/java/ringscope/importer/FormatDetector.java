package ringscope.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Guesses the format of a third-party file from its first 64 KiB (decompressed when named {@code .gz}): a JSON array,
 * JSON Lines, an Apache/Nginx combined access log (most sample lines match the strict pattern), else CSV with the
 * delimiter among {@code , ; TAB |} that splits every sample record into the same number of fields (counting outside
 * quotes). A guess only: the user confirms it in the wizard, and the import itself is strict.
 */
public final class FormatDetector {
    private static final int SAMPLE_BYTES = 64 * 1024;
    private static final int SAMPLE_LINES = 30;
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private final ObjectMapper json = StrictJson.mapper();

    public DetectedFormat detect(Path file) throws IOException {
        String text = sample(file);
        List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(SAMPLE_LINES).toList();
        if (lines.size() > 1 && !text.endsWith("\n")) {
            lines = lines.subList(0, lines.size() - 1); // the sample may cut the last line
        }
        if (lines.isEmpty()) {
            return new DetectedFormat(SourceFormat.csv(','), "the file is empty");
        }
        String first = lines.get(0).strip();
        if (first.startsWith("[")) {
            return new DetectedFormat(SourceFormat.of(SourceFormat.Type.JSON), "starts with '[': a JSON array");
        }
        if (first.startsWith("{")) {
            boolean object = isObject(first);
            return new DetectedFormat(SourceFormat.of(object ? SourceFormat.Type.JSONL : SourceFormat.Type.JSON),
                    object ? "one JSON object per line" : "a JSON document");
        }
        long access = lines.stream().filter(AccessLogRecordSource::matches).count();
        if (access * 5 >= lines.size() * 4L) {
            return new DetectedFormat(SourceFormat.of(SourceFormat.Type.ACCESS_LOG),
                    access + " of " + lines.size() + " sample lines are combined access-log lines");
        }
        return csv(text);
    }

    private boolean isObject(String line) {
        try {
            return json.readTree(line).isObject();
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private static DetectedFormat csv(String text) {
        char best = ',';
        int bestFields = 0;
        for (char d : DELIMITERS) {
            int[] counts = fieldsPerRecord(text, d);
            boolean consistent = counts.length > 0 && counts[0] > 1;
            for (int c : counts) {
                consistent &= c == counts[0];
            }
            if (consistent && counts[0] > bestFields) {
                best = d;
                bestFields = counts[0];
            }
        }
        String name = best == '\t' ? "TAB" : String.valueOf(best);
        return new DetectedFormat(SourceFormat.csv(best), bestFields > 0
                ? "CSV: '" + name + "' splits every sample record into " + bestFields + " fields"
                : "CSV (no delimiter splits the records consistently; check the preview)");
    }

    /** Fields per complete record of the sample, honouring double quotes (a quoted newline stays in its record). */
    static int[] fieldsPerRecord(String text, char delimiter) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        boolean quoted = false;
        int fields = 1;
        boolean empty = true;
        for (int i = 0; i < text.length() && out.size() < SAMPLE_LINES; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == delimiter) {
                fields++;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (!empty) {
                    out.add(fields);
                }
                fields = 1;
                empty = true;
                continue;
            }
            empty = false;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String sample(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            byte[] b = in.readNBytes(SAMPLE_BYTES);
            int start = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
            return new String(b, start, b.length - start, StandardCharsets.UTF_8);
        }
    }
}
