package ringscope.importer;

/** The user cancelled; the import's transaction must be rolled back. */
final class ImportCancelledException extends Exception {
    ImportCancelledException() {
        super("cancelled", null, false, false);
    }
}
