package ringscope.model;

/** Activity in one time bin starting at {@code startMs}: interactions and tokens summed over a set of accounts. */
public record HistogramBin(long startMs, long interactions, long inputTokens, long outputTokens) {
    public long tokens() {
        return inputTokens + outputTokens;
    }
}
