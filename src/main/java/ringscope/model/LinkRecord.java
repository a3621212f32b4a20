package ringscope.model;

/**
 * A link between two accounts (surrogate refs, {@code accountA < accountB}) with its receipts: the shared value, how
 * many accounts share it ({@code valueAccounts}, the commonness), how many source rows stand behind the link and
 * when. {@code termRef} is the dictionary id of the shared value, or 0.
 */
public record LinkRecord(long id, int accountA, int accountB, LinkRule rule, double weight, String sharedValue,
        int termRef, int valueAccounts, long evidenceRows, long firstMs, long lastMs, String explanation) {}
