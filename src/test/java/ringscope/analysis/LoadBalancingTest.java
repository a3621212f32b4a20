package ringscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.model.AnalysisRun;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.store.CaseStore;

/**
 * LOAD_BALANCED links accounts that share one client's load, not independent clocks that merely match in volume and
 * daily shape (docs/detection.md). Found on the campaign scenario, where three unrelated CI bots (steady volumes, the
 * same round-the-clock curve) were linked on raw hourly correlation and formed a cluster ranked right below the
 * campaigns.
 */
class LoadBalancingTest {
    private static final int HOURS = 8 * 24;

    @TempDir
    Path tmp;

    @Test
    void independentClocksWithTheSameVolumeAndDailyShapeAreNotLoadBalancedButASplitLoadIs() {
        HandMadeCase data = new HandMadeCase().account("clock-1", -100).account("clock-2", -100)
                .account("split-1", -100).account("split-2", -100);
        Random noise1 = new Random(1);
        Random noise2 = new Random(2);
        Random load = new Random(3);
        for (int h = 0; h < HOURS; h++) {
            int shape = 3 + (int) Math.round(2 * Math.sin(2 * Math.PI * h / 24));
            // each clock: the shared daily curve plus its own jitter of -1..1
            uses(data, "clock-1", h, shape + noise1.nextInt(3) - 1, "ci-runner/2.0", "10.70.1.1");
            uses(data, "clock-2", h, shape + noise2.nextInt(3) - 1, "ci-runner/2.0", "10.70.2.1");
            // one client's load, the same curve plus bursts, split round-robin over two accounts
            int total = shape + load.nextInt(7);
            uses(data, "split-1", h, (total + 1) / 2, "balancer/1.0", "10.71.1.1");
            uses(data, "split-2", h, total / 2, "balancer/1.0", "10.71.2.1");
        }
        try (CaseStore store = data.open(tmp)) {
            AnalysisRun run = HandMadeCase.analyse(store);
            AnalysisQueries q = new AnalysisQueries(store);
            List<Integer> clocks = List.of(q.accountRef("clock-1").orElseThrow(),
                    q.accountRef("clock-2").orElseThrow());
            List<Integer> split = List.of(q.accountRef("split-1").orElseThrow(),
                    q.accountRef("split-2").orElseThrow());

            assertThat(q.linksBetween(run.id(), clocks)).extracting(LinkRecord::rule)
                    .containsExactly(LinkRule.SHARED_USER_AGENT);
            assertThat(q.linksBetween(run.id(), split)).extracting(LinkRecord::rule)
                    .contains(LinkRule.SHARED_USER_AGENT, LinkRule.LOAD_BALANCED);
        }
    }

    private static void uses(HandMadeCase data, String account, int hour, int count, String agent, String ip) {
        for (int i = 0; i < count; i++) {
            data.use(account, hour + (i + 0.5) / (count + 1), "k-" + account, ip, agent, "model-a", "", "");
        }
    }
}
