package ringscope.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ringscope.model.ClusterMember;
import ringscope.model.ClusterSummary;

/**
 * Compares an analysis run with a dataset's answer-key.json: for every planted cluster, the found cluster that
 * matches it best (Jaccard over account ids, members of all kinds), with precision, recall, score and rank.
 */
final class DetectionEvaluator {
    /** One planted cluster and its best match ({@code rank} -1 and zeros when nothing overlaps it). */
    record Match(String planted, String kind, int size, double precision, double recall, double score, int rank,
            int foundSize) {
        boolean isTrap() {
            return kind.equals("trap");
        }
    }

    private DetectionEvaluator() {}

    /**
     * Ranks of the run's clusters more than half of whose members are in planted traps (the trap {@code except} left
     * out), ascending.
     */
    static List<Integer> trapClusterRanks(AnalysisQueries q, long runId, Path answerKey, String except)
            throws IOException {
        Set<String> trapAccounts = new HashSet<>();
        for (JsonNode planted : new ObjectMapper().readTree(answerKey.toFile()).get("clusters")) {
            if (planted.get("kind").asText().equals("trap") && !planted.get("id").asText().equals(except)) {
                planted.get("members").forEach(m -> trapAccounts.add(m.asText()));
            }
        }
        List<Integer> out = new ArrayList<>();
        for (ClusterSummary c : q.clusters(runId)) {
            List<ClusterMember> members = q.members(c.id());
            long traps = members.stream().filter(m -> trapAccounts.contains(m.accountId())).count();
            if (2 * traps > members.size()) {
                out.add(c.rank());
            }
        }
        out.sort(null);
        return out;
    }

    static List<Match> evaluate(AnalysisQueries q, long runId, Path answerKey) throws IOException {
        List<ClusterSummary> clusters = q.clusters(runId);
        List<Set<String>> members = new ArrayList<>();
        for (ClusterSummary c : clusters) {
            Set<String> s = new HashSet<>();
            for (ClusterMember m : q.members(c.id())) {
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
            String id = planted.get("id").asText();
            String kind = planted.get("kind").asText();
            if (best < 0) {
                out.add(new Match(id, kind, truth.size(), 0, 0, 0, -1, 0));
                continue;
            }
            Set<String> s = members.get(best);
            long inter = s.stream().filter(truth::contains).count();
            out.add(new Match(id, kind, truth.size(), (double) inter / s.size(), (double) inter / truth.size(),
                    clusters.get(best).score(), clusters.get(best).rank(), s.size()));
        }
        return out;
    }
}
