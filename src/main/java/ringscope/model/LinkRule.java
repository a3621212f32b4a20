package ringscope.model;

/**
 * The link rules of the analysis, each with its precision tier and the phrase that completes "the two accounts ...".
 * One class per rule in {@code ringscope.analysis.rules} documents its parameters (see docs/detection.md). Stored by
 * name in the case: never rename a constant.
 */
public enum LinkRule {
    SHARED_API_KEY(Tier.STRONG, "use the same API key"),
    SHARED_PAYMENT(Tier.STRONG, "pay with the same payment instrument"),
    HYDRA_SUCCESSION(Tier.STRONG, "are a banned account and its replacement on the same infrastructure"),
    SHARED_IP(Tier.MEDIUM, "used the same IP address at about the same time"),
    SHARED_TEMPLATE(Tier.MEDIUM, "send the same prompt template"),
    SHARED_END_USER(Tier.MEDIUM, "serve the same end user"),
    SIGNUP_BURST(Tier.MEDIUM, "signed up minutes apart from the same network or rare verification path"),
    SYNCHRONIZED_ACTIVITY(Tier.MEDIUM, "rise and fall together hour by hour, beyond the daily and weekly rhythm"),
    LOAD_BALANCED(Tier.MEDIUM, "carry near-identical hourly volumes, as if one client spread its load over them"),
    PROXY_POOL(Tier.MEDIUM, "rotate their API keys through the same pool of IP addresses"),
    RELAY_FANOUT(Tier.MEDIUM, "both relay traffic for many end users or clients and share infrastructure"),
    MODEL_PIVOT(Tier.WEAK, "switched to a newly released model within minutes of each other"),
    SHARED_USER_AGENT(Tier.WEAK, "use the same user agent (client or device)"),
    SHARED_NETWORK(Tier.WEAK, "use addresses in the same /24 network or autonomous system"),
    EMAIL_PATTERN(Tier.WEAK, "have email addresses of the same machine-made shape"),
    SHARED_EMAIL_DOMAIN(Tier.WEAK, "have email addresses at the same uncommon domain");

    /** How much one link of a rule says on its own; strong links bind alone, weak ones only with support. */
    public enum Tier {
        STRONG,
        MEDIUM,
        WEAK
    }

    private final Tier tier;
    private final String phrase;

    LinkRule(Tier tier, String phrase) {
        this.tier = tier;
        this.phrase = phrase;
    }

    public Tier tier() {
        return tier;
    }

    /** Completes "the two accounts ..." in explanations. */
    public String phrase() {
        return phrase;
    }
}
