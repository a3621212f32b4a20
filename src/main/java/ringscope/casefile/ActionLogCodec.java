package ringscope.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import ringscope.casework.CanonicalJson;
import ringscope.casework.ChainHasher;
import ringscope.model.ActionEvent;
import ringscope.model.ActionType;

/**
 * The action log as JSON lines: one event per line with every hashed field, {@code before}/{@code after} as JSON
 * values (re-canonicalised when read, which gives back the stored text since that text is canonical), and the hash.
 * Reading checks every field's type and refuses unknown actions. Stateless.
 */
final class ActionLogCodec {
    private ActionLogCodec() {}

    static byte[] write(List<ActionEvent> events) {
        StringBuilder b = new StringBuilder();
        for (ActionEvent e : events) {
            ObjectNode o = CaseFileJson.mapper().createObjectNode();
            o.put("seq", e.seq());
            o.put("actor", e.actor());
            o.put("at", ChainHasher.formatTime(e.atMs()));
            o.put("atMs", e.atMs());
            o.put("action", e.action().name());
            o.put("target", e.target());
            o.put("ref", e.refSeq());
            o.put("summary", e.summary());
            o.set("before", parse(e.beforeJson()));
            o.set("after", parse(e.afterJson()));
            o.put("prev", e.prevHash());
            o.put("hash", e.hash());
            b.append(CaseFileJson.line(o)).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Events of an {@value CaseFileFormat#ACTION_LOG} entry, in file order; a bad line names its number. */
    static List<ActionEvent> read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<ActionEvent> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isEmpty() && i == lines.length - 1) {
                break;
            }
            String where = CaseFileFormat.ACTION_LOG + " line " + (i + 1);
            JsonNode o = CaseFileJson.read(where, lines[i].getBytes(StandardCharsets.UTF_8));
            try {
                out.add(new ActionEvent(num(o, "seq"), str(o, "actor"), num(o, "atMs"),
                        ActionType.valueOf(str(o, "action")), str(o, "target"), num(o, "ref"), str(o, "summary"),
                        CanonicalJson.write(field(o, "before")), CanonicalJson.write(field(o, "after")),
                        str(o, "prev"), str(o, "hash")));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new BundleException(where + ": not an action event (" + e.getMessage() + ")", e);
            }
        }
        return out;
    }

    private static JsonNode parse(String json) {
        return CaseFileJson.read("action log", json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode field(JsonNode o, String name) {
        JsonNode v = o.get(name);
        if (v == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return v;
    }

    private static String str(JsonNode o, String name) {
        JsonNode v = field(o, name);
        if (!v.isTextual()) {
            throw new IllegalArgumentException(name + " is not a string");
        }
        return v.textValue();
    }

    private static long num(JsonNode o, String name) {
        JsonNode v = field(o, name);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new IllegalArgumentException(name + " is not an integer");
        }
        return v.longValue();
    }
}
