package ringscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import ringscope.analysis.AnalysisService;
import ringscope.model.AnalysisParameters;
import ringscope.model.CancelToken;
import ringscope.store.AnalysisResults;
import ringscope.store.CaseStore;

/** {@code ringscope analyze <case>}: runs the link analysis as a new named run and prints the top clusters. */
@CommandLine.Command(name = "analyze", description = "Find linked accounts and score their clusters (a new run).")
final class AnalyzeCommand implements Callable<Integer> {
    @CommandLine.Parameters(index = "0", description = "case folder")
    Path caseFolder;

    @CommandLine.Option(names = "--name", description = "name of the analysis run (default: run-<time>)")
    String name;

    @CommandLine.Option(names = "--top", description = "clusters to print (default 10)")
    int top = 10;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        try (CaseStore store = CaseStore.open(caseFolder)) {
            String runName = name != null ? name : "run-" + java.time.Instant.now();
            long t0 = System.currentTimeMillis();
            long runId = new AnalysisService(store).run(runName, AnalysisParameters.defaults(),
                    new StderrProgress(spec.commandLine().getErr()), CancelToken.none());
            AnalysisResults results = new AnalysisResults(store);
            List<Object[]> clusters = results.clusters(runId);
            out.printf("analysis run %d '%s': %d clusters in %.1f s%n", runId, runName, clusters.size(),
                    (System.currentTimeMillis() - t0) / 1000.0);
            ObjectMapper json = new ObjectMapper();
            for (Object[] c : clusters.subList(0, Math.min(top, clusters.size()))) {
                out.printf("%ncluster %d  score %.2f  %s  (%,d interactions)%n", c[0], c[4], c[1], c[3]);
                for (JsonNode p : json.readTree((String) c[5])) {
                    out.printf("    %-24s %.2f  x%.2f  %s%n", p.get("name").asText(), p.get("value").asDouble(),
                            p.get("weight").asDouble(), p.get("measured").asText());
                }
            }
            out.flush();
            return 0;
        }
    }
}
