package ringscope.training;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything planted before interactions are streamed: the accounts with their behaviour, payments, events and the
 * answer key's clusters. Its size grows with the number of accounts, never with the number of interactions. Also hands
 * out unique ids (the sets are used for membership only, never iterated, so their order cannot leak into output).
 * Not thread-safe.
 */
final class Population {
    private final List<Actor> actors = new ArrayList<>();
    private final List<Records.Payment> payments = new ArrayList<>();
    private final List<Records.Event> events = new ArrayList<>();
    private final List<Records.Cluster> clusters = new ArrayList<>();
    private final Set<String> usedIds = new HashSet<>();

    void add(Actor actor) {
        actors.add(actor);
    }

    void add(Records.Payment payment) {
        payments.add(payment);
    }

    void add(Records.Event event) {
        events.add(event);
    }

    void add(Records.Cluster cluster) {
        clusters.add(cluster);
    }

    List<Actor> actors() {
        return actors;
    }

    List<Records.Payment> payments() {
        return payments;
    }

    List<Records.Event> events() {
        return events;
    }

    List<Records.Cluster> clusters() {
        return clusters;
    }

    /** A new unique id {@code prefix + digits base-32 characters}. */
    String newId(String prefix, int digits, Rng rng) {
        while (true) {
            String id = prefix + Mix.base32(rng.nextLong(), digits);
            if (usedIds.add(id)) {
                return id;
            }
        }
    }

    String newAccountId(Rng rng) {
        return newId("acct_", 10, rng);
    }

    String newApiKey(Rng rng) {
        return newId("key_", 12, rng);
    }

    String newInstrument(Rng rng) {
        return newId("pf_", 12, rng);
    }

    /**
     * An email hash: the first part hashes the shape of the local part (letters, digits, separators, lengths), so
     * addresses made by one script share it; the second part is unique to the address.
     */
    String emailHash(long shapeId, Rng rng) {
        return Mix.hex(Mix.mix(0x5a17e5L, shapeId), 8) + "-" + Mix.hex(rng.nextLong(), 12);
    }

    /** A prompt template hash for a named system prompt. */
    static String templateHash(long seed, String label) {
        return Mix.hex(Mix.mix(seed, Mix.ofText(label)), 16);
    }
}
