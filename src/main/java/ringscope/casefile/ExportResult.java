package ringscope.casefile;

import java.nio.file.Path;

/** A written case file: where, its root hash (print it in the hand-over note), how many entries and bytes. */
public record ExportResult(Path file, String rootHash, int entries, long bytes, int taggedClusters) {}
