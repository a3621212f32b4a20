package ringscope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import ringscope.model.LinkEnds;
import ringscope.model.LinkRule;

/** The packed form of a cluster's links (cluster_link, V7) gives back exactly what was packed. */
class ClusterLinkChunksTest {
    @Test
    void aFullChunkOfLinksOfEveryRuleUnpacksToTheSameLinksInOrder() {
        List<LinkEnds> links = new ArrayList<>();
        LinkRule[] rules = LinkRule.values();
        for (int i = 0; i < ClusterLinkChunks.CHUNK; i++) {
            links.add(new LinkEnds(10_000_000_000L + i, i, Integer.MAX_VALUE - i, rules[(i * 7) % rules.length],
                    i / 3.0, i % 5 == 0 ? -1 : 1_700_000_000_000L + i, 1_800_000_000_000L - i));
        }
        ClusterLinkChunks.Chunk chunk = ClusterLinkChunks.pack(links);
        assertThat(chunk.links()).isEqualTo(ClusterLinkChunks.CHUNK);
        assertThat(chunk.packed()).hasSize(ClusterLinkChunks.CHUNK * ClusterLinkChunks.BYTES_PER_LINK);
        assertThat(chunk.rules().split(",")).containsExactlyInAnyOrder(Arrays.stream(rules).map(LinkRule::name)
                .toArray(String[]::new));

        List<LinkEnds> back = new ArrayList<>();
        ClusterLinkChunks.unpack(chunk, back);
        assertThat(back).isEqualTo(links);
    }

    @Test
    void unpackingAmongSomeAccountsKeepsExactlyTheLinksWithBothEndsAmongThemInOrder() {
        List<LinkEnds> links = new ArrayList<>();
        LinkRule[] rules = LinkRule.values();
        for (int i = 0; i < 1_000; i++) {
            links.add(new LinkEnds(500L + i, i % 37, 40 + i % 53, rules[i % rules.length], i / 7.0, i, 2L * i));
        }
        java.util.BitSet among = new java.util.BitSet();
        for (int ref = 0; ref < 100; ref += 3) {
            among.set(ref);
        }
        List<LinkEnds> kept = new ArrayList<>();
        ClusterLinkChunks.unpack(ClusterLinkChunks.pack(links), among, kept);

        List<LinkEnds> expected = links.stream().filter(l -> l.accountA() % 3 == 0 && l.accountB() % 3 == 0)
                .toList();
        assertThat(expected).isNotEmpty().hasSizeLessThan(links.size());
        assertThat(kept).isEqualTo(expected);
    }

    @Test
    void anEmptyChunkUnpacksToNothingAndAnOversizedOrTruncatedOneIsRefused() {
        List<LinkEnds> none = new ArrayList<>();
        ClusterLinkChunks.unpack(ClusterLinkChunks.pack(List.of()), none);
        assertThat(none).isEmpty();

        LinkEnds l = new LinkEnds(1, 1, 2, LinkRule.SHARED_IP, 1, -1, -1);
        assertThatThrownBy(() -> ClusterLinkChunks.pack(java.util.Collections.nCopies(ClusterLinkChunks.CHUNK + 1,
                l))).isInstanceOf(IllegalArgumentException.class);
        ClusterLinkChunks.Chunk one = ClusterLinkChunks.pack(List.of(l));
        ClusterLinkChunks.Chunk truncated = new ClusterLinkChunks.Chunk(1, one.rules(), Arrays.copyOf(one.packed(),
                40));
        assertThatThrownBy(() -> ClusterLinkChunks.unpack(truncated, new ArrayList<>()))
                .isInstanceOf(IllegalStateException.class);
    }
}
