package ringscope.training;

import java.util.ArrayList;
import java.util.List;

/**
 * How a trainee's tags compare with the answer key.
 *
 * @param tagged accounts the trainee tagged (directly or through a tagged cluster)
 * @param precision share of tagged accounts that belong to a planted fraud network (1 when nothing was tagged)
 * @param recall share of all fraud-network accounts that were tagged
 * @param networks one line per planted fraud network
 * @param traps benign look-alikes the trainee tagged accounts of
 * @param falsePositives tagged accounts in no planted cluster at all
 */
public record ExerciseScore(int tagged, double precision, double recall, List<NetworkResult> networks,
        List<TrapResult> traps, int falsePositives) {
    /** A share of a network's members at least this large counts as "found". */
    public static final double FOUND_SHARE = 0.5;

    public ExerciseScore {
        networks = List.copyOf(networks);
        traps = List.copyOf(traps);
    }

    /** One planted fraud network: how many members were tagged, and the signals that show it. */
    public record NetworkResult(String id, String kind, int members, int taggedMembers,
            List<AnswerKey.Signal> signals) {
        public boolean found() {
            return members > 0 && (double) taggedMembers / members >= FOUND_SHARE;
        }
    }

    /** A benign trap the trainee tagged accounts of, and why it is benign. */
    public record TrapResult(String id, int taggedMembers, String whyBenign, List<AnswerKey.Signal> signals) {}

    /** Feedback for people: per network found or missed (with the signals that would have shown a miss), traps. */
    public List<String> feedback() {
        List<String> out = new ArrayList<>();
        out.add(String.format("Tagged %d accounts: precision %.2f, recall %.2f; %d of %d planted networks found.",
                tagged, precision, recall, networks.stream().filter(NetworkResult::found).count(), networks.size()));
        for (NetworkResult n : networks) {
            if (n.found()) {
                out.add(String.format("FOUND %s (%s): %d of %d members tagged.", n.id(), n.kind(), n.taggedMembers(),
                        n.members()));
            } else {
                out.add(String.format("MISSED %s (%s): %d of %d members tagged. Signals that would have shown it:",
                        n.id(), n.kind(), n.taggedMembers(), n.members()));
                n.signals().forEach(s -> out.add("  - " + s.name() + ": " + s.description()));
            }
        }
        for (TrapResult t : traps) {
            out.add(String.format("TRAP %s: %d accounts wrongly tagged. Why it is benign: %s", t.id(),
                    t.taggedMembers(), t.whyBenign()));
        }
        if (falsePositives > 0) {
            out.add(falsePositives + " tagged accounts belong to no planted cluster.");
        }
        return out;
    }
}
