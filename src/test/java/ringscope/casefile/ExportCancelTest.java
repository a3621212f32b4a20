package ringscope.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.model.CancelToken;
import ringscope.model.Progress;
import ringscope.model.ProgressSink;

/** RELIABILITY H5 (cancel half), rule 4: a cancelled export leaves nothing at the target and no temp file. */
class ExportCancelTest {
    @TempDir
    Path tmp;

    ExportedCase c;

    @BeforeEach
    void open() {
        c = new ExportedCase(tmp);
    }

    @AfterEach
    void close() {
        c.close();
    }

    private List<Path> filesIn(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    /** Cancels at the first progress report whose stage starts with {@code stage}. */
    @ParameterizedTest
    @ValueSource(strings = {"cluster", "writing case.json", "writing extracts/links.csv", "writing timeline"})
    void cancelledExportLeavesNoFile(String stage) throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        CancelToken token = new CancelToken();
        ProgressSink cancelAt = (Progress p) -> {
            if (p.stage().startsWith(stage)) {
                token.cancel();
            }
        };
        assertThatThrownBy(() -> new CaseFileExporter(c.store, c.casework).export(out.resolve("a.ringcase"),
                ExportProfile.FULL, cancelAt, token)).isInstanceOf(ExportCancelledException.class);
        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void cancelledReExportKeepsThePreviousBundleIntact() throws Exception {
        Path target = tmp.resolve("out/a.ringcase");
        c.export(target, ExportProfile.FULL);
        byte[] before = Files.readAllBytes(target);
        CancelToken token = new CancelToken();
        assertThatThrownBy(() -> new CaseFileExporter(c.store, c.casework).export(target, ExportProfile.FULL,
                p -> token.cancel(), token)).isInstanceOf(ExportCancelledException.class);
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        assertThat(filesIn(target.getParent())).containsExactly(target);
    }

    @Test
    void exportReportsProgressPerEntry() {
        List<String> stages = new java.util.concurrent.CopyOnWriteArrayList<>();
        new CaseFileExporter(c.store, c.casework).export(tmp.resolve("b.ringcase"), ExportProfile.FULL,
                p -> stages.add(p.stage()), CancelToken.none());
        assertThat(stages).contains("writing case.json", "writing manifest.json");
    }
}
