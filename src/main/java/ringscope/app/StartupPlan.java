package ringscope.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import ringscope.store.CaseStore;
import ringscope.ui.MainViewModel;

/**
 * What the window opens with: the last case if there is one; otherwise the bundled sample's case, created and filled
 * from the sample dataset on the very first run. UI thread.
 */
final class StartupPlan {
    private final MainViewModel vm;
    private final AppSettings settings;

    StartupPlan(MainViewModel vm, AppSettings settings) {
        this.vm = vm;
        this.settings = settings;
    }

    void run() {
        Optional<Path> last = vm.recent().mostRecentExisting();
        if (last.isPresent()) {
            vm.openCase(last.get());
            return;
        }
        Path sampleCase = settings.sampleCase();
        if (CaseStore.exists(sampleCase)) {
            vm.openCase(sampleCase);
        } else if (Files.isDirectory(settings.sampleDataset())) {
            vm.newCaseThenImport(sampleCase, settings.sampleDataset());
        } else {
            vm.reportStatus("No case open. The sample dataset was not found at " + settings.sampleDataset()
                    + "; use File \u25b8 New case\u2026 or Open case\u2026");
        }
    }
}
