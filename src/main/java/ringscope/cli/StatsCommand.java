package ringscope.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import ringscope.model.ImportRunSummary;
import ringscope.model.SourceFileInfo;
import ringscope.model.TableCount;
import ringscope.store.CaseOverviewRepository;
import ringscope.store.CaseStore;

/** {@code ringscope stats <case>}: table counts, import runs and source files with their fingerprints. */
@CommandLine.Command(name = "stats", description = "Show what a case holds and where it came from.")
final class StatsCommand implements Callable<Integer> {
    @CommandLine.Parameters(index = "0", description = "case folder")
    Path caseFolder;

    @CommandLine.Mixin
    PassphraseOption passphrase = new PassphraseOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        var out = spec.commandLine().getOut();
        try (CaseStore store = passphrase.open(caseFolder)) {
            CaseOverviewRepository repo = new CaseOverviewRepository(store);
            out.println("case " + store.folder());
            out.println("tables:");
            for (TableCount t : repo.tableCounts()) {
                out.printf("  %-16s %,14d%n", t.table(), t.rows());
            }
            out.println("import runs:");
            for (ImportRunSummary r : repo.importRuns()) {
                out.printf("  #%d %-11s %s read %,d imported %,d rejected %,d duplicate %,d  %s%n", r.id(),
                        r.status(), Instant.ofEpochMilli(r.startedMs()), r.read(), r.imported(), r.rejected(),
                        r.duplicates(), r.dataset());
                if (r.message() != null) {
                    out.println("      " + r.message());
                }
            }
            out.println("source files:");
            for (SourceFileInfo f : repo.sourceFiles()) {
                out.printf("  run %d %-22s %-9s %,12d bytes  sha256 %s%n", f.importRunId(), f.report().fileName(),
                        f.runStatus(), f.report().sizeBytes(), f.report().sha256());
            }
            out.flush();
            return 0;
        }
    }
}
