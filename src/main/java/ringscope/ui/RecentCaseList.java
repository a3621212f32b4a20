package ringscope.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The recent cases, most recent first, at most {@value #MAX} of them; every change is saved. UI thread. */
public final class RecentCaseList {
    static final int MAX = 8;
    private final RecentCasesStore store;
    private final ObservableList<Path> cases = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(cases);

    public RecentCaseList(RecentCasesStore store) {
        this.store = store;
        List<Path> loaded = new ArrayList<>();
        for (Path p : store.load()) {
            Path abs = p.toAbsolutePath().normalize();
            if (!loaded.contains(abs) && loaded.size() < MAX) {
                loaded.add(abs);
            }
        }
        cases.setAll(loaded);
    }

    public ObservableList<Path> cases() {
        return readOnly;
    }

    /** Moves {@code folder} to the top. */
    public void add(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(cases);
        next.remove(abs);
        next.add(0, abs);
        while (next.size() > MAX) {
            next.remove(next.size() - 1);
        }
        cases.setAll(next);
        store.save(List.copyOf(next));
    }

    public void remove(Path folder) {
        if (cases.remove(folder.toAbsolutePath().normalize())) {
            store.save(List.copyOf(cases));
        }
    }

    /** The most recent case whose folder still exists. */
    public Optional<Path> mostRecentExisting() {
        return cases.stream().filter(Files::isDirectory).findFirst();
    }
}
