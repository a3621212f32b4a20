package ringscope.importer;

/**
 * Settings of one import.
 *
 * @param allowReimport import a file even if a file with the same SHA-256 is already in the case
 * @param maxFileBytes files larger than this are refused before parsing
 */
public record ImportOptions(boolean allowReimport, long maxFileBytes) {
    public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024 * 1024;

    public static ImportOptions defaults() {
        return new ImportOptions(false, DEFAULT_MAX_FILE_BYTES);
    }
}
