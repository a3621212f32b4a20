package ringscope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import ringscope.model.ClusterLink;
import ringscope.model.LinkRule;

/** The packed form of a run's folded links between clusters (cluster_pair_link, V9) gives back what was packed. */
class ClusterPairChunksTest {
    @Test
    void aFullChunkOfEveryRuleUnpacksToTheSameEntriesInOrder() {
        List<ClusterLink> links = new ArrayList<>();
        LinkRule[] rules = LinkRule.values();
        for (int i = 0; i < ClusterPairChunks.CHUNK; i++) {
            links.add(new ClusterLink(10_000_000_000L + i, 20_000_000_000L - i, rules[(i * 7) % rules.length],
                    i * 31, i / 3.0 + 0.1, i % 5 == 0 ? -1 : 1_700_000_000_000L + i, 1_800_000_000_000L - i));
        }
        ClusterPairChunks.Chunk chunk = ClusterPairChunks.pack(links);
        assertThat(chunk.entries()).isEqualTo(ClusterPairChunks.CHUNK);
        assertThat(chunk.packed()).hasSize(ClusterPairChunks.CHUNK * ClusterPairChunks.BYTES_PER_ENTRY);
        assertThat(chunk.rules().split(",")).containsExactlyInAnyOrder(Arrays.stream(rules).map(LinkRule::name)
                .toArray(String[]::new));

        List<ClusterLink> back = new ArrayList<>();
        ClusterPairChunks.unpack(chunk, back);
        assertThat(back).isEqualTo(links);
    }

    @Test
    void anEmptyChunkUnpacksToNothingAndAnOversizedOrTruncatedOneIsRefused() {
        List<ClusterLink> none = new ArrayList<>();
        ClusterPairChunks.Chunk empty = ClusterPairChunks.pack(List.of());
        assertThat(empty.rules()).isEmpty();
        ClusterPairChunks.unpack(empty, none);
        assertThat(none).isEmpty();

        ClusterLink l = new ClusterLink(1, 2, LinkRule.SHARED_IP, 3, 1.5, -1, -1);
        assertThatThrownBy(() -> ClusterPairChunks.pack(java.util.Collections.nCopies(ClusterPairChunks.CHUNK + 1,
                l))).isInstanceOf(IllegalArgumentException.class);
        ClusterPairChunks.Chunk one = ClusterPairChunks.pack(List.of(l));
        ClusterPairChunks.Chunk truncated = new ClusterPairChunks.Chunk(1, one.rules(), Arrays.copyOf(one.packed(),
                44));
        assertThatThrownBy(() -> ClusterPairChunks.unpack(truncated, new ArrayList<>()))
                .isInstanceOf(IllegalStateException.class);
    }
}
