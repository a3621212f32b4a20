package ringscope.model;

import java.util.List;

/**
 * Outcome of one import run. When the status is not COMPLETE the case holds none of the run's rows; the file reports
 * then say how far reading got. {@code alreadyImported}: the run was refused because a file of it is already in the
 * case (same SHA-256); importing it again is possible when asked for explicitly.
 */
public record ImportReport(long runId, String dataset, ImportStatus status, String message, List<FileReport> files,
        long elapsedMillis, boolean alreadyImported) {

    public ImportReport {
        files = List.copyOf(files);
    }

    public ImportReport(long runId, String dataset, ImportStatus status, String message, List<FileReport> files,
            long elapsedMillis) {
        this(runId, dataset, status, message, files, elapsedMillis, false);
    }

    public long read() {
        return files.stream().mapToLong(FileReport::read).sum();
    }

    public long imported() {
        return files.stream().mapToLong(FileReport::imported).sum();
    }

    public long rejected() {
        return files.stream().mapToLong(FileReport::rejected).sum();
    }

    public long duplicates() {
        return files.stream().mapToLong(FileReport::duplicates).sum();
    }
}
