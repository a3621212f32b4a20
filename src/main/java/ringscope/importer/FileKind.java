package ringscope.importer;

import java.util.List;

/** The files of a native dataset (ARCHITECTURE.md), in the order they are imported, with their columns. */
enum FileKind {
    ACCOUNTS("accounts", true, cols(
            "account_id*", "created_at*", "email_domain", "email_hash", "org_name", "signup_ip",
            "payment_fingerprint", "billing_country", "verification_path", "plan", "status", "status_changed_at")),
    IP_INFO("ip_info", false, cols("ip_or_prefix*", "asn", "asn_org", "ip_type", "country")),
    PAYMENTS("payments", false, cols("account_id*", "instrument_fingerprint*", "ts*", "outcome*")),
    INTERACTIONS("interactions", true, cols(
            "interaction_id*", "ts*", "account_id*", "api_key_id", "ip", "user_agent", "model", "category",
            "input_tokens*#", "output_tokens*#", "latency_ms#", "status", "prompt_template_hash", "end_user")),
    EVENTS("events", false, cols("ts*", "kind*", "label*", "account_id"));

    /**
     * A column; required columns must be present in the header and non-empty in every row; integer columns must be
     * JSON integers in JSONL (CSV cells are text and are range-checked by the row converter).
     */
    record Column(String name, boolean required, boolean integer) {}

    private final String baseName;
    private final boolean requiredFile;
    private final List<Column> columns;

    FileKind(String baseName, boolean requiredFile, List<Column> columns) {
        this.baseName = baseName;
        this.requiredFile = requiredFile;
        this.columns = columns;
    }

    private static List<Column> cols(String... specs) {
        return java.util.Arrays.stream(specs)
                .map(s -> new Column(s.replace("*", "").replace("#", ""), s.contains("*"), s.contains("#")))
                .toList();
    }

    String baseName() {
        return baseName;
    }

    boolean requiredFile() {
        return requiredFile;
    }

    List<Column> columns() {
        return columns;
    }

    int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException(column);
    }

    /** JSONL is accepted for interactions only (the other files are small tables). */
    boolean acceptsJsonl() {
        return this == INTERACTIONS;
    }
}
