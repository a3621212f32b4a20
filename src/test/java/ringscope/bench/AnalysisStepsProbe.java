package ringscope.bench;

import java.nio.file.Path;
import ringscope.analysis.AnalysisService;
import ringscope.model.AnalysisParameters;
import ringscope.model.CancelToken;
import ringscope.store.CaseStore;

/**
 * Times the steps of an analysis up to, not including, saving (issue 4), and stores nothing: the progress sink stops
 * the run by throwing when the saving step begins, before the writer opens a connection. For measuring the rules,
 * clustering and scoring on a large case without adding a run to it (saving a run into a case holding several large
 * runs rebuilds the link indexes over all of them). Not a test.
 *
 * <pre>java -Xmx3g -cp ringscope.jar:test-classes:lib/* ringscope.bench.AnalysisStepsProbe CASE_FOLDER</pre>
 */
public final class AnalysisStepsProbe {
    private AnalysisStepsProbe() {}

    /** Thrown to stop the run before it saves. */
    private static final class StopBeforeSaving extends RuntimeException {
        StopBeforeSaving() {
            super("stopped before saving", null, false, false);
        }
    }

    public static void main(String[] args) {
        long[] last = {0};
        String[] step = {null};
        try (CaseStore store = CaseStore.open(Path.of(args[0]))) {
            new AnalysisService(store).run("steps probe", AnalysisParameters.defaults(), p -> {
                if (step[0] != null) {
                    System.out.printf("%-24s %8.1f s%n", step[0], (p.elapsedMillis() - last[0]) / 1000.0);
                }
                step[0] = p.stage();
                last[0] = p.elapsedMillis();
                if (p.stage().equals("saving")) {
                    System.out.printf("until saving %14.1f s (nothing stored)%n", p.elapsedMillis() / 1000.0);
                    throw new StopBeforeSaving();
                }
            }, CancelToken.none());
            throw new IllegalStateException("the run was not stopped before saving");
        } catch (StopBeforeSaving expected) {
            // the case is as it was
        }
    }
}
