package ringscope.analysis.rules;

import ringscope.model.LinkRule;

/**
 * Link weights. A link of tier strong/medium/weak weighs 3 / 1 / 0.3 times the commonness factor of its value:
 * {@code min(1, 2 / log2(1 + n))} for a value shared by n accounts (n ≤ 3: 1.0; 10: 0.58; 40: 0.37; 300: 0.24).
 * With the default binding threshold 0.5 one strong link binds a pair, a medium one binds only for a value shared by
 * at most 15 accounts, and a weak one never binds alone.
 */
public final class Commonness {
    private Commonness() {}

    public static double tierWeight(LinkRule.Tier tier) {
        return switch (tier) {
            case STRONG -> 3.0;
            case MEDIUM -> 1.0;
            case WEAK -> 0.3;
        };
    }

    /** The factor for a value shared by {@code accounts} accounts (at least 2). */
    public static double factor(int accounts) {
        return Math.min(1.0, 2.0 / (Math.log(1 + Math.max(2, accounts)) / Math.log(2)));
    }

    /** Tier weight × commonness factor. */
    public static double weight(LinkRule rule, int accounts) {
        return tierWeight(rule.tier()) * factor(accounts);
    }
}
