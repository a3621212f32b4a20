package ringscope.importer;

import java.util.List;
import ringscope.model.FileReport;

/** Mutable counters of one source file during an import; becomes a {@link FileReport}. */
final class FileCounts {
    final DatasetFiles.SourceFile file;
    final int sourceFileId;
    long read;
    long imported;
    long rejected;
    long duplicates;
    long blank;
    boolean bom;
    List<String> ignored = List.of();

    FileCounts(DatasetFiles.SourceFile file, int sourceFileId) {
        this.file = file;
        this.sourceFileId = sourceFileId;
    }

    FileReport report() {
        return new FileReport(file.name(), file.kind().baseName(), file.format(), file.sha256(), file.size(), read,
                imported, rejected, duplicates, blank, bom, ignored);
    }

    /**
     * The report of a file whose import stopped (failure, cancel): rows read but not yet settled when it stopped
     * (in a batch on their way to the database) are left out of "read", so the counts still reconcile; none of the
     * run's rows are kept anyway.
     */
    FileReport stoppedReport() {
        return new FileReport(file.name(), file.kind().baseName(), file.format(), file.sha256(), file.size(),
                Math.min(read, imported + rejected + duplicates), Math.min(read, imported + rejected + duplicates)
                        - rejected - duplicates, rejected, duplicates, blank, bom, ignored);
    }
}
