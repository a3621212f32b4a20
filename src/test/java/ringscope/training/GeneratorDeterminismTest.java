package ringscope.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.model.CancelToken;
import ringscope.model.ProgressSink;

class GeneratorDeterminismTest {
    private static final List<String> FILES = List.of("dataset.json", "accounts.csv", "interactions.csv",
            "payments.csv", "ip_info.csv", "events.csv", "answer-key.json");

    @TempDir
    Path tmp;

    @Test
    void sameSeedGivesByteIdenticalFiles() throws Exception {
        TestDatasets.generate(TestDatasets.ALL_KINDS, tmp.resolve("a"));
        TestDatasets.generate(TestDatasets.ALL_KINDS, tmp.resolve("b"));
        for (String f : FILES) {
            assertThat(Files.readAllBytes(tmp.resolve("a").resolve(f)))
                    .as(f)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(f)));
        }
        try (Stream<Path> s = Files.list(tmp.resolve("a"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(FILES);
        }
    }

    @Test
    void sameSeedGivesIdenticalCompressedFiles() throws Exception {
        Scenario s = TestDatasets.scenario(TestDatasets.ALL_KINDS).scaled(0.3).withGzip(true);
        new DatasetGenerator().generate(s, tmp.resolve("a"), ProgressSink.NONE, CancelToken.none());
        new DatasetGenerator().generate(s, tmp.resolve("b"), ProgressSink.NONE, CancelToken.none());
        assertThat(Files.readAllBytes(tmp.resolve("a/interactions.csv.gz")))
                .isEqualTo(Files.readAllBytes(tmp.resolve("b/interactions.csv.gz")));
        assertThat(TestDatasets.read(tmp.resolve("a/interactions.csv.gz"))).isNotEmpty();
    }

    @Test
    void anotherSeedGivesOtherData() throws Exception {
        Scenario s = TestDatasets.scenario(TestDatasets.ALL_KINDS).scaled(0.3);
        new DatasetGenerator().generate(s, tmp.resolve("a"), ProgressSink.NONE, CancelToken.none());
        new DatasetGenerator().generate(s.withSeed(43), tmp.resolve("b"), ProgressSink.NONE, CancelToken.none());
        assertThat(Files.readAllBytes(tmp.resolve("a/accounts.csv")))
                .isNotEqualTo(Files.readAllBytes(tmp.resolve("b/accounts.csv")));
    }

    @Test
    void generationRefusesANonEmptyTargetFolder() throws Exception {
        Path target = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(target.resolve("notes.txt"), "keep me");
        assertThatThrownBy(() -> TestDatasets.generate(TestDatasets.ALL_KINDS, target))
                .isInstanceOf(DirectoryNotEmptyException.class);
        assertThat(Files.readString(target.resolve("notes.txt"))).isEqualTo("keep me");
    }

    @Test
    void cancelledGenerationLeavesNothingBehind() throws Exception {
        CancelToken cancel = new CancelToken();
        ProgressSink cancelAfterSomeRows = p -> {
            if (p.items() > 1_000) {
                cancel.cancel();
            }
        };
        Path target = tmp.resolve("cancelled");
        assertThatThrownBy(() -> new DatasetGenerator().generate(TestDatasets.scenario(TestDatasets.ALL_KINDS),
                        target, cancelAfterSomeRows, cancel))
                .isInstanceOf(GenerationCancelledException.class);
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void scalingMultipliesAccountsButKeepsRatesAndSeed() throws Exception {
        Scenario s = TestDatasets.scenario(TestDatasets.ALL_KINDS);
        Scenario big = s.scaled(2);
        assertThat(big.plan().background().accounts()).isEqualTo(600);
        assertThat(big.plan().hydra().orElseThrow().accounts()).isEqualTo(180);
        assertThat(big.plan().hydra().orElseThrow().dailyPerAccount()).isEqualTo(24);
        assertThat(big.seed()).isEqualTo(42);
    }
}
