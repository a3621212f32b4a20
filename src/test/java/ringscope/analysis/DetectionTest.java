package ringscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.model.AnalysisParameters;
import ringscope.model.AnalysisRun;
import ringscope.model.CancelToken;
import ringscope.model.ImportStatus;
import ringscope.model.ProgressSink;
import ringscope.store.CaseStore;

/**
 * The regression guard of docs/detection.md: on each bundled training dataset every planted campaign is found with
 * recall >= 0.95 and precision >= 0.90 (best-matching cluster by Jaccard), and no benign trap ranks among the top
 * clusters: neither a trap's best match among as many clusters as there are planted campaigns, nor any cluster made
 * mostly of trap accounts among one more than that (right below the campaigns, where a fragment of agent-framework
 * users ranked on mixed-traps before a shared template and user agent counted as one client); the enterprise trap is
 * left out of that second check as a known miss.
 */
class DetectionTest {
    /**
     * Left out of the "right below the campaigns" check, a known miss (docs/detection.md): the enterprise trap is one
     * real company (one card, one internal prompt) and its cluster scores 0.20-0.24, far below the campaigns (0.44 and
     * up) but on mixed-traps directly below them.
     */
    private static final String KNOWN_MISS = "trap-enterprise";

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"classroom-reseller", "hydra-campaign", "mixed-traps"})
    void everyPlantedCampaignIsFoundAndNoTrapRanksAmongTheTop(String dataset) throws Exception {
        Path data = Path.of("datasets", dataset);
        try (CaseStore store = CaseStore.create(tmp.resolve(dataset))) {
            assertThat(new ImportService(store).importDataset(data, ImportOptions.defaults(), ProgressSink.NONE,
                    CancelToken.none()).status()).isEqualTo(ImportStatus.COMPLETE);
            AnalysisRun run = new AnalysisService(store).run("test", AnalysisParameters.defaults(), ProgressSink.NONE,
                    CancelToken.none());

            List<DetectionEvaluator.Match> matches = DetectionEvaluator.evaluate(new AnalysisQueries(store),
                    run.id(), data.resolve("answer-key.json"));
            matches.forEach(m -> System.out.printf("%s %-24s %-9s precision %.2f recall %.2f score %.2f rank %d%n",
                    dataset, m.planted(), m.kind(), m.precision(), m.recall(), m.score(), m.rank()));
            List<DetectionEvaluator.Match> campaigns = matches.stream().filter(m -> !m.isTrap()).toList();
            assertThat(campaigns).isNotEmpty();
            for (DetectionEvaluator.Match m : campaigns) {
                assertThat(m.recall()).as(m.planted() + " recall").isGreaterThanOrEqualTo(0.95);
                assertThat(m.precision()).as(m.planted() + " precision").isGreaterThanOrEqualTo(0.90);
            }
            for (DetectionEvaluator.Match m : matches) {
                if (m.isTrap() && m.rank() > 0 && m.precision() >= 0.5) {
                    assertThat(m.rank()).as(m.planted() + " ranks above a planted campaign")
                            .isGreaterThan(campaigns.size());
                }
            }
            assertThat(DetectionEvaluator.trapClusterRanks(new AnalysisQueries(store), run.id(),
                    data.resolve("answer-key.json"), KNOWN_MISS)).as("ranks of clusters made mostly of trap accounts")
                    .allMatch(rank -> rank > campaigns.size() + 1);
        }
    }
}
