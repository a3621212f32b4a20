package ringscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.model.AnalysisParameters;
import ringscope.model.CancelToken;
import ringscope.model.ClusterMember;
import ringscope.model.ImportStatus;
import ringscope.model.ProgressSink;
import ringscope.store.AnalysisResults;
import ringscope.store.CaseStore;

/**
 * The regression guard of docs/detection.md: on each bundled training dataset every planted campaign is found with
 * recall >= 0.95 and precision >= 0.90 (best-matching cluster by Jaccard), and no benign trap ranks among the top
 * clusters (as many as there are planted campaigns).
 */
class DetectionTest {
    @TempDir
    Path tmp;

    record Match(String planted, String kind, double precision, double recall, double score, int rank) {}

    static List<Match> evaluate(CaseStore store, long runId, Path answerKey) throws Exception {
        AnalysisResults results = new AnalysisResults(store);
        List<Object[]> clusters = results.clusters(runId);
        List<Set<String>> members = new ArrayList<>();
        for (Object[] c : clusters) {
            Set<String> s = new HashSet<>();
            for (ClusterMember m : results.members((Long) c[0])) {
                s.add(m.accountId());
            }
            members.add(s);
        }
        List<Match> out = new ArrayList<>();
        for (JsonNode planted : new ObjectMapper().readTree(answerKey.toFile()).get("clusters")) {
            Set<String> truth = new HashSet<>();
            planted.get("members").forEach(m -> truth.add(m.asText()));
            int best = -1;
            double bestJ = 0;
            for (int i = 0; i < members.size(); i++) {
                Set<String> s = members.get(i);
                long inter = s.stream().filter(truth::contains).count();
                double j = (double) inter / (s.size() + truth.size() - inter);
                if (j > bestJ) {
                    bestJ = j;
                    best = i;
                }
            }
            if (best < 0) {
                out.add(new Match(planted.get("id").asText(), planted.get("kind").asText(), 0, 0, 0, -1));
                continue;
            }
            Set<String> s = members.get(best);
            long inter = s.stream().filter(truth::contains).count();
            out.add(new Match(planted.get("id").asText(), planted.get("kind").asText(), (double) inter / s.size(),
                    (double) inter / truth.size(), (Double) clusters.get(best)[4], best + 1));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"classroom-reseller", "hydra-campaign", "mixed-traps"})
    void everyPlantedCampaignIsFoundAndNoTrapRanksAmongTheTop(String dataset) throws Exception {
        Path data = Path.of("datasets", dataset);
        try (CaseStore store = CaseStore.create(tmp.resolve(dataset))) {
            assertThat(new ImportService(store).importDataset(data, ImportOptions.defaults(), ProgressSink.NONE,
                    CancelToken.none()).status()).isEqualTo(ImportStatus.COMPLETE);
            long run = new AnalysisService(store).run("test", AnalysisParameters.defaults(), ProgressSink.NONE,
                    CancelToken.none());

            List<Match> matches = evaluate(store, run, data.resolve("answer-key.json"));
            matches.forEach(m -> System.out.printf("%s %-24s %-9s precision %.2f recall %.2f score %.2f rank %d%n",
                    dataset, m.planted(), m.kind(), m.precision(), m.recall(), m.score(), m.rank()));
            List<Match> campaigns = matches.stream().filter(m -> !m.kind().equals("trap")).toList();
            assertThat(campaigns).isNotEmpty();
            for (Match m : campaigns) {
                assertThat(m.recall()).as(m.planted() + " recall").isGreaterThanOrEqualTo(0.95);
                assertThat(m.precision()).as(m.planted() + " precision").isGreaterThanOrEqualTo(0.90);
            }
            for (Match m : matches) {
                if (m.kind().equals("trap") && m.rank() > 0 && m.precision() >= 0.5) {
                    assertThat(m.rank()).as(m.planted() + " ranks above a planted campaign")
                            .isGreaterThan(campaigns.size());
                }
            }
        }
    }
}
