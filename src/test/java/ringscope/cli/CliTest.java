package ringscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.importer.Fixtures;

class CliTest {
    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void importCreatesTheCaseAndPrintsPerFileCounts() {
        CliRun r = run("import", tmp.resolve("c").toString(), Fixtures.dataset("tiny-bad").toString());

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("COMPLETE").containsPattern("interactions.csv\\s+11\\s+2\\s+8\\s+1\\s+1");
        assertThat(r.out()).contains("interactions.csv:3 INVALID_UTF8");
        assertThat(r.err()).contains("interactions.csv");
    }

    @Test
    void statsListsTableCountsAndSourceFingerprints() {
        run("import", tmp.resolve("c").toString(), Fixtures.dataset("tiny").toString());

        CliRun r = run("stats", tmp.resolve("c").toString());

        assertThat(r.status()).isZero();
        assertThat(r.out()).containsPattern("interaction\\s+12\\n").containsPattern("account\\s+4\\n")
                .contains("COMPLETE");
        assertThat(r.out()).containsPattern("sha256 [0-9a-f]{64}");
    }

    @Test
    void failedImportExitsNonZeroWithAClearMessage() {
        CliRun r = run("import", tmp.resolve("c").toString(), tmp.resolve("no-such-dataset").toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("Not a dataset folder");
    }

    @Test
    void statsOnAMissingCaseSaysSo() {
        CliRun r = run("stats", tmp.resolve("nothing-here").toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("No case found");
    }

    @Test
    void usageErrorExitsWithTwo() {
        assertThat(run("import").status()).isEqualTo(2);
    }

    @Test
    void knowsItsCommandsSoTheLauncherCanChooseHeadless() {
        assertThat(Cli.isCommand("import")).isTrue();
        assertThat(Cli.isCommand("stats")).isTrue();
        assertThat(Cli.isCommand("--sample")).isFalse();
    }
}
