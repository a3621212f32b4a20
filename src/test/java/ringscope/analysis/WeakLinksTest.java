package ringscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.model.AnalysisRun;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.store.CaseStore;

/**
 * A weak rule alone never binds a pair (docs/detection.md): not when the two accounts share a /24 and therefore its
 * ASN (once one link per network, 0.3 + 0.3 bound them), and not when they share several rare user agents (the folded
 * link was capped at twice the tier weight, 0.6, above the binding threshold 0.5).
 */
class WeakLinksTest {
    @TempDir
    Path tmp;

    @Test
    void aSharedNetworkOrSeveralSharedUserAgentsAloneMakeOneWeakLinkThatDoesNotBind() {
        HandMadeCase data = new HandMadeCase().account("net-1", -100).account("net-2", -90).account("ua-1", -80)
                .account("ua-2", -70);
        for (int h = 0; h < 4; h++) {
            // same hosting /24 (172.16.0.0/12 is "hosting" in ip_info, so the ASN counts too), different addresses
            data.use("net-1", h, "k-net-1", "172.16.5.10", "agent-net-1", "model-a", "", "");
            data.use("net-2", h + 0.5, "k-net-2", "172.16.5.20", "agent-net-2", "model-a", "", "");
            // two rare user agents shared, residential addresses in different /24s
            data.use("ua-1", h, "k-ua-1", "10.1.1.1", h % 2 == 0 ? "tool-a/1" : "tool-b/1", "model-a", "", "");
            data.use("ua-2", h + 0.5, "k-ua-2", "10.2.2.2", h % 2 == 0 ? "tool-a/1" : "tool-b/1", "model-a", "", "");
        }
        try (CaseStore store = data.open(tmp)) {
            AnalysisRun run = HandMadeCase.analyse(store);
            AnalysisQueries q = new AnalysisQueries(store);
            int n1 = q.accountRef("net-1").orElseThrow();
            int n2 = q.accountRef("net-2").orElseThrow();
            int u1 = q.accountRef("ua-1").orElseThrow();
            int u2 = q.accountRef("ua-2").orElseThrow();

            List<LinkRecord> net = q.linksBetween(run.id(), List.of(n1, n2));
            assertThat(net).singleElement().satisfies(l -> {
                assertThat(l.rule()).isEqualTo(LinkRule.SHARED_NETWORK);
                assertThat(l.value().text()).isEqualTo("172.16.5.0/24");
                assertThat(l.detail()).isEqualTo("+1 more networks");
                assertThat(l.weight()).isEqualTo(0.3);
                assertThat(q.rowCountBehindLink(l.id())).isEqualTo(l.evidenceCount()).isEqualTo(8);
            });
            List<LinkRecord> agents = q.linksBetween(run.id(), List.of(u1, u2));
            assertThat(agents).singleElement().satisfies(l -> {
                assertThat(l.rule()).isEqualTo(LinkRule.SHARED_USER_AGENT);
                assertThat(l.detail()).isEqualTo("+1 more user agents");
                assertThat(l.weight()).isEqualTo(0.3);
            });
            assertThat(q.whyTogether(run.id(), n1, n2).binds()).isFalse();
            assertThat(q.whyTogether(run.id(), u1, u2).binds()).isFalse();
            assertThat(q.clusters(run.id())).isEmpty();
        }
    }
}
