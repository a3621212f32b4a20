package ringscope.model;

import java.util.List;

/**
 * Provenance and counts of one source file in one import. Invariant: {@code read == imported + rejected + duplicates}
 * (blank lines are counted apart and are not rows).
 */
public record FileReport(String fileName, String kind, String format, String sha256, long sizeBytes, long read,
        long imported, long rejected, long duplicates, long blank, boolean bomPresent, List<String> ignoredColumns) {

    public FileReport {
        ignoredColumns = List.copyOf(ignoredColumns);
        if (read != imported + rejected + duplicates) {
            throw new IllegalArgumentException(
                    fileName + ": counts do not reconcile: read " + read + " != " + imported + " + " + rejected + " + "
                            + duplicates);
        }
    }
}
