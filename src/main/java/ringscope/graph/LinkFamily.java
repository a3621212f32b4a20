package ringscope.graph;

import ringscope.model.LinkRule;

/**
 * Groups of link rules that share an edge colour, so the legend stays short: what is shared says which family
 * (identity, network, content, timing, sign-up, client). The precision tier decides the line pattern.
 */
public enum LinkFamily {
    IDENTITY("#C62828", "same key, card or replacement account"),
    NETWORK("#1565C0", "same IP, network or proxy pool"),
    CONTENT("#6A1B9A", "same prompts, end users or relay"),
    TIMING("#2E7D32", "same hours, load or model switch"),
    SIGNUP("#EF6C00", "sign-up burst or email pattern"),
    CLIENT("#616161", "same user agent"),
    OTHER("#9E9E9E", "other rules");

    private final String colour;
    private final String meaning;

    LinkFamily(String colour, String meaning) {
        this.colour = colour;
        this.meaning = meaning;
    }

    /** {@code #RRGGBB}. */
    public String colour() {
        return colour;
    }

    /** For the legend. */
    public String meaning() {
        return meaning;
    }

    /** The CSS class of edges of this family. */
    public String cssClass() {
        return "f" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The family of a rule, by name, so that rules added later fall into {@link #OTHER} until placed. */
    public static LinkFamily of(LinkRule rule) {
        return switch (rule.name()) {
            case "SHARED_API_KEY", "SHARED_PAYMENT", "HYDRA_SUCCESSION" -> IDENTITY;
            case "SHARED_IP", "SHARED_NETWORK", "SHARED_PREFIX", "PROXY_POOL" -> NETWORK;
            case "SHARED_TEMPLATE", "SHARED_END_USER", "RELAY_FANOUT" -> CONTENT;
            case "SYNCHRONIZED_ACTIVITY", "LOAD_BALANCED", "MODEL_PIVOT" -> TIMING;
            case "SIGNUP_BURST", "EMAIL_PATTERN", "SHARED_EMAIL_DOMAIN" -> SIGNUP;
            case "SHARED_USER_AGENT" -> CLIENT;
            default -> OTHER;
        };
    }
}
