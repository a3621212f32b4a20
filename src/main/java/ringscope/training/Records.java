package ringscope.training;

import java.util.List;

/** Rows of the small dataset files and the answer key, as written. Times are epoch seconds. */
final class Records {
    private Records() {}

    /** A row of {@code payments.csv}; outcome is succeeded, declined, refunded or disputed. */
    record Payment(String accountId, String instrument, long ts, String outcome) {}

    /** A row of {@code events.csv}; {@code accountId} is empty for events that concern no single account. */
    record Event(long ts, String kind, String label, String accountId) {}

    /**
     * One planted cluster of the answer key.
     *
     * @param id stable id, for example {@code hydra-1}
     * @param kind reseller, hydra or trap
     * @param fraud whether an analyst should act on it
     * @param trapKind for traps: university_lab, enterprise, ci_bot or agent_framework; otherwise null
     * @param whyBenign for traps: why it is legitimate despite what it looks like; otherwise null
     * @param members account ids, sorted
     * @param signals what gives it away (or, for traps, what makes it look suspicious)
     */
    record Cluster(
            String id, String kind, boolean fraud, String trapKind, String whyBenign, List<String> members,
            List<Signal> signals) {
        Cluster {
            members = members.stream().sorted().toList();
            signals = List.copyOf(signals);
        }
    }

    /**
     * A measurable signal of a planted cluster.
     *
     * @param name a short code, for example {@code shared_payment_instrument}
     * @param description what to look at, in words
     * @param values the concrete shared values (instrument fingerprints, IPs, template hashes, times), may be empty
     */
    record Signal(String name, String description, List<String> values) {
        Signal {
            values = List.copyOf(values);
        }
    }

    /** The answer key file. */
    record AnswerKey(String dataset, String scenario, long seed, List<Cluster> clusters) {
        AnswerKey {
            clusters = List.copyOf(clusters);
        }
    }
}
