package ringscope.model;

/**
 * A link between two accounts (surrogate refs, {@code accountA < accountB}) with its receipts: the rule, the weight
 * after commonness, the shared value (with how many accounts share it), how many source rows stand behind it
 * ({@code evidenceCount}), when ({@code firstMs..lastMs}, epoch ms UTC, -1 when unknown) and a per-pair detail
 * ("r = 0.62", "23 shared IPs"). The rows are listed by {@code AnalysisQueries.rowsBehindLink}.
 */
public record LinkRecord(long id, long runId, int accountA, int accountB, LinkRule rule, double weight,
        SharedValue value, long evidenceCount, long firstMs, long lastMs, String detail) {

    public LinkRecord {
        if (accountA >= accountB) {
            throw new IllegalArgumentException("a link needs accountA < accountB, got " + accountA + ", " + accountB);
        }
    }

    public LinkRule.Tier tier() {
        return rule.tier();
    }

    /** The account at the other end from {@code account}, which must be one of the two. */
    public int other(int account) {
        if (account != accountA && account != accountB) {
            throw new IllegalArgumentException("account " + account + " is not an end of link " + id);
        }
        return account == accountA ? accountB : accountA;
    }

    /** One sentence for people: what is shared, how common it is, how many rows stand behind it. */
    public String explanation() {
        String shown = value.text().length() > 120 ? value.text().substring(0, 120) + "\u2026" : value.text();
        String extra = detail.isEmpty() ? "" : ", " + detail;
        return String.format("The two accounts %s (%s%s): %s; %,d source rows.", rule.phrase(), shown, extra,
                value.commonness(), evidenceCount);
    }
}
