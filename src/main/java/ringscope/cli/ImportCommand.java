package ringscope.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.importer.MappingProfile;
import ringscope.importer.ProfileLibrary;
import ringscope.model.CancelToken;
import ringscope.model.FileReport;
import ringscope.model.ImportReport;
import ringscope.model.ImportStatus;
import ringscope.model.Rejection;
import ringscope.store.CaseOverviewRepository;
import ringscope.store.CaseStore;

/**
 * {@code ringscope import <case> <dataset>}: imports a native dataset folder, creating the case if needed; with
 * {@code --profile NAME} imports one third-party log file through that mapping profile (shipped, or saved in
 * {@code <ringscope.home>/profiles}, or a path to a profile {@code .json}).
 */
@CommandLine.Command(name = "import", description = "Import a dataset folder, or a log file with --profile, into a case"
        + " (created if missing).")
final class ImportCommand implements Callable<Integer> {
    @CommandLine.Parameters(index = "0", description = "case folder")
    Path caseFolder;

    @CommandLine.Parameters(index = "1", description = "dataset folder (native format), or a log file with --profile")
    Path dataset;

    @CommandLine.Option(names = "--profile", description = "mapping profile name (or .json path) for a third-party"
            + " log file")
    String profile;

    @CommandLine.Option(names = "--allow-reimport", description = "import files already in the case again")
    boolean allowReimport;

    @CommandLine.Option(names = "--max-file-bytes", description = "refuse files larger than this (default 64 GiB)")
    long maxFileBytes = ImportOptions.DEFAULT_MAX_FILE_BYTES;

    @CommandLine.Option(names = "--aggregate-cells", description = "aggregate cells kept in memory before they are"
            + " added to the case (default 3,000,000, about 200 MB; lower it for a small heap)")
    int aggregateCells = ImportOptions.DEFAULT_AGGREGATE_CELLS;

    @CommandLine.Option(names = "--show-rejected", description = "print up to N rejected rows (default 20)")
    int showRejected = 20;

    @CommandLine.Mixin
    PassphraseOption passphrase = new PassphraseOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (aggregateCells < 1) {
            err.println("ringscope: --aggregate-cells must be at least 1");
            return 2;
        }
        MappingProfile mapping = null;
        if (profile != null) {
            try {
                mapping = new ProfileLibrary(ProfileLibrary.defaultUserFolder()).find(profile);
            } catch (IllegalArgumentException e) {
                err.println("ringscope: " + e.getMessage());
                return 2;
            }
        }
        try (CaseStore store = passphrase.openOrCreate(caseFolder)) {
            ImportService service = new ImportService(store);
            ImportOptions options = new ImportOptions(allowReimport, maxFileBytes, aggregateCells);
            ImportReport r = mapping == null
                    ? service.importDataset(dataset, options, new StderrProgress(err), CancelToken.none())
                    : service.importMapped(dataset, mapping, options, new StderrProgress(err), CancelToken.none());
            out.printf("%s: %s (%.1f s)%n", r.status(), r.message(), r.elapsedMillis() / 1000.0);
            out.printf("%-22s %12s %12s %10s %10s %8s  %s%n", "file", "read", "imported", "rejected", "duplicate",
                    "blank", "sha256");
            for (FileReport f : r.files()) {
                out.printf("%-22s %,12d %,12d %,10d %,10d %,8d  %s%n", f.fileName(), f.read(), f.imported(),
                        f.rejected(), f.duplicates(), f.blank(), f.sha256());
            }
            if (r.rejected() > 0 && showRejected > 0) {
                out.println("rejected rows (file:line reason detail):");
                for (Rejection j : new CaseOverviewRepository(store).rejections(r.runId(), 0, showRejected)) {
                    out.printf("  %s:%d %s %s%n", j.fileName(), j.lineNo(), j.reason(), j.detail());
                }
            }
            out.flush();
            if (r.status() != ImportStatus.COMPLETE) {
                err.println("ringscope: import " + r.status().name().toLowerCase() + ": " + r.message());
                return 1;
            }
            return 0;
        }
    }
}
