package ringscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.model.AnalysisRun;
import ringscope.model.ClusterMember;
import ringscope.model.ClusterSummary;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.store.CaseStore;

/**
 * A stranger who used one exit of a proxy pool is not pulled into the pool's cluster: a shared address between an
 * account that rotates its keys over many addresses and one that does not counts one over the rotating account's
 * addresses per key (docs/detection.md, SHARED_IP). Found on the campaign scenario (seed 7): an ordinary residential
 * user whose home address was also one of a reseller network's 80 proxy exits joined the network's cluster on that
 * one shared address. Accounts that both rotate are weighed address by address as before.
 */
class ProxyExitTest {
    private static final int EXITS = 40;

    @TempDir
    Path tmp;

    @Test
    void aStrangerOnOneProxyExitIsLinkedWeaklyAndStaysOutOfThePoolsCluster() {
        HandMadeCase data = new HandMadeCase().account("pool-1", -100).account("pool-2", -100)
                .account("pool-3", -100).account("resident", -100);
        for (int h = 0; h < 4 * EXITS; h++) {
            for (int p = 1; p <= 3; p++) {
                // one key each, over 40 exits
                data.use("pool-" + p, h + 0.1 * p, "k-pool-" + p, "10.90.0." + (1 + (h + p) % EXITS), "pooler/2.0",
                        "model-a", "", "");
            }
            if (h % 4 == 0) {
                // the resident's home line, also a pool exit
                data.use("resident", h + 0.5, "k-resident", "10.90.0.7", "browser/1.0", "model-a", "", "");
            }
        }
        try (CaseStore store = data.open(tmp)) {
            AnalysisRun run = HandMadeCase.analyse(store);
            AnalysisQueries q = new AnalysisQueries(store);
            int resident = q.accountRef("resident").orElseThrow();
            List<Integer> pool = List.of(q.accountRef("pool-1").orElseThrow(), q.accountRef("pool-2").orElseThrow(),
                    q.accountRef("pool-3").orElseThrow());

            for (int member : pool) {
                LinkRecord l = q.linksBetween(run.id(), List.of(resident, member)).stream()
                        .filter(k -> k.rule() == LinkRule.SHARED_IP).findFirst().orElseThrow();
                assertThat(l.weight()).isGreaterThan(0).isLessThan(0.05);
                assertThat(l.detail()).contains("rotates its keys over 40 addresses");
            }
            List<LinkRecord> inPool = q.linksBetween(run.id(), pool.subList(0, 2));
            assertThat(inPool).extracting(LinkRecord::rule).contains(LinkRule.SHARED_IP, LinkRule.PROXY_POOL);
            assertThat(inPool.stream().filter(l -> l.rule() == LinkRule.SHARED_IP).findFirst().orElseThrow()
                    .weight()).isGreaterThan(0.5);

            ClusterSummary cluster = q.clusters(run.id()).stream().filter(k -> members(q, k).containsAll(pool))
                    .findFirst().orElseThrow();
            assertThat(members(q, cluster)).containsExactlyInAnyOrderElementsOf(pool).doesNotContain(resident);
        }
    }

    private static Set<Integer> members(AnalysisQueries q, ClusterSummary k) {
        return q.members(k.id()).stream().map(ClusterMember::accountRef).collect(Collectors.toSet());
    }
}
