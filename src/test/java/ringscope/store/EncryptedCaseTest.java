package ringscope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.importer.Fixtures;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.model.CancelToken;
import ringscope.model.ImportStatus;
import ringscope.model.ProgressSink;

/** Optional encryption at rest (issue 10): H2 CIPHER=AES with the passphrase only in the password property. */
class EncryptedCaseTest {
    private static final String MARKER = "198.51.100"; // an IP prefix present in the tiny dataset

    @TempDir
    Path tmp;

    private static void importTiny(CaseStore store) {
        assertThat(new ImportService(store).importDataset(Fixtures.dataset("tiny"), ImportOptions.defaults(),
                ProgressSink.NONE, CancelToken.none()).status()).isEqualTo(ImportStatus.COMPLETE);
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    private static boolean fileContains(Path f, String text) throws Exception {
        return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(text);
    }

    @Test
    void anEncryptedCaseHoldsNoReadableDataAndOpensOnlyWithItsPassphrase() throws Exception {
        Path plain = tmp.resolve("plain");
        try (CaseStore store = CaseStore.create(plain)) {
            importTiny(store);
        }
        Path secret = tmp.resolve("secret");
        try (CaseStore store = CaseStore.create(secret, "correct horse".toCharArray())) {
            importTiny(store);
            assertThat(store.encrypted()).isTrue();
            try (Connection c = store.connect()) {
                assertThat(c.getMetaData().getURL()).doesNotContain("horse");
            }
        }
        Path db = secret.resolve(CaseStore.DB_NAME + ".mv.db");
        assertThat(fileContains(plain.resolve(CaseStore.DB_NAME + ".mv.db"), MARKER)).as("control").isTrue();
        assertThat(fileContains(db, MARKER)).isFalse();
        assertThat(CaseStore.isEncrypted(secret)).isTrue();
        assertThat(CaseStore.isEncrypted(plain)).isFalse();
        String hash = sha256(db);

        assertThatThrownBy(() -> CaseStore.open(secret)).isInstanceOfSatisfying(CaseStoreException.class,
                e -> assertThat(e.kind()).isEqualTo(CaseStoreException.Kind.PASSPHRASE_REQUIRED))
                .hasMessageContaining("encrypted");
        assertThatThrownBy(() -> CaseStore.open(secret, "wrong horse".toCharArray()))
                .isInstanceOfSatisfying(CaseStoreException.class,
                        e -> assertThat(e.kind()).isEqualTo(CaseStoreException.Kind.WRONG_PASSPHRASE))
                .hasMessageContaining("Wrong passphrase");
        assertThat(sha256(db)).as("failed attempts leave the file untouched").isEqualTo(hash);

        try (CaseStore store = CaseStore.open(secret, "correct horse".toCharArray())) {
            assertThat(CaseDump.count(store, "SELECT COUNT(*) FROM interaction")).isEqualTo(12);
        }
    }

    @Test
    void aPassphraseForAnUnencryptedCaseIsRefusedClearly() {
        Path plain = tmp.resolve("plain");
        CaseStore.create(plain).close();

        assertThatThrownBy(() -> CaseStore.open(plain, "x".toCharArray())).isInstanceOf(CaseStoreException.class)
                .hasMessageContaining("not encrypted");
    }
}
