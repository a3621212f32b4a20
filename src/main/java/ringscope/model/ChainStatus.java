package ringscope.model;

/**
 * Result of verifying the action log's hash chain.
 *
 * @param ok whether every event links to the one before and matches its own hash
 * @param events how many events were checked
 * @param headHash hash of the last event when ok (GENESIS for an empty log); empty when broken
 * @param brokenIndex 0-based position (in seq order) of the first event that fails; -1 when ok
 * @param reason why it fails, for people; empty when ok
 */
public record ChainStatus(boolean ok, long events, String headHash, long brokenIndex, String reason) {
    public static ChainStatus verified(long events, String headHash) {
        return new ChainStatus(true, events, headHash, -1, "");
    }

    public static ChainStatus broken(long events, long index, String reason) {
        return new ChainStatus(false, events, "", index, reason);
    }
}
