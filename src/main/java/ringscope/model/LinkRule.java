package ringscope.model;

/** The link rules of the analysis, each with its precision tier. Stored by name; never rename a constant. */
public enum LinkRule {
    SHARED_API_KEY(Tier.STRONG, "share an API key"),
    SHARED_PAYMENT(Tier.STRONG, "share a payment instrument"),
    HYDRA_SUCCESSION(Tier.STRONG, "replacement created on the banned account's infrastructure"),
    SHARED_IP(Tier.MEDIUM, "use the same IP address"),
    SHARED_TEMPLATE(Tier.MEDIUM, "send the same prompt template"),
    SHARED_END_USER(Tier.MEDIUM, "serve the same end user"),
    SIGNUP_BURST(Tier.MEDIUM, "signed up minutes apart from the same network and verification path"),
    SYNCHRONIZED_ACTIVITY(Tier.MEDIUM, "are active in the same hours (correlated hourly activity)"),
    SHARED_USER_AGENT(Tier.WEAK, "use the same user agent"),
    SHARED_PREFIX(Tier.WEAK, "sign up from the same /24 network"),
    EMAIL_PATTERN(Tier.WEAK, "have emails of the same shape at an uncommon domain");

    /** How much a link of this rule alone says. */
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
