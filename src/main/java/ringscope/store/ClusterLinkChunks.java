package ringscope.store;

import java.nio.ByteBuffer;
import java.util.List;
import ringscope.model.LinkEnds;
import ringscope.model.LinkRule;

/**
 * The packed form of a cluster's links in {@code cluster_link} (V7): up to {@value #CHUNK} links per row, each as
 * id, account_a, account_b, rule byte, weight, first_ms, last_ms (41 bytes, big-endian); the rule byte indexes the
 * row's comma-separated rule names, so the format does not depend on the order of {@link LinkRule}. Decoding 192k
 * links takes milliseconds where reading them as 192k rows took seconds. Stateless.
 */
final class ClusterLinkChunks {
    static final int CHUNK = 4_096;
    static final int BYTES_PER_LINK = 41;

    /** One packed row: how many links, the rule names its rule bytes point to, the bytes. */
    record Chunk(int links, String rules, byte[] packed) {}

    private ClusterLinkChunks() {}

    /** Packs up to {@value #CHUNK} links. */
    static Chunk pack(List<LinkEnds> links) {
        if (links.size() > CHUNK) {
            throw new IllegalArgumentException("at most " + CHUNK + " links per chunk: " + links.size());
        }
        RuleBytes rules = new RuleBytes();
        ByteBuffer b = ByteBuffer.allocate(links.size() * BYTES_PER_LINK);
        for (LinkEnds l : links) {
            b.putLong(l.id()).putInt(l.accountA()).putInt(l.accountB());
            b.put(rules.of(l.rule()));
            b.putDouble(l.weight()).putLong(l.firstMs()).putLong(l.lastMs());
        }
        return new Chunk(links.size(), rules.names(), b.array());
    }

    /** Appends the links of a packed row to {@code out}, in the order they were packed. */
    static void unpack(Chunk chunk, List<LinkEnds> out) {
        unpack(chunk, null, out);
    }

    /**
     * Appends the links of a packed row with both accounts in {@code among} (null: all) to {@code out}, in the order
     * they were packed; a link left out costs no object.
     */
    static void unpack(Chunk chunk, java.util.BitSet among, List<LinkEnds> out) {
        if (chunk.packed().length != chunk.links() * BYTES_PER_LINK) {
            throw new IllegalStateException("cluster_link chunk of " + chunk.links() + " links has "
                    + chunk.packed().length + " bytes");
        }
        List<LinkRule> rules = RuleBytes.parse(chunk.rules());
        ByteBuffer b = ByteBuffer.wrap(chunk.packed());
        for (int i = 0; i < chunk.links(); i++) {
            long id = b.getLong();
            int a = b.getInt();
            int bb = b.getInt();
            if (among != null && !(among.get(a) && among.get(bb))) {
                b.position(b.position() + BYTES_PER_LINK - 16);
                continue;
            }
            LinkRule rule = rules.get(b.get());
            out.add(new LinkEnds(id, a, bb, rule, b.getDouble(), b.getLong(), b.getLong()));
        }
    }
}
