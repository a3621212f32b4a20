package ringscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.model.AnalysisRun;
import ringscope.model.ClusterSummary;
import ringscope.model.ScorePart;
import ringscope.store.CaseStore;

/**
 * The score's template concentration counts only a cluster's own templates, those shared by at least two members and
 * at least half of whose users are members (docs/detection.md): a few users of a public framework's system prompt are
 * not a campaign with its own prompt, and one member's private prompt is not the cluster's. Found on fresh seeds,
 * where small clusters of agent-framework users ranked right below the campaigns.
 */
class TemplateConcentrationTest {
    private static final int PUBLIC_USERS = 45;

    @TempDir
    Path tmp;

    @Test
    void aClusterOfAFewUsersOfAPublicTemplateScoresNothingForItAndAClusterScoresOnlyTheTemplateItShares() {
        HandMadeCase data = new HandMadeCase();
        for (int i = 0; i < PUBLIC_USERS; i++) {
            data.account("user-" + i, -100);
            data.use("user-" + i, i, "k-user-" + i, "10.80." + i + ".1", "agent-user-" + i, "model-a",
                    "public-framework-prompt", "");
        }
        for (String id : List.of("own-1", "own-2", "own-3")) {
            data.account(id, -100);
            data.use(id, 1, "key-of-own", "10.81." + id.length() + id.charAt(4) + ".1", "agent-" + id, "model-a",
                    "own-prompt", "");
        }
        // a private prompt of one member is not the cluster's prompt either
        data.use("own-1", 2, "key-of-own", "10.81.41.1", "agent-own-1", "model-a", "own-1-private-prompt", "");
        // three framework users who also share one API key: a real cluster, but the prompt is not theirs
        for (int i = 0; i < 3; i++) {
            data.use("user-" + i, 50, "key-of-framework-users", "10.80." + i + ".1", "agent-user-" + i, "model-a",
                    "public-framework-prompt", "");
        }
        try (CaseStore store = data.open(tmp)) {
            AnalysisRun run = HandMadeCase.analyse(store);
            AnalysisQueries q = new AnalysisQueries(store);
            Map<Set<String>, Double> concentration = q.clusters(run.id()).stream().collect(Collectors.toMap(
                    c -> q.members(c.id()).stream().map(m -> m.accountId()).collect(Collectors.toSet()),
                    TemplateConcentrationTest::templateConcentration));

            assertThat(concentration).containsOnly(Map.entry(Set.of("own-1", "own-2", "own-3"), 0.75),
                    Map.entry(Set.of("user-0", "user-1", "user-2"), 0.0));
        }
    }

    private static double templateConcentration(ClusterSummary c) {
        return c.parts().stream().filter(p -> p.name().equals("template concentration")).findFirst()
                .map(ScorePart::value).orElseThrow();
    }
}
