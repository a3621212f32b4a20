package ringscope.importer;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Proposes a first mapping for a file the user has not mapped before: each native field takes the first source
 * column whose name is a known synonym (case-insensitive), the timestamp notation is guessed from the first value,
 * zone-less times are read as UTC, and {@code -} means "no value". Access logs get their fixed mapping with zero
 * tokens. Only a proposal: the wizard shows it for the user to adjust.
 */
public final class MappingSuggester {
    private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
            Map.entry("interaction_id", List.of("interaction_id", "request_id", "id", "event_id", "uuid")),
            Map.entry("ts", List.of("ts", "timestamp", "time", "starttime", "start_time", "created_at", "date",
                    "datetime", "time_local", "@timestamp")),
            Map.entry("account_id", List.of("account_id", "account", "user", "user_id", "api_key", "key",
                    "remote_user")),
            Map.entry("api_key_id", List.of("api_key_id", "api_key", "key_id", "token")),
            Map.entry("ip", List.of("ip", "client_ip", "remote_addr", "requester_ip_address", "source_ip")),
            Map.entry("user_agent", List.of("user_agent", "http_user_agent", "ua", "useragent")),
            Map.entry("model", List.of("model", "model_name", "model_group")),
            Map.entry("category", List.of("category", "call_type", "request_path")),
            Map.entry("input_tokens", List.of("input_tokens", "prompt_tokens", "tokens_in")),
            Map.entry("output_tokens", List.of("output_tokens", "completion_tokens", "tokens_out")),
            Map.entry("latency_ms", List.of("latency_ms", "duration_ms", "latency")),
            Map.entry("status", List.of("status", "status_code", "http_status")),
            Map.entry("prompt_template_hash", List.of("prompt_template_hash", "template", "template_hash")),
            Map.entry("end_user", List.of("end_user", "end_user_id", "customer")));

    public MappingProfile suggest(String name, SourceFormat format, Preview records) {
        MappingProfile p = new MappingProfile(name, "", format, Map.of(), null, List.of("-"));
        List<String> columns = records.columns();
        for (String field : MappingProfile.NATIVE_FIELDS) {
            for (String synonym : SYNONYMS.getOrDefault(field, List.of())) {
                String col = columns.stream().filter(c -> c.toLowerCase(Locale.ROOT).equals(synonym))
                        .findFirst().orElse(null);
                if (col != null) {
                    p = p.withField(field, FieldRule.column(col));
                    break;
                }
            }
        }
        if (format.type() == SourceFormat.Type.ACCESS_LOG) {
            p = p.withField("input_tokens", FieldRule.constant("0")).withField("output_tokens", FieldRule.constant("0"));
        }
        return p.withTime(TimeFormat.of(guessTime(p, records), "UTC"));
    }

    private static TimeFormat.Kind guessTime(MappingProfile p, Preview records) {
        FieldRule ts = p.fields().get("ts");
        if (ts == null || ts.column() == null || records.rows().isEmpty()) {
            return TimeFormat.Kind.ISO;
        }
        String v = records.rows().get(0).source().getOrDefault(ts.column(), "");
        if (v.matches("\\d{13}")) {
            return TimeFormat.Kind.EPOCH_MS;
        }
        if (v.matches("\\d{9,10}(\\.\\d+)?")) {
            return TimeFormat.Kind.EPOCH_S;
        }
        if (v.matches("\\[?\\d{2}/[A-Za-z]{3}/\\d{4}:.*")) {
            return TimeFormat.Kind.ACCESS_LOG;
        }
        return TimeFormat.Kind.ISO;
    }
}
