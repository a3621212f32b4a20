package ringscope.ui;

import java.nio.file.Path;
import java.util.List;

/** Where the recent-cases list is kept between runs. Implementations never throw: a lost list is not an error. */
public interface RecentCasesStore {
    /** Most recent first; empty when nothing was stored or the store cannot be read. */
    List<Path> load();

    void save(List<Path> mostRecentFirst);

    /** Keeps nothing; for tests. */
    RecentCasesStore NONE = new RecentCasesStore() {
        @Override
        public List<Path> load() {
            return List.of();
        }

        @Override
        public void save(List<Path> mostRecentFirst) {
            // nothing kept
        }
    };
}
