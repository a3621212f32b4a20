package ringscope.importer;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ringscope.model.RejectReason;

/**
 * Applies a {@link MappingProfile} to one source record: native interaction cells in {@link FileKind#INTERACTIONS}
 * order, with the timestamp parsed as declared and written back as ISO-8601 UTC (so the native validation that follows
 * sees one notation), the latency computed from start/end columns, and a stable interaction id when the log has none:
 * the first 16 hex digits of the file's SHA-256, a colon and the line number. Immutable once built; not tied to a
 * thread.
 */
final class RecordMapper {
    private static final int TS = FileKind.INTERACTIONS.indexOf("ts");
    private static final int ID = FileKind.INTERACTIONS.indexOf("interaction_id");

    /** The mapped cells, the parsed time and whether it fell in a DST overlap. */
    record Mapped(String[] cells, long tsMs, boolean ambiguous) {}

    private final MappingProfile profile;
    private final TimestampParser time;
    private final Set<String> missing;
    private final String idPrefix;

    RecordMapper(MappingProfile profile, String fileSha256) {
        this.profile = profile.validated();
        this.time = TimestampParser.compile(profile.time());
        this.missing = new HashSet<>(profile.missing());
        this.missing.add("");
        this.idPrefix = fileSha256 == null ? "preview" : fileSha256.substring(0, 16);
    }

    MappingProfile profile() {
        return profile;
    }

    Mapped map(SourceRecord r) throws RowRejectedException {
        List<String> names = MappingProfile.NATIVE_FIELDS;
        String[] cells = new String[names.size()];
        Map<String, FieldRule> rules = profile.fields();
        TimestampParser.Parsed ts = null;
        for (int i = 0; i < cells.length; i++) {
            FieldRule rule = rules.get(names.get(i));
            if (rule == null) {
                continue;
            }
            if (rule.durationMs() != null) {
                cells[i] = duration(names.get(i), rule.durationMs(), r.values());
                continue;
            }
            String v = value(rule, r.values());
            if (i == TS) {
                if (v == null) {
                    throw new RowRejectedException(RejectReason.MISSING_FIELD,
                            "field ts (" + rule.describe() + ") is empty");
                }
                ts = time.parse("ts", v);
                v = Instant.ofEpochMilli(ts.epochMs()).toString();
            }
            cells[i] = v;
        }
        if (cells[ID] == null) {
            cells[ID] = idPrefix + ":" + r.lineNo();
        }
        return new Mapped(cells, ts.epochMs(), ts.ambiguous());
    }

    private String value(FieldRule rule, Map<String, String> values) {
        if (rule.constant() != null) {
            return rule.constant();
        }
        if (rule.column() != null) {
            return cell(rule.column(), values);
        }
        if (rule.firstOf() != null) {
            for (String c : rule.firstOf()) {
                String v = cell(c, values);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }
        StringBuilder b = new StringBuilder();
        String sep = rule.separator() == null ? "|" : rule.separator();
        for (String c : rule.combine()) {
            String v = cell(c, values);
            if (v != null) {
                b.append(b.length() > 0 ? sep : "").append(v);
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    private String duration(String field, List<String> cols, Map<String, String> values)
            throws RowRejectedException {
        String start = cell(cols.get(0), values);
        String end = cell(cols.get(1), values);
        if (start == null || end == null) {
            return null;
        }
        long ms = time.parse(cols.get(1), end).epochMs() - time.parse(cols.get(0), start).epochMs();
        if (ms < 0) {
            throw FieldParsers.reject(RejectReason.OUT_OF_RANGE, field, String.valueOf(ms),
                    "is negative (" + cols.get(1) + " before " + cols.get(0) + ")");
        }
        return String.valueOf(ms);
    }

    /** The value of a source column, or null when absent or a missing-value token. */
    String cell(String column, Map<String, String> values) {
        String v = values.get(column);
        return v == null || missing.contains(v) ? null : v;
    }
}
