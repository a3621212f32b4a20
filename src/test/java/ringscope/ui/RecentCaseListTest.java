package ringscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentCaseListTest {
    @TempDir
    Path tmp;

    /** Keeps what was saved, like the JSON file does. */
    static final class MemoryStore implements RecentCasesStore {
        List<Path> saved = new ArrayList<>();

        @Override
        public List<Path> load() {
            return saved;
        }

        @Override
        public void save(List<Path> mostRecentFirst) {
            saved = List.copyOf(mostRecentFirst);
        }
    }

    @Test
    void addMovesACaseToTheTopWithoutDuplicatesAndSaves() {
        MemoryStore store = new MemoryStore();
        RecentCaseList list = new RecentCaseList(store);
        list.add(tmp.resolve("a"));
        list.add(tmp.resolve("b"));
        list.add(tmp.resolve("a"));

        assertThat(list.cases()).containsExactly(tmp.resolve("a"), tmp.resolve("b"));
        assertThat(store.saved).containsExactly(tmp.resolve("a"), tmp.resolve("b"));
        assertThat(new RecentCaseList(store).cases()).containsExactly(tmp.resolve("a"), tmp.resolve("b"));
    }

    @Test
    void keepsAtMostEightCases() {
        RecentCaseList list = new RecentCaseList(new MemoryStore());
        for (int i = 0; i < 12; i++) {
            list.add(tmp.resolve("c" + i));
        }
        assertThat(list.cases()).hasSize(RecentCaseList.MAX).startsWith(tmp.resolve("c11")).endsWith(tmp.resolve("c4"));
    }

    @Test
    void mostRecentExistingSkipsFoldersThatAreGone() throws Exception {
        RecentCaseList list = new RecentCaseList(new MemoryStore());
        Path kept = Files.createDirectory(tmp.resolve("kept"));
        list.add(kept);
        list.add(tmp.resolve("deleted"));

        assertThat(list.mostRecentExisting()).contains(kept);
    }
}
