package ringscope.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import ringscope.model.RejectReason;

/**
 * Reads one JSON object per line. Each line is parsed on its own with {@link StrictJson}, so a bad line is quarantined
 * with its line number and reading resumes at the next line. Field types are checked against the file kind: text
 * fields must be JSON strings, integer fields JSON integers; unknown fields (including {@code @class}) are ignored and
 * listed, never interpreted.
 */
final class JsonlRowReader implements RowReader {
    static final int MAX_LINE_BYTES = 4 << 20;
    private static final int RAW_EXCERPT = 1000;

    private final FileKind kind;
    private final InputStream in;
    private final LineSource lines;
    private final ObjectMapper mapper = StrictJson.mapper();
    private final TreeSet<String> ignored = new TreeSet<>();
    private long blank;
    private boolean sawData;

    JsonlRowReader(FileKind kind, InputStream in) {
        this.kind = kind;
        this.in = in;
        this.lines = new LineSource(in, MAX_LINE_BYTES);
    }

    @Override
    public RawRow next() throws IOException, ImportFileException {
        LineSource.Line l = lines.next();
        if (l == null) {
            return null;
        }
        String raw = l.raw().length() <= RAW_EXCERPT ? l.raw() : l.raw().substring(0, RAW_EXCERPT) + "…";
        if (l.tooLong()) {
            return RawRow.bad(l.lineNo(), l.byteOffset(), raw, RejectReason.LINE_TOO_LONG,
                    "line is longer than " + MAX_LINE_BYTES + " bytes");
        }
        if (l.invalidUtf8At() >= 0) {
            return RawRow.bad(l.lineNo(), l.byteOffset(), raw, RejectReason.INVALID_UTF8,
                    "invalid UTF-8 at byte offset " + l.invalidUtf8At());
        }
        String text = l.text();
        if (text.isBlank()) {
            blank++;
            return RawRow.blank(l.lineNo(), l.byteOffset());
        }
        if (!sawData) {
            sawData = true;
            String t = text.strip();
            if (t.startsWith("[") || t.equals("{")) {
                throw new ImportFileException("Expected one JSON object per line (JSON Lines); line " + l.lineNo()
                        + " starts a JSON array or a pretty-printed object");
            }
        }
        return parse(l, text, raw);
    }

    private RawRow parse(LineSource.Line l, String text, String raw) throws IOException {
        JsonNode node;
        try (JsonParser p = mapper.createParser(text)) {
            node = StrictJson.readTree(mapper, p);
            if (p.nextToken() != null) {
                return RawRow.bad(l.lineNo(), l.byteOffset(), raw, RejectReason.TRAILING_TOKENS,
                        "more than one JSON value on the line");
            }
        } catch (StreamConstraintsException e) {
            RejectReason r = e.getMessage().contains("nesting") ? RejectReason.NESTING_TOO_DEEP
                    : RejectReason.OUT_OF_RANGE;
            return RawRow.bad(l.lineNo(), l.byteOffset(), raw, r, firstLine(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            return RawRow.bad(l.lineNo(), l.byteOffset(), raw, classify(e), describe(e));
        }
        if (node == null || !node.isObject()) {
            return RawRow.bad(l.lineNo(), l.byteOffset(), raw, RejectReason.NOT_AN_OBJECT,
                    "expected a JSON object");
        }
        return toCells(l, node, raw);
    }

    private RawRow toCells(LineSource.Line l, JsonNode node, String raw) {
        String[] cells = new String[kind.columns().size()];
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            int c = indexOf(f.getKey());
            if (c < 0) {
                ignored.add(f.getKey());
                continue;
            }
            FileKind.Column col = kind.columns().get(c);
            JsonNode v = f.getValue();
            if (v.isNull()) {
                continue;
            }
            if (col.integer() ? !v.isIntegralNumber() : !v.isTextual()) {
                String what = v.isTextual() ? "a string" : v.isNumber() ? "a number" : v.getNodeType().toString();
                RejectReason r = v.isNumber() && !v.isIntegralNumber() && !Double.isFinite(v.doubleValue())
                        ? RejectReason.NON_FINITE : RejectReason.TYPE_MISMATCH;
                return RawRow.bad(l.lineNo(), l.byteOffset(), raw, r, "field=" + col.name() + ": expected "
                        + (col.integer() ? "an integer" : "a string") + ", found " + what);
            }
            String s = col.integer() ? v.bigIntegerValue().toString() : v.textValue();
            if (!col.integer() && hasUnpairedSurrogate(s)) {
                return RawRow.bad(l.lineNo(), l.byteOffset(), raw, RejectReason.UNPAIRED_SURROGATE,
                        "field=" + col.name() + " holds an unpaired UTF-16 surrogate escape");
            }
            cells[c] = s.isEmpty() ? null : s;
        }
        return RawRow.ok(l.lineNo(), l.byteOffset(), cells, raw);
    }

    private int indexOf(String name) {
        List<FileKind.Column> cols = kind.columns();
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static RejectReason classify(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("Duplicate field")) {
            return RejectReason.DUPLICATE_KEY;
        }
        if (m.contains("NaN") || m.contains("Infinity")) {
            return RejectReason.NON_FINITE;
        }
        if (m.contains("Trailing token")) {
            return RejectReason.TRAILING_TOKENS;
        }
        return RejectReason.JSON_SYNTAX;
    }

    private static String describe(JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
        return firstLine(e.getOriginalMessage()) + where;
    }

    private static String firstLine(String s) {
        String t = String.valueOf(s);
        int nl = t.indexOf('\n');
        t = nl < 0 ? t : t.substring(0, nl);
        return t.length() > 300 ? t.substring(0, 300) + "…" : t;
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
