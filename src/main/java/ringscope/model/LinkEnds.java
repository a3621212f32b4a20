package ringscope.model;

import java.util.Objects;

/**
 * The part of a stored link a graph needs to draw it: id, the two accounts ({@code accountA < accountB}), rule,
 * weight and when its evidence starts and ends (epoch ms UTC, -1 unknown). The receipts stay in {@link LinkRecord}.
 */
public record LinkEnds(long id, int accountA, int accountB, LinkRule rule, double weight, long firstMs,
        long lastMs) {
    public LinkEnds {
        Objects.requireNonNull(rule, "rule");
    }
}
