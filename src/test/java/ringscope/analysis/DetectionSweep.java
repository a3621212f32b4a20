package ringscope.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.model.AnalysisParameters;
import ringscope.model.AnalysisRun;
import ringscope.model.AnalysisRunInfo;
import ringscope.model.CancelToken;
import ringscope.model.ClusterMember;
import ringscope.model.ClusterSummary;
import ringscope.model.ProgressSink;
import ringscope.store.CaseStore;
import ringscope.training.DatasetGenerator;
import ringscope.training.Scenario;
import ringscope.training.ScenarioReader;

/**
 * Prints the detection table of docs/detection.md for several datasets (a tool, not a test):
 * {@code DetectionSweep <work-folder> <spec>...}, a spec being a dataset folder with an answer-key.json (the bundled
 * sets) or {@code <scenario.json>:<seed>:<scale>} (generated into the work folder unless already there). Each dataset
 * is imported into {@code <work-folder>/<name>-case} unless that case exists, then analysed with default parameters
 * (a new run each time, so one case serves several code versions); {@code case:<case folder>:<dataset folder>}
 * evaluates the latest run of an analysed case as it is. Per dataset it prints the planted clusters with
 * their best match (as {@link DetectionEvaluator}) and the 8 highest-ranked clusters with what they are made of.
 */
public final class DetectionSweep {
    private static final int TOP = 8;

    private DetectionSweep() {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        Files.createDirectories(work);
        for (int i = 1; i < args.length; i++) {
            String[] spec = args[i].split(":");
            Path data;
            String label;
            if (spec.length == 3 && spec[0].equals("case")) {
                // case:<analysed case folder>:<dataset folder>: evaluate the case's latest run as it is
                try (CaseStore store = CaseStore.open(Path.of(spec[1]))) {
                    AnalysisQueries q = new AnalysisQueries(store);
                    List<AnalysisRunInfo> runs = new ringscope.store.AnalysisResults(store).runs();
                    AnalysisRunInfo run = runs.get(runs.size() - 1);
                    System.out.printf(Locale.ROOT, "%n## %s, run %d (%s): %,d accounts, %,d links, %,d clusters%n",
                            spec[1], run.id(), run.name(), run.accounts(), run.links(), run.clusters());
                    report(Path.of(spec[1]).getFileName().toString(), q, run.id(), Path.of(spec[2]));
                }
                continue;
            }
            if (spec.length == 3) {
                Scenario s = new ScenarioReader().read(Path.of(spec[0])).withSeed(Long.parseLong(spec[1]))
                        .scaled(Double.parseDouble(spec[2]));
                label = s.name() + "-s" + spec[1] + "-x" + spec[2];
                data = work.resolve(label);
                if (!Files.exists(data.resolve("answer-key.json"))) {
                    new DatasetGenerator().generate(s, data, ProgressSink.NONE, CancelToken.none());
                }
            } else {
                data = Path.of(args[i]);
                label = data.getFileName().toString();
            }
            sweep(label, data, work.resolve(label + "-case"));
        }
    }

    private static void sweep(String label, Path data, Path caseFolder) throws Exception {
        boolean fresh = !Files.exists(caseFolder.resolve(CaseStore.DB_NAME + ".mv.db"));
        try (CaseStore store = CaseStore.openOrCreate(caseFolder)) {
            long t0 = System.nanoTime();
            if (fresh) {
                new ImportService(store).importDataset(data, ImportOptions.defaults(), ProgressSink.NONE,
                        CancelToken.none());
            }
            long t1 = System.nanoTime();
            AnalysisRun run = new AnalysisService(store).run("sweep", AnalysisParameters.defaults(), ProgressSink.NONE,
                    CancelToken.none());
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "%n## %s: %,d accounts, import %.1f s, analysis %.1f s, %,d links, %,d"
                    + " clusters%n", label, run.info().accounts(), (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                    run.info().links(), run.info().clusters());
            report(label, new AnalysisQueries(store), run.id(), data);
        }
    }

    private static void report(String label, AnalysisQueries q, long runId, Path data) throws Exception {
        {
            Path key = data.resolve("answer-key.json");
            for (DetectionEvaluator.Match m : DetectionEvaluator.evaluate(q, runId, key)) {
                System.out.printf(Locale.ROOT, "| %s | %s | %s | %,d | %.2f | %.2f | %,d | %.2f | %d |%n", label,
                        m.planted(), m.kind(), m.size(), m.precision(), m.recall(), m.foundSize(), m.score(),
                        m.rank());
            }
            Map<String, String> plantedOf = plantedOf(key);
            List<ClusterSummary> clusters = q.clusters(runId);
            for (ClusterSummary c : clusters.subList(0, Math.min(TOP, clusters.size()))) {
                Map<String, Integer> parts = new TreeMap<>();
                for (ClusterMember m : q.members(c.id())) {
                    parts.merge(plantedOf.getOrDefault(m.accountId(), "unplanted"), 1, Integer::sum);
                }
                System.out.printf(Locale.ROOT, "  rank %d score %.2f size %,d: %s  [%s]%n", c.rank(), c.score(),
                        c.size(), parts, c.label());
            }
        }
    }

    private static Map<String, String> plantedOf(Path answerKey) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (JsonNode planted : new ObjectMapper().readTree(answerKey.toFile()).get("clusters")) {
            planted.get("members").forEach(m -> out.put(m.asText(), planted.get("id").asText()));
        }
        return out;
    }
}
