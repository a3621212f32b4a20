package ringscope.importer;

import java.io.IOException;
import java.util.List;
import ringscope.store.CaseStore;
import ringscope.store.ImportTransaction;

/**
 * What one import reads and how: the source files (located, not yet fingerprinted) and how each is read into the
 * run. {@link ImportService} owns everything else (transaction, fingerprints, re-import refusal, report).
 */
interface ImportPlan {
    List<DatasetFiles.SourceFile> locate() throws ImportFileException;

    void importFile(ImportRun run, DatasetFiles.SourceFile file, int sourceFileId)
            throws IOException, ImportFileException, ImportCancelledException;

    /** Extra provenance for the source files of a completed run, inside its transaction. */
    default void recordProvenance(ImportTransaction tx, List<Integer> sourceFileIds) {}

    /** Extra provenance for the source files of a failed or cancelled run, after its rollback. */
    default void recordProvenance(CaseStore store, List<Integer> sourceFileIds) {}

    /** Appended to the run summary of a completed run (starts with "; " when not empty). */
    default String summaryNote() {
        return "";
    }
}
