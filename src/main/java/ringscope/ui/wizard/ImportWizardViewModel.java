package ringscope.ui.wizard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ringscope.importer.DetectedFormat;
import ringscope.importer.FieldRule;
import ringscope.importer.FormatDetector;
import ringscope.importer.MappedPreview;
import ringscope.importer.MappingProfile;
import ringscope.importer.MappingSuggester;
import ringscope.importer.Preview;
import ringscope.importer.PreviewRow;
import ringscope.importer.ProfileLibrary;
import ringscope.importer.TimeFormat;
import ringscope.ui.BackgroundRunner;
import ringscope.ui.ErrorMessages;
import ringscope.ui.ImportViewModel;
import ringscope.ui.OpenCase;

/**
 * The import wizard's state: the chosen file, its detected format, the mapping profile being edited and a live
 * preview of the first rows as the import would read them (parsed times, rows that would be rejected and why). Every
 * edit replaces the profile and re-reads the preview on the worker; results of an outdated edit are dropped. Import
 * hands the file and profile to the usual import progress/report view model. UI thread.
 */
public final class ImportWizardViewModel {
    static final int PREVIEW_ROWS = 50;

    /** What the wizard needs from the app: services, the open case and how to show an import. */
    public record Services(ProfileLibrary library, FormatDetector detector, MappedPreview preview,
            MappingSuggester suggester, MappedImporter importer) {}

    private final BackgroundRunner runner;
    private final Services services;
    private final Supplier<OpenCase> openCase;
    private final Consumer<ImportViewModel> showImport;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper detected = new ReadOnlyStringWrapper(this, "detected", "");
    private final ObjectProperty<MappingProfile> profile = new SimpleObjectProperty<>(this, "profile");
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> profileNames = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Choose a file to import");
    private long generation;

    public ImportWizardViewModel(BackgroundRunner runner, Services services, Supplier<OpenCase> openCase,
            Consumer<ImportViewModel> showImport) {
        this.runner = runner;
        this.services = services;
        this.openCase = openCase;
        this.showImport = showImport;
        profile.addListener((o, before, now) -> refreshPreview());
        runner.submit("Listing mapping profiles", (p, c) -> services.library().all(), p -> {},
                all -> profileNames.setAll(all.stream().map(MappingProfile::name).toList()),
                e -> status.set(ErrorMessages.forUser("Listing the profiles", e)));
    }

    /** Detects the file's format, proposes a mapping and shows the preview. */
    public void open(Path path) {
        file.set(path);
        status.set("Reading " + path.getFileName() + "\u2026");
        long gen = ++generation;
        runner.submit("Detecting the format", (p, c) -> {
            DetectedFormat d = services.detector().detect(path);
            Preview records = services.preview().records(path, d.format(), PREVIEW_ROWS);
            String name = path.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "-");
            name = name.length() > 64 ? name.substring(0, 64) : name;
            return new Object[] {d, services.suggester().suggest(name, d.format(), records)};
        }, p -> {}, result -> {
            if (gen == generation) {
                detected.set(((DetectedFormat) result[0]).explanation());
                profile.set((MappingProfile) result[1]);
            }
        }, e -> status.set(ErrorMessages.forUser("Reading the file", e)));
    }

    /** Replaces the mapping with a saved or shipped profile of that name. */
    public void useProfile(String name) {
        runner.submit("Loading profile", (p, c) -> services.library().find(name), p -> {}, profile::set,
                e -> status.set(ErrorMessages.forUser("Loading the profile", e)));
    }

    public void mapColumn(String field, String column) {
        edit(p -> p.withField(field, column == null || column.isEmpty() ? null : FieldRule.column(column)));
    }

    public void mapConstant(String field, String value) {
        edit(p -> p.withField(field, value == null || value.isEmpty() ? null : FieldRule.constant(value)));
    }

    /** The account is the first of these columns that has a value (for example an API key, else the user). */
    public void mapAccount(List<String> columnsInOrder) {
        List<String> cols = columnsInOrder.stream().filter(c -> c != null && !c.isEmpty()).distinct().toList();
        edit(p -> p.withField("account_id", cols.isEmpty() ? null
                : cols.size() == 1 ? FieldRule.column(cols.get(0)) : FieldRule.firstOf(cols)));
    }

    public void combine(String field, List<String> parts, String separator) {
        edit(p -> p.withField(field, parts.isEmpty() ? null : FieldRule.combine(parts, separator)));
    }

    public void setTime(TimeFormat.Kind kind, String pattern, String zone) {
        edit(p -> p.withTime(new TimeFormat(kind, pattern == null || pattern.isBlank() ? null : pattern,
                zone == null || zone.isBlank() ? null : zone.strip())));
    }

    public void setZone(String zone) {
        MappingProfile p = profile.get();
        if (p != null) {
            TimeFormat t = p.time();
            setTime(t.kind(), t.pattern(), zone);
        }
    }

    public void setName(String name) {
        edit(p -> p.withName(name));
    }

    private void edit(java.util.function.UnaryOperator<MappingProfile> change) {
        MappingProfile p = profile.get();
        if (p != null) {
            profile.set(change.apply(p));
        }
    }

    private void refreshPreview() {
        Path f = file.get();
        MappingProfile p = profile.get();
        if (f == null || p == null) {
            return;
        }
        long gen = ++generation;
        runner.submit("Previewing", (pr, c) -> services.preview().preview(f, p, PREVIEW_ROWS), pr -> {}, result -> {
            if (gen == generation) {
                show(result);
            }
        }, e -> status.set(ErrorMessages.forUser("The preview", e)));
    }

    private void show(Preview result) {
        List<String> cols = new ArrayList<>(result.columns());
        if (!cols.equals(columns)) {
            columns.setAll(cols);
        }
        rows.setAll(result.rows());
        status.set(!result.error().isEmpty() ? result.error()
                : result.rejectedRows() + " of " + result.rows().size() + " preview rows would be rejected");
    }

    /** Saves the profile under its name in the user's profiles. */
    public void save() {
        MappingProfile p = profile.get();
        if (p == null) {
            return;
        }
        runner.submit("Saving profile", (pr, c) -> services.library().save(p), pr -> {}, path -> {
            status.set("Saved profile " + p.name());
            if (!profileNames.contains(p.name())) {
                profileNames.add(p.name());
            }
        }, e -> status.set(ErrorMessages.forUser("Saving the profile", e)));
    }

    /** Starts the import of the file with the current profile into the open case; false when that is impossible. */
    public boolean startImport() {
        OpenCase target = openCase.get();
        Path f = file.get();
        MappingProfile p = profile.get();
        if (target == null || f == null || p == null) {
            status.set(target == null ? "Open or create a case before importing." : "Choose a file first.");
            return false;
        }
        MappedImporter importer = services.importer();
        OpenCase bound = new OpenCase(target.folder(), target.overview(),
                (path, progress, cancel) -> importer.importFile(target, path, p, progress, cancel), target.store());
        ImportViewModel vm = new ImportViewModel(runner, bound, f, done -> {});
        showImport.accept(vm);
        vm.start();
        return true;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detectedProperty() {
        return detected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MappingProfile> profileProperty() {
        return profile;
    }

    public ObservableList<String> columns() {
        return columns;
    }

    public ObservableList<PreviewRow> rows() {
        return rows;
    }

    public ObservableList<String> profileNames() {
        return profileNames;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
