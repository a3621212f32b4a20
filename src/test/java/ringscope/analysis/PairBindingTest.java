package ringscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.analysis.cluster.PairGraph;
import ringscope.model.AnalysisRun;
import ringscope.model.ClusterParameters;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.model.SharedValue;
import ringscope.model.WhyTogetherReport;
import ringscope.store.CaseStore;

/**
 * How a pair's links bind it (docs/detection.md, {@code PairWeight}). A sign-up burst corroborates and never binds
 * alone: it counts at most as much as the pair's other links (found on the campaign scenario, where a burst of three
 * unrelated sign-ups on one verification path pulled two strangers into a reseller network). A shared template and
 * user agent are one client and count once (found on fresh seeds, where users of one agent framework were bound by
 * the framework's prompt and user agent plus any coincidence).
 */
class PairBindingTest {
    private static final double BURST_OF_3 = Math.log(3) / Math.log(2) / 3;

    @TempDir
    Path tmp;

    @Test
    void aSignUpBurstAloneDoesNotBindTwoAccountsButWithASharedDeviceItDoes() {
        HandMadeCase data = new HandMadeCase();
        // the /24's ordinary history: one sign-up a month, so three within 20 minutes are a burst
        for (int i = 0; i < 6; i++) {
            account(data, "old-" + i, -24 * 30 * (6 - i), i);
        }
        account(data, "burst-1", 0, 10);
        account(data, "burst-2", 1.0 / 6, 11);
        account(data, "burst-3", 2.0 / 6, 12);
        for (int i = 0; i < 6; i++) {
            data.use("old-" + i, 10 + i, "k-old-" + i, "10.60." + i + ".1", "agent-old-" + i, "model-a", "", "");
        }
        data.use("burst-1", 10, "k-b1", "10.61.1.1", "agent-b1", "model-a", "", "");
        data.use("burst-2", 11, "k-b2", "10.61.2.1", "rare-device/1.0", "model-a", "", "");
        data.use("burst-3", 12, "k-b3", "10.61.3.1", "rare-device/1.0", "model-a", "", "");
        try (CaseStore store = data.open(tmp)) {
            AnalysisRun run = HandMadeCase.analyse(store);
            AnalysisQueries q = new AnalysisQueries(store);
            int b1 = q.accountRef("burst-1").orElseThrow();
            int b2 = q.accountRef("burst-2").orElseThrow();
            int b3 = q.accountRef("burst-3").orElseThrow();

            assertThat(q.linksBetween(run.id(), List.of(b1, b2))).singleElement().satisfies(l -> {
                assertThat(l.rule()).isEqualTo(LinkRule.SIGNUP_BURST);
                assertThat(l.weight()).isCloseTo(BURST_OF_3, within(1e-9));
            });
            WhyTogetherReport alone = q.whyTogether(run.id(), b1, b2);
            assertThat(alone.binds()).isFalse();
            assertThat(alone.totalWeight()).isZero();

            assertThat(q.linksBetween(run.id(), List.of(b2, b3))).extracting(LinkRecord::rule)
                    .containsExactlyInAnyOrder(LinkRule.SIGNUP_BURST, LinkRule.SHARED_USER_AGENT);
            WhyTogetherReport supported = q.whyTogether(run.id(), b2, b3);
            assertThat(supported.binds()).isTrue();
            assertThat(supported.totalWeight()).isCloseTo(0.3 + 0.3, within(1e-9));

            assertThat(q.clusters(run.id())).singleElement().satisfies(c -> assertThat(q.members(c.id()))
                    .extracting(m -> m.accountId()).containsExactlyInAnyOrder("burst-2", "burst-3"));
        }
    }

    @Test
    void aBurstCountsAtMostAsMuchAsThePairsOtherLinks() {
        ClusterParameters params = ClusterParameters.defaults();
        LinkRecord burst = link(1, 2, LinkRule.SIGNUP_BURST, 1.0);
        LinkRecord network = link(1, 2, LinkRule.SHARED_NETWORK, 0.2);
        LinkRecord agent = link(1, 2, LinkRule.SHARED_USER_AGENT, 0.3);

        assertThat(PairGraph.of(List.of(burst), params).size()).isZero();
        assertThat(PairGraph.of(List.of(burst, network), params).size()).isZero(); // 0.2 + 0.2 < 0.5
        PairGraph g = PairGraph.of(List.of(burst, network, agent), params);
        assertThat(g.size()).isEqualTo(2);
        assertThat(g.weight(0, 0)).isCloseTo(0.5 + 0.5, within(1e-9));
    }

    @Test
    void weakLinksBindOnlyWithAStrongOrMediumLink() {
        ClusterParameters params = ClusterParameters.defaults();
        LinkRecord agent = link(1, 2, LinkRule.SHARED_USER_AGENT, 0.3);
        LinkRecord domain = link(1, 2, LinkRule.SHARED_EMAIL_DOMAIN, 0.2);
        LinkRecord shape = link(1, 2, LinkRule.EMAIL_PATTERN, 0.23);
        LinkRecord address = link(1, 2, LinkRule.SHARED_IP, 0.1);

        assertThat(PairGraph.of(List.of(agent, domain, shape), params).size()).isZero(); // 0.73, all weak
        PairGraph g = PairGraph.of(List.of(agent, domain, shape, address), params);
        assertThat(g.size()).isEqualTo(2);
        assertThat(g.weight(0, 0)).isCloseTo(0.3 + 0.2 + 0.23 + 0.1, within(1e-9));
    }

    @Test
    void aSharedTemplateAndUserAgentCountOnceAsOneClient() {
        ClusterParameters params = ClusterParameters.defaults();
        LinkRecord template = link(1, 2, LinkRule.SHARED_TEMPLATE, 0.38);
        LinkRecord agent = link(1, 2, LinkRule.SHARED_USER_AGENT, 0.11);
        LinkRecord domain = link(1, 2, LinkRule.SHARED_EMAIL_DOMAIN, 0.11);
        LinkRecord network = link(1, 2, LinkRule.SHARED_NETWORK, 0.2);

        assertThat(PairGraph.of(List.of(template, agent, domain), params).size()).isZero(); // 0.38 + 0.11 < 0.5
        PairGraph g = PairGraph.of(List.of(template, agent, network), params);
        assertThat(g.size()).isEqualTo(2);
        assertThat(g.weight(0, 0)).isCloseTo(0.38 + 0.2, within(1e-9));
        assertThat(g.links(0, 0)).isEqualTo(3);
    }

    private static void account(HandMadeCase data, String id, double hours, int host) {
        data.account(id, hours, "e" + id.replace("-", "x"), "mail-" + id + ".example", "10.50.1." + (10 + host),
                "pf-" + id, "path-" + id);
    }

    private static LinkRecord link(int a, int b, LinkRule rule, double weight) {
        return new LinkRecord(0, 0, a, b, rule, weight, new SharedValue(1, rule, "v", 0, 2, true), 2, -1, -1, "");
    }
}
