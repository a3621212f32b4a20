package ringscope.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import ringscope.model.CancelToken;
import ringscope.model.FileReport;
import ringscope.model.ImportReport;
import ringscope.model.ImportStatus;
import ringscope.model.ProgressSink;
import ringscope.model.SourceFileRecord;
import ringscope.store.ActivitySeries;
import ringscope.store.CaseIndexes;
import ringscope.store.CaseStore;
import ringscope.store.CaseStoreException;
import ringscope.store.ImportRuns;
import ringscope.store.ImportTransaction;

/**
 * Imports a native dataset folder into a case (ADR 0002): small tables in one transaction, interactions and first
 * aggregates committed in batches into staging tables that become the case's rows only when the run finishes
 * ({@link ImportTransaction}). A failure, a cancel or a crash before that leaves the case exactly as it was, and the
 * run is recorded as FAILED, CANCELLED or (at the next open) INTERRUPTED. One import at a time per case.
 */
public final class ImportService {
    private static final long DAY_MS = 86_400_000L;
    private final CaseStore store;
    private final ImportRuns runs;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    public ImportService(CaseStore store) {
        this.store = store;
        this.runs = new ImportRuns(store);
    }

    /**
     * Imports every known file of a native dataset folder. Never throws for bad input: the report's status says
     * COMPLETE, FAILED (with a message naming the file and cause) or CANCELLED, and for anything but COMPLETE the case
     * holds none of the run's rows. Runs on the caller's thread (never the FX thread); cancel through {@code cancel}.
     */
    public ImportReport importDataset(Path dataset, ImportOptions options, ProgressSink progress, CancelToken cancel) {
        if (!oneAtATime.tryLock()) {
            return new ImportReport(-1, dataset.toString(), ImportStatus.FAILED,
                    "Another import into this case is still running", List.of(), 0);
        }
        try {
            Path folder = dataset.toAbsolutePath().normalize();
            return run(folder, new NativePlan(folder), options, progress, cancel);
        } finally {
            oneAtATime.unlock();
        }
    }

    /**
     * Imports one third-party log file through a mapping profile: the interactions it holds and the accounts it
     * implies, with the same contract as {@link #importDataset} (one transaction, quarantine, reconciled counts,
     * cancel, provenance). The source file row also records the profile's name and the SHA-256 of its canonical JSON.
     */
    public ImportReport importMapped(Path file, MappingProfile profile, ImportOptions options, ProgressSink progress,
            CancelToken cancel) {
        if (!oneAtATime.tryLock()) {
            return new ImportReport(-1, file.toString(), ImportStatus.FAILED,
                    "Another import into this case is still running", List.of(), 0);
        }
        try {
            Path path = file.toAbsolutePath().normalize();
            return run(path, new MappedImportPlan(path, profile), options, progress, cancel);
        } finally {
            oneAtATime.unlock();
        }
    }

    private ImportReport run(Path dataset, ImportPlan plan, ImportOptions options, ProgressSink sink,
            CancelToken cancel) {
        long started = System.currentTimeMillis();
        long runId = runs.start(dataset.toString(), started);
        List<DatasetFiles.SourceFile> files = new ArrayList<>();
        ImportRun run = null;
        try (ImportTransaction tx = ImportTransaction.begin(store)) {
            for (DatasetFiles.SourceFile f : plan.locate()) {
                if (cancel.isCancelled()) {
                    throw new ImportCancelledException();
                }
                sink.report(new ringscope.model.Progress("fingerprinting " + f.name(), 0, -1, -1,
                        System.currentTimeMillis() - started));
                files.add(DatasetFiles.fingerprint(f, options.maxFileBytes()));
            }
            refuseReimport(files, options);
            ProgressMeter meter = new ProgressMeter(sink, files.stream().mapToLong(f -> f.size()).sum());
            run = new ImportRun(runId, tx, cancel, meter, started + DAY_MS, options.aggregateCells());
            int sourceId = (int) tx.nextId("source_file", "id");
            for (DatasetFiles.SourceFile f : files) {
                plan.importFile(run, f, sourceId++);
            }
            run.checkCancel();
            run.writeAggregates();
            List<FileReport> reports = run.files.stream().map(FileCounts::report).toList();
            tx.insertSourceFiles(records(runId, run));
            plan.recordProvenance(tx, run.files.stream().map(f -> f.sourceFileId).toList());
            ImportReport report = new ImportReport(runId, dataset.toString(), ImportStatus.COMPLETE,
                    summary(reports) + plan.summaryNote(), reports, System.currentTimeMillis() - started);
            tx.commit(runId, System.currentTimeMillis(),
                    new long[] {report.read(), report.imported(), report.rejected(), report.duplicates()},
                    report.message());
            sink.report(new ringscope.model.Progress("indexing", report.imported(), -1, -1,
                    System.currentTimeMillis() - started));
            CaseIndexes.ensure(store);
            sink.report(new ringscope.model.Progress("packing the timeline series", report.imported(), -1, -1,
                    System.currentTimeMillis() - started));
            ActivitySeries.ensure(store);
            return report;
        } catch (ImportCancelledException e) {
            return unsuccessful(runId, dataset, ImportStatus.CANCELLED, "Import cancelled; the case is unchanged",
                    run, started, plan);
        } catch (AlreadyImportedException e) {
            ImportReport r = unsuccessful(runId, dataset, ImportStatus.FAILED, e.getMessage(), run, started, plan);
            return new ImportReport(r.runId(), r.dataset(), r.status(), r.message(), r.files(), r.elapsedMillis(),
                    true);
        } catch (ImportFileException e) {
            return unsuccessful(runId, dataset, ImportStatus.FAILED, e.getMessage(), run, started, plan);
        } catch (IOException e) {
            return unsuccessful(runId, dataset, ImportStatus.FAILED, "Cannot read the dataset: " + e, run, started,
                    plan);
        } catch (CaseStoreException | IllegalStateException e) {
            return unsuccessful(runId, dataset, ImportStatus.FAILED, e.getMessage(), run, started, plan);
        } catch (OutOfMemoryError e) {
            // the in-memory aggregates or the duplicate-id set outgrew the heap; they are garbage once we leave
            return unsuccessful(runId, dataset, ImportStatus.FAILED, outOfMemory(run), run, started, plan);
        }
    }

    private void refuseReimport(List<DatasetFiles.SourceFile> files, ImportOptions options)
            throws ImportFileException {
        if (options.allowReimport()) {
            return;
        }
        for (String[] known : runs.importedFingerprints()) {
            for (DatasetFiles.SourceFile f : files) {
                if (f.sha256().equals(known[0])) {
                    throw new AlreadyImportedException(f.name() + " was already imported into this case (as " + known[1]
                            + " in import run " + known[2] + ", same SHA-256). Importing it again would double its"
                            + " rows; allow re-import explicitly if that is intended.");
                }
            }
        }
    }

    /** The native plan: every known file of a dataset folder, read by its kind; no extra provenance. */
    private record NativePlan(Path folder) implements ImportPlan {
        @Override
        public List<DatasetFiles.SourceFile> locate() throws ImportFileException {
            return DatasetFiles.locate(folder);
        }

        @Override
        public void importFile(ImportRun run, DatasetFiles.SourceFile file, int sourceFileId)
                throws IOException, ImportFileException, ImportCancelledException {
            run.importFile(file, sourceFileId);
        }
    }

    /** A file of the run is already in the case (same SHA-256) and re-import was not allowed. */
    private static final class AlreadyImportedException extends ImportFileException {
        private static final long serialVersionUID = 1L;

        AlreadyImportedException(String message) {
            super(message);
        }
    }

    private static List<SourceFileRecord> records(long runId, ImportRun run) {
        return run.files.stream().map(f -> new SourceFileRecord(f.sourceFileId, runId, f.report())).toList();
    }

    static String outOfMemory(ImportRun run) {
        long rows = run == null ? 0 : run.files.stream().mapToLong(f -> f.read).sum();
        return String.format("The import ran out of memory after %,d rows (Java heap %,d MB). Nothing was kept. Start"
                + " RingScope with a larger heap (java -Xmx...) or import the dataset in parts.", rows,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** The file records of a run that stopped part-way (see {@link FileCounts#stoppedReport}). */
    private static List<SourceFileRecord> stoppedRecords(long runId, ImportRun run) {
        return run.files.stream().map(f -> new SourceFileRecord(f.sourceFileId, runId, f.stoppedReport())).toList();
    }

    private ImportReport unsuccessful(long runId, Path dataset, ImportStatus status, String message, ImportRun run,
            long started, ImportPlan plan) {
        List<SourceFileRecord> files = run == null ? List.of() : stoppedRecords(runId, run);
        List<ImportRuns.RejectionAt> kept = run == null ? List.of() : run.firstRejections;
        try {
            if (!runs.finishUnsuccessful(runId, status, message, System.currentTimeMillis(), files, kept)) {
                message = "All rows were committed, but moving them into place failed (" + message + "). The import"
                        + " is finished when the case is next opened.";
                return new ImportReport(runId, dataset.toString(), ImportStatus.FAILED, message,
                        files.stream().map(SourceFileRecord::report).toList(), System.currentTimeMillis() - started);
            }
            plan.recordProvenance(store, files.stream().map(SourceFileRecord::id).toList());
        } catch (CaseStoreException e) {
            // the database itself failed (disk full, closed by H2): the data was rolled back, but the run cannot be
            // recorded now; the next open marks it INTERRUPTED. Still a report, never an exception (the contract).
            return new ImportReport(runId, dataset.toString(), status, message + " (the run could not be recorded: "
                    + e.getMessage() + ")", files.stream().map(SourceFileRecord::report).toList(),
                    System.currentTimeMillis() - started);
        }
        return new ImportReport(runId, dataset.toString(), status, message,
                files.stream().map(SourceFileRecord::report).toList(), System.currentTimeMillis() - started);
    }

    private static String summary(List<FileReport> reports) {
        long read = reports.stream().mapToLong(FileReport::read).sum();
        long rejected = reports.stream().mapToLong(FileReport::rejected).sum();
        long dups = reports.stream().mapToLong(FileReport::duplicates).sum();
        return String.format("Imported %,d of %,d rows; %,d rejected, %,d duplicates", read - rejected - dups, read,
                rejected, dups);
    }
}
