package ringscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import ringscope.model.CancelToken;
import ringscope.model.Progress;
import ringscope.model.ProgressSink;
import ringscope.training.DatasetGenerator;
import ringscope.training.GenerationCancelledException;
import ringscope.training.GenerationReport;
import ringscope.training.Scenario;
import ringscope.training.ScenarioException;
import ringscope.training.ScenarioReader;

/**
 * {@code ringscope generate SCENARIO --out FOLDER [--seed N] [--scale F] [--days D] [--gzip|--no-gzip]}: generates a
 * synthetic training dataset with its answer key. Progress goes to the command line's error writer, the summary to
 * its output writer. Exit codes: 0 done, 1 generation failed (I/O), 2 bad scenario or arguments.
 */
@Command(name = "generate",
        description = "Generate a synthetic dataset with an answer key from a scenario file (deterministic per seed).")
public final class GenerateCommand implements Callable<Integer> {
    private static final long PRINT_EVERY_MS = 2_000;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "scenario JSON file (see datasets/scenarios/)")
    Path scenarioFile;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FOLDER",
            description = "output folder; must not exist or be empty")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "replace the scenario's seed")
    Long seed;

    @Option(names = "--scale", paramLabel = "F",
            description = "multiply every account count by F (rates and days unchanged), e.g. 0.1 or 4")
    Double scale;

    @Option(names = "--days", paramLabel = "D", description = "replace the scenario's number of days")
    Integer days;

    @Option(names = "--gzip", negatable = true, description = "write interactions.csv.gz (default: as the scenario)")
    Boolean gzip;

    @Spec
    CommandSpec spec;

    private PrintWriter stdout;
    private PrintWriter stderr;

    @Override
    public Integer call() {
        stdout = spec.commandLine().getOut();
        stderr = spec.commandLine().getErr();
        Scenario scenario;
        try {
            scenario = resolve(new ScenarioReader().read(scenarioFile));
        } catch (ScenarioException | IllegalArgumentException e) {
            stderr.println("generate: " + e.getMessage());
            return 2;
        }
        try {
            GenerationReport r = new DatasetGenerator().generate(scenario, out, new Printer(), CancelToken.none());
            stdout.printf(Locale.ROOT, "generated %s (seed %d) into %s%n", scenario.name(), scenario.seed(),
                    r.folder());
            r.rows().forEach((file, n) -> stdout.printf(Locale.ROOT, "  %-22s %,14d rows%n", file, n));
            stdout.printf(Locale.ROOT, "  %,d bytes on disk, %.1f s, %,.0f interactions/s%n", r.bytes(),
                    r.elapsedMillis() / 1000.0, r.interactions() * 1000.0 / Math.max(1, r.elapsedMillis()));
            stdout.flush();
            return 0;
        } catch (FileSystemException e) {
            stderr.println("generate: output folder is not usable: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            stderr.println("generate: failed writing " + out + ": " + e.getMessage());
            return 1;
        } catch (GenerationCancelledException e) {
            stderr.println("generate: " + e.getMessage());
            return 1;
        }
    }

    private Scenario resolve(Scenario s) {
        Scenario r = s;
        if (seed != null) {
            r = r.withSeed(seed);
        }
        if (days != null) {
            if (days < 1 || days > 366) {
                throw new IllegalArgumentException("--days must be 1 to 366");
            }
            r = r.withDays(days);
        }
        if (scale != null) {
            r = r.scaled(scale);
        }
        if (gzip != null) {
            r = r.withGzip(gzip);
        }
        return r;
    }

    /** Prints a progress line to stderr at most every two seconds. */
    private final class Printer implements ProgressSink {
        private long lastPrinted = -PRINT_EVERY_MS;

        @Override
        public void report(Progress p) {
            if (p.elapsedMillis() - lastPrinted < PRINT_EVERY_MS) {
                return;
            }
            lastPrinted = p.elapsedMillis();
            double seconds = Math.max(0.001, p.elapsedMillis() / 1000.0);
            stderr.printf(Locale.ROOT, "generate: %s, %,d interactions, %.0f s, %,.0f rows/s%n", p.stage(), p.items(),
                    seconds, p.items() / seconds);
            stderr.flush();
        }
    }
}
