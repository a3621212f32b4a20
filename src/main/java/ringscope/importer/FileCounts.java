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
}
