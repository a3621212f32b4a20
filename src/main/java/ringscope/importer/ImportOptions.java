package ringscope.importer;

/**
 * Settings of one import.
 *
 * @param allowReimport import a file even if a file with the same SHA-256 is already in the case
 * @param maxFileBytes files larger than this are refused before parsing
 * @param aggregateCells how many aggregate cells (account × hour, account × term) the importer keeps in memory before
 *     it adds them to the case and starts afresh; about 60 bytes each, twice over while one lot is written
 */
public record ImportOptions(boolean allowReimport, long maxFileBytes, int aggregateCells) {
    public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024 * 1024;
    /** ~200 MB of cells in memory, ~400 MB while a lot is being written: fits a 2 GB heap at campaign scale. */
    public static final int DEFAULT_AGGREGATE_CELLS = 3_000_000;

    public ImportOptions {
        if (aggregateCells < 1) {
            throw new IllegalArgumentException("aggregateCells must be positive: " + aggregateCells);
        }
    }

    public ImportOptions(boolean allowReimport, long maxFileBytes) {
        this(allowReimport, maxFileBytes, DEFAULT_AGGREGATE_CELLS);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(false, DEFAULT_MAX_FILE_BYTES);
    }
}
