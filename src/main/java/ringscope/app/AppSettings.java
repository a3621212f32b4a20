package ringscope.app;

import java.nio.file.Path;

/**
 * Where RingScope keeps its data and finds the bundled datasets.
 *
 * @param home the user's data folder: {@code ringscope.home}, default {@code ~/.ringscope}
 * @param datasets the bundled datasets: {@code ringscope.datasets}, default {@code ./datasets} (the installer sets it
 *     to the copy inside the app image)
 */
public record AppSettings(Path home, Path datasets) {
    public static final String SAMPLE = "classroom-reseller";

    public static AppSettings fromSystemProperties() {
        String home = System.getProperty("ringscope.home");
        String datasets = System.getProperty("ringscope.datasets");
        return new AppSettings(
                (home == null || home.isBlank() ? Path.of(System.getProperty("user.home"), ".ringscope") : Path.of(home))
                        .toAbsolutePath()
                        .normalize(),
                Path.of(datasets == null || datasets.isBlank() ? "datasets" : datasets).toAbsolutePath().normalize());
    }

    public Path recentCasesFile() {
        return home.resolve("recent-cases.json");
    }

    /** The analyst's own mapping profiles (the shipped ones come from the app's resources). */
    public Path profilesFolder() {
        return home.resolve("profiles");
    }

    /** The case the first run creates for the bundled sample. */
    public Path sampleCase() {
        return home.resolve("cases").resolve(SAMPLE);
    }

    public Path sampleDataset() {
        return datasets.resolve(SAMPLE);
    }
}
