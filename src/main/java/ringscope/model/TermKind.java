package ringscope.model;

/** What a dictionary term is; stored by {@link #code()}, never rename a code. */
public enum TermKind {
    API_KEY("api_key"),
    IP("ip"),
    USER_AGENT("user_agent"),
    MODEL("model"),
    CATEGORY("category"),
    STATUS("status"),
    TEMPLATE("template"),
    END_USER("end_user");

    private final String code;

    TermKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static TermKind ofCode(String code) {
        for (TermKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown term kind " + code);
    }
}
