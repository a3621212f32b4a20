package ringscope.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import ringscope.model.CancelToken;
import ringscope.model.ProgressSink;
import ringscope.store.CaseStore;
import ringscope.store.CaseStoreException;

/**
 * RELIABILITY.md F9 on a real read-only file system: a tmpfs remounted read-only (running as root, the read-only bit
 * of a file would not stop us). Linux only; skipped where a tmpfs cannot be mounted. Media cannot turn read-only under
 * an open case (Linux refuses the remount while H2 holds the file for writing, EBUSY): a write failing during an
 * import is covered by {@link DiskFullTest}.
 */
@EnabledOnOs(OS.LINUX)
class ReadOnlyMediaTest {
    @TempDir
    Path tmp;

    private Path mounted;

    private static boolean run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    private Path mountTmpfs() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("media"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", dir.toString()),
                "cannot mount a tmpfs here (needs root)");
        mounted = dir;
        return dir;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            run("umount", "-l", mounted.toString());
        }
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    @Test
    void aCaseOnReadOnlyMediaIsRefusedWithAClearMessageAndLeftUntouched() throws Exception { // F9
        Path media = mountTmpfs();
        Path caseDir = media.resolve("case");
        try (CaseStore store = CaseStore.create(caseDir)) {
            new ImportService(store).importDataset(Fixtures.dataset("tiny"), ImportOptions.defaults(),
                    ProgressSink.NONE, CancelToken.none());
        }
        Path db = caseDir.resolve(CaseStore.DB_NAME + ".mv.db");
        String hash = sha256(db);
        assertThat(run("mount", "-o", "remount,ro", media.toString())).isTrue();

        assertThatThrownBy(() -> CaseStore.open(caseDir)).isInstanceOfSatisfying(CaseStoreException.class,
                e -> assertThat(e.kind()).isEqualTo(CaseStoreException.Kind.READ_ONLY))
                .hasMessageContaining("read-only");
        assertThat(sha256(db)).isEqualTo(hash);
    }
}
