package ringscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonRecentCasesStoreTest {
    @TempDir
    Path tmp;

    @Test
    void savesAndLoadsTheListInOrder() {
        Path file = tmp.resolve("home/recent-cases.json");
        List<Path> cases = List.of(tmp.resolve("b"), tmp.resolve("a \u00e9 \u202E"));

        new JsonRecentCasesStore(file).save(cases);

        assertThat(new JsonRecentCasesStore(file).load()).isEqualTo(cases);
        assertThat(tmp.resolve("home/recent-cases.json.tmp")).doesNotExist();
    }

    @Test
    void aMissingOrBrokenFileIsAnEmptyList() throws Exception {
        Path file = tmp.resolve("recent-cases.json");
        assertThat(new JsonRecentCasesStore(file).load()).isEmpty();

        Files.writeString(file, "{\"version\":1,\"cases\":[\"/x\"");
        assertThat(new JsonRecentCasesStore(file).load()).isEmpty();

        Files.writeString(file, "[1,2]");
        assertThat(new JsonRecentCasesStore(file).load()).isEmpty();
    }
}
