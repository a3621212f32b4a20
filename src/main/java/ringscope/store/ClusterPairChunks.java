package ringscope.store;

import java.nio.ByteBuffer;
import java.util.List;
import ringscope.model.ClusterLink;
import ringscope.model.LinkRule;

/**
 * The packed form of a run's folded links between clusters in {@code cluster_pair_link} (V9): up to {@value #CHUNK}
 * entries per row, each as cluster_a, cluster_b, rule byte, links, weight, first_ms, last_ms (45 bytes, big-endian);
 * the rule byte indexes the row's comma-separated rule names, as in {@link ClusterLinkChunks}. Stateless.
 */
final class ClusterPairChunks {
    static final int CHUNK = 4_096;
    static final int BYTES_PER_ENTRY = 45;

    /** One packed row: how many entries, the rule names its rule bytes point to, the bytes. */
    record Chunk(int entries, String rules, byte[] packed) {}

    private ClusterPairChunks() {}

    /** Packs up to {@value #CHUNK} folded links. */
    static Chunk pack(List<ClusterLink> links) {
        if (links.size() > CHUNK) {
            throw new IllegalArgumentException("at most " + CHUNK + " entries per chunk: " + links.size());
        }
        RuleBytes rules = new RuleBytes();
        ByteBuffer b = ByteBuffer.allocate(links.size() * BYTES_PER_ENTRY);
        for (ClusterLink l : links) {
            b.putLong(l.clusterA()).putLong(l.clusterB());
            b.put(rules.of(l.rule()));
            b.putInt(l.links()).putDouble(l.weight()).putLong(l.firstMs()).putLong(l.lastMs());
        }
        return new Chunk(links.size(), rules.names(), b.array());
    }

    /** Appends the entries of a packed row to {@code out}, in the order they were packed. */
    static void unpack(Chunk chunk, List<ClusterLink> out) {
        if (chunk.packed().length != chunk.entries() * BYTES_PER_ENTRY) {
            throw new IllegalStateException("cluster_pair_link chunk of " + chunk.entries() + " entries has "
                    + chunk.packed().length + " bytes");
        }
        List<LinkRule> rules = RuleBytes.parse(chunk.rules());
        ByteBuffer b = ByteBuffer.wrap(chunk.packed());
        for (int i = 0; i < chunk.entries(); i++) {
            long a = b.getLong();
            long bb = b.getLong();
            LinkRule rule = rules.get(b.get());
            out.add(new ClusterLink(a, bb, rule, b.getInt(), b.getDouble(), b.getLong(), b.getLong()));
        }
    }
}
