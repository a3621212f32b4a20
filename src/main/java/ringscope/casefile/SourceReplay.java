package ringscope.casefile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.io.file.PathUtils;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.model.CancelToken;
import ringscope.model.FileReport;
import ringscope.model.ImportReport;
import ringscope.model.ImportStatus;
import ringscope.model.ProgressSink;
import ringscope.store.CaseStore;

/**
 * Recomputes the per-file counts (read, imported, rejected, duplicates, blank) by importing the found source files
 * again, run by run in their original order, into a scratch case in a new temporary folder that is deleted
 * afterwards: the same importer with the same rules, so a number that disagrees means the case file reports something
 * its sources do not give. The case under review and the source folder are never written. Worker thread.
 */
final class SourceReplay implements AutoCloseable {
    private final Path scratch;
    private final CaseStore store;

    SourceReplay() {
        try {
            scratch = Files.createTempDirectory("ringscope-recount");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a temporary folder to recount the sources: " + e, e);
        }
        store = CaseStore.create(scratch.resolve("case"));
    }

    /**
     * Imports {@code files} (name → found path) as one dataset; the counts by SHA-256, or the importer's message when
     * the run did not complete.
     */
    Result importRun(long runId, Map<String, Path> files, ProgressSink progress, CancelToken cancel) {
        Path dataset = scratch.resolve("run-" + runId);
        try {
            Files.createDirectories(dataset);
            for (Map.Entry<String, Path> f : files.entrySet()) {
                link(dataset.resolve(f.getKey()), f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the recount of import run " + runId + ": " + e, e);
        }
        ImportReport r = new ImportService(store).importDataset(dataset, ImportOptions.defaults(), progress, cancel);
        Map<String, FileReport> bySha = new HashMap<>();
        r.files().forEach(f -> bySha.put(f.sha256(), f));
        return new Result(r.status() == ImportStatus.COMPLETE, r.message(), bySha);
    }

    /** What one replayed import gave. */
    record Result(boolean complete, String message, Map<String, FileReport> files) {}

    /** A symbolic link where the file system allows one (no copy of a large file), else a copy. */
    private static void link(Path at, Path target) throws IOException {
        try {
            Files.createSymbolicLink(at, target.toAbsolutePath());
        } catch (UnsupportedOperationException | IOException | SecurityException e) {
            Files.copy(target, at);
        }
    }

    @Override
    public void close() {
        store.close();
        try {
            PathUtils.deleteDirectory(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the temporary recount folder " + scratch + ": " + e, e);
        }
    }
}
