package ringscope.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ringscope.model.LinkRule;
import ringscope.model.SharedValue;

class LinkSinkTest {
    @Test
    void linkedPairsAreEveryLinkedPairOnceInAscendingKeyOrder() {
        LinkSink sink = new LinkSink();
        SharedValue ip = sink.value(LinkRule.SHARED_IP, "198.51.100.7", 1, 3);
        SharedValue card = sink.value(LinkRule.SHARED_PAYMENT, "pf_1", 2, 2);
        sink.link(ip, 9, 2, 1, 1, -1, -1, "");
        sink.link(ip, 2, 5, 1, 1, -1, -1, "");
        sink.link(card, 2, 9, 1, 1, -1, -1, ""); // the same pair by another rule
        sink.link(ip, 70_000, 3, 1, 1, -1, -1, "");

        assertThat(sink.linkedPairs()).containsExactly(LinkSink.key(2, 5), LinkSink.key(2, 9),
                LinkSink.key(3, 70_000));
        assertThat(new LinkSink().linkedPairs()).isEmpty();
    }

    @Test
    void sortedDistinctKeepsOnlyTheFirstNSortedAndOnce() {
        long[] keys = {5, 1, 5, 3, 1, 99};

        assertThat(LinkSink.sortedDistinct(keys, 5)).containsExactly(1, 3, 5);
    }

    @Test
    void hashKeysGiveBackTheirPairAndSpreadOverDistinctHashes() {
        for (int[] pair : new int[][] {{0, 1}, {7, 3}, {1, Integer.MAX_VALUE}, {125_342, 125_343}}) {
            long k = LinkSink.hashKey(pair[0], pair[1]);
            assertThat(LinkSink.lowOf(k)).isEqualTo(Math.min(pair[0], pair[1]));
            assertThat(LinkSink.highOf(k)).isEqualTo(Math.max(pair[0], pair[1]));
        }
        // every pair among 2,000 accounts: the plain keys share at most 2,048 hash codes (lo ^ hi < 2^11)
        java.util.Set<Integer> plain = new java.util.HashSet<>();
        java.util.Set<Integer> spread = new java.util.HashSet<>();
        for (int a = 0; a < 2_000; a++) {
            for (int b = a + 1; b < 2_000; b++) {
                plain.add(Long.hashCode(LinkSink.key(a, b)));
                spread.add(Long.hashCode(LinkSink.hashKey(a, b)));
            }
        }
        assertThat(plain).hasSizeLessThanOrEqualTo(2_048);
        assertThat(spread).hasSizeGreaterThan(1_990_000); // of 1,999,000 pairs
    }
}
