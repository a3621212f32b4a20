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
}
