package ringscope.casefile;

import java.util.List;

/**
 * The outcome of verifying a bundle.
 *
 * @param ok true only when every check passed
 * @param rootHash the manifest's root hash (empty when the manifest could not be read)
 * @param entriesChecked how many entries had their SHA-256 compared
 * @param actionEvents how many action-log events the chain check walked
 * @param findings what failed, each naming the entry; empty when ok
 */
public record Verification(boolean ok, String rootHash, int entriesChecked, long actionEvents,
        List<Finding> findings) {
    public Verification {
        findings = List.copyOf(findings);
    }

    /** One failed check: the entry it concerns and what is wrong, for people. */
    public record Finding(String entry, String problem) {
        @Override
        public String toString() {
            return entry + ": " + problem;
        }
    }

    /** "Verified: 9 entries, root hash ..." or "NOT verified: case.json: hash mismatch; ...". */
    public String headline() {
        if (ok) {
            return "Verified: all " + entriesChecked + " entries match the manifest; " + actionEvents
                    + " logged actions chain correctly; root hash " + rootHash;
        }
        return "NOT verified: " + String.join("; ", findings.stream().map(Finding::toString).toList());
    }
}
