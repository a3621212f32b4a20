package ringscope.ui.wizard;

import java.nio.file.Path;
import ringscope.importer.MappingProfile;
import ringscope.model.CancelToken;
import ringscope.model.ImportReport;
import ringscope.model.ProgressSink;
import ringscope.ui.OpenCase;

/**
 * Imports one third-party file into an open case through a mapping profile. The app binds it to
 * {@code ImportService.importMapped}; runs on the worker thread, polls {@code cancel}, reports bad input in the report.
 */
@FunctionalInterface
public interface MappedImporter {
    ImportReport importFile(OpenCase target, Path file, MappingProfile profile, ProgressSink progress,
            CancelToken cancel);
}
