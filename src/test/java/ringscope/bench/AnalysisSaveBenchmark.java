package ringscope.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.model.SharedValue;
import ringscope.store.AnalysisWriter;
import ringscope.store.CaseStore;

/**
 * How long saving an analysis run takes for its number of links (issue 4: saving was 804 s of the campaign-scale
 * analysis). Writes a run of N synthetic shared-IP links between random accounts (100,000 shared values, no
 * clusters) into a new case and prints the time of {@code AnalysisWriter.save}. Not a test.
 *
 * <pre>java -Xmx3g -cp ringscope.jar:test-classes:lib/* ringscope.bench.AnalysisSaveBenchmark NEW_CASE_FOLDER N</pre>
 */
public final class AnalysisSaveBenchmark {
    private AnalysisSaveBenchmark() {}

    public static void main(String[] args) {
        int n = Integer.parseInt(args[1]);
        Random r = new Random(7);
        List<SharedValue> values = new ArrayList<>();
        for (int i = 1; i <= 100_000; i++) {
            values.add(new SharedValue(i, LinkRule.SHARED_IP, "10.0." + (i / 256) + "." + (i % 256), 0, 12, true));
        }
        List<LinkRecord> links = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int a = r.nextInt(120_000);
            int b = a + 1 + r.nextInt(5_000);
            links.add(new LinkRecord(0, 0, a, b, LinkRule.SHARED_IP, r.nextDouble(), values.get(r.nextInt(values.size())),
                    1 + r.nextInt(100), 1_700_000_000_000L + r.nextInt(1_000_000), 1_700_100_000_000L,
                    "shared 10.0.0.1 within 1 h; 12 accounts use it; 3 overlapping hours"));
        }
        try (CaseStore store = CaseStore.create(Path.of(args[0]))) {
            long t = System.nanoTime();
            new AnalysisWriter(store).save(new AnalysisWriter.NewRun("probe", 0, "{}", 120_000, "", values, links,
                    List.of()));
            System.out.printf("saved %,d links in %.1f s%n", n, (System.nanoTime() - t) / 1e9);
        }
    }
}
