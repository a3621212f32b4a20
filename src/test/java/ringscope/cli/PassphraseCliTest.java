package ringscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.importer.Fixtures;
import ringscope.store.CaseStore;

/** {@code --passphrase-file}: import into a new encrypted case, then stats with the right, a wrong and no passphrase. */
class PassphraseCliTest {
    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void anEncryptedCaseIsMadeAndReadWithAPassphraseFileAndRefusedWithoutIt() throws Exception {
        Path good = Files.writeString(tmp.resolve("pass.txt"), "correct horse\n", StandardCharsets.UTF_8);
        Path bad = Files.writeString(tmp.resolve("bad.txt"), "wrong horse\n", StandardCharsets.UTF_8);
        String caseDir = tmp.resolve("c").toString();

        CliRun imported = run("import", "--passphrase-file", good.toString(), caseDir,
                Fixtures.dataset("tiny").toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(CaseStore.isEncrypted(Path.of(caseDir))).isTrue();

        CliRun ok = run("stats", "--passphrase-file", good.toString(), caseDir);
        assertThat(ok.status()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("interaction");

        CliRun wrong = run("stats", "--passphrase-file", bad.toString(), caseDir);
        assertThat(wrong.status()).isEqualTo(1);
        assertThat(wrong.err()).contains("Wrong passphrase");

        CliRun none = run("stats", caseDir);
        assertThat(none.status()).isEqualTo(1);
        assertThat(none.err()).contains("encrypted").contains("passphrase");
    }
}
