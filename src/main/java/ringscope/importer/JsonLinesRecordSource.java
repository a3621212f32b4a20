package ringscope.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import ringscope.model.RejectReason;

/**
 * Reads one JSON object per line with {@link StrictJson}; a bad line is returned as a bad record with its line number
 * and reading resumes at the next line (duplicate keys, trailing values, bad UTF-8, lone surrogates, over-long lines
 * are all row-level problems).
 */
final class JsonLinesRecordSource implements RecordSource {
    private final InputStream in;
    private final LineSource lines;
    private final ObjectMapper mapper = StrictJson.mapper();
    private final JsonRecords json = new JsonRecords();
    private long blank;

    JsonLinesRecordSource(InputStream in) {
        this.in = in;
        this.lines = new LineSource(in, JsonlRowReader.MAX_LINE_BYTES);
    }

    @Override
    public SourceRecord next() throws IOException {
        LineSource.Line l;
        while ((l = lines.next()) != null && !l.tooLong() && l.invalidUtf8At() < 0 && l.text().isBlank()) {
            blank++;
        }
        if (l == null) {
            return null;
        }
        String raw = RecordSource.excerpt(l.raw());
        if (l.tooLong()) {
            return SourceRecord.bad(l.lineNo(), l.byteOffset(), raw, RejectReason.LINE_TOO_LONG,
                    "line is longer than " + JsonlRowReader.MAX_LINE_BYTES + " bytes");
        }
        if (l.invalidUtf8At() >= 0) {
            return SourceRecord.bad(l.lineNo(), l.byteOffset(), raw, RejectReason.INVALID_UTF8,
                    "invalid UTF-8 at byte offset " + l.invalidUtf8At());
        }
        JsonNode node;
        try (JsonParser p = mapper.createParser(l.text())) {
            node = StrictJson.readTree(mapper, p);
            if (p.nextToken() != null) {
                return SourceRecord.bad(l.lineNo(), l.byteOffset(), raw, RejectReason.TRAILING_TOKENS,
                        "more than one JSON value on the line");
            }
        } catch (JsonProcessingException e) {
            return SourceRecord.bad(l.lineNo(), l.byteOffset(), raw, JsonRecords.classify(e), JsonRecords.describe(e));
        }
        if (node == null || !node.isObject()) {
            return SourceRecord.bad(l.lineNo(), l.byteOffset(), raw, RejectReason.NOT_AN_OBJECT,
                    "expected a JSON object");
        }
        if (JsonlRowReader.hasUnpairedSurrogate(l.text()) || hasSurrogateEscape(node)) {
            return SourceRecord.bad(l.lineNo(), l.byteOffset(), raw, RejectReason.UNPAIRED_SURROGATE,
                    "a value holds an unpaired UTF-16 surrogate escape");
        }
        return SourceRecord.ok(l.lineNo(), l.byteOffset(), raw, json.flatten(node));
    }

    private static boolean hasSurrogateEscape(JsonNode node) {
        if (node.isTextual()) {
            return JsonlRowReader.hasUnpairedSurrogate(node.textValue());
        }
        for (JsonNode child : node) {
            if (hasSurrogateEscape(child)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<String> columns() {
        return json.columns();
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
