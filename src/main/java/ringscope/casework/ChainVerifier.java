package ringscope.casework;

import java.util.List;
import ringscope.model.ActionEvent;
import ringscope.model.ChainStatus;

/**
 * Checks an action log's hash chain, wherever the events come from (the case database or an exported case file).
 * Reports the first broken link: a seq out of order or missing (an event removed or reordered), a previous-hash that
 * does not match the event before (removed, inserted or reordered), or a hash that does not match the event's content
 * (changed). A removed tail is not visible from the events alone: compare {@link ChainStatus#headHash()} with the head
 * recorded elsewhere (the case file's manifest). Stateless.
 */
public final class ChainVerifier {
    private ChainVerifier() {}

    /** Verifies {@code events}, which must be in the order they were stored (seq order for the database). */
    public static ChainStatus verify(List<ActionEvent> events) {
        String prev = ActionEvent.GENESIS;
        for (int i = 0; i < events.size(); i++) {
            ActionEvent e = events.get(i);
            long expectedSeq = i + 1L;
            if (e.seq() != expectedSeq) {
                return ChainStatus.broken(events.size(), i, "event " + i + " has seq " + e.seq() + ", expected "
                        + expectedSeq + " (an event was removed, inserted or reordered)");
            }
            if (!e.prevHash().equals(prev)) {
                return ChainStatus.broken(events.size(), i, "event seq " + e.seq()
                        + " does not link to the event before it (previous hash differs)");
            }
            String actual = ChainHasher.hash(e);
            if (!actual.equals(e.hash())) {
                return ChainStatus.broken(events.size(), i, "event seq " + e.seq()
                        + " was changed after it was written (its content no longer matches its hash)");
            }
            prev = e.hash();
        }
        return ChainStatus.verified(events.size(), prev);
    }
}
