package ringscope.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One analyst action as stored in the hash-chained action log. See docs/casework.md for the canonical form that
 * {@code hash} covers.
 *
 * @param seq position in the log, 1, 2, 3, ... without gaps
 * @param actor who acted (OS user name or the name set in preferences)
 * @param atMs when, epoch milliseconds UTC
 * @param action what kind of action
 * @param target what it was done to, {@code KIND:key} (a {@link Target}, or {@code TAG:id}, {@code NOTE:id},
 *     {@code VIEW:id}, {@code EVENT:seq} for undo/redo, {@code SELECTION:n} for several targets)
 * @param refSeq for UNDO and REDO the seq of the event undone or redone; 0 otherwise
 * @param summary one line for people, e.g. {@code Tagged 3 clusters "needs review"}
 * @param beforeJson canonical JSON array of the changed state before the action
 * @param afterJson canonical JSON array of the same state after it
 * @param prevHash hash of the previous event (64 zeros for the first)
 * @param hash SHA-256 (lower-case hex) of this event's canonical form, which includes {@code prevHash}
 */
public record ActionEvent(long seq, String actor, long atMs, ActionType action, String target, long refSeq,
        String summary, String beforeJson, String afterJson, String prevHash, String hash) {
    /** The {@code prevHash} of the first event. */
    public static final String GENESIS = "0".repeat(64);

    public ActionEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(beforeJson, "beforeJson");
        Objects.requireNonNull(afterJson, "afterJson");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
    }

    public Instant at() {
        return Instant.ofEpochMilli(atMs);
    }
}
