package ringscope.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RELIABILITY G5, G6: path escapes, duplicates, too many or too large entries, zip bombs; refused with the reason. */
class HostileBundleTest {
    @TempDir
    Path tmp;

    private static final byte[] SMALL = "x".getBytes(StandardCharsets.UTF_8);

    private Path zip(String... names) throws java.io.IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("case.json", "{}".getBytes(StandardCharsets.UTF_8));
        for (String n : names) {
            m.put(n, SMALL);
        }
        return Zips.write(Files.createDirectories(tmp.resolve("in")).resolve("hostile.ringcase"), m);
    }

    private long filesUnder(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "../../etc/x", "/etc/x", "C:\\x", "C:/x", "a\\..\\b", "a/../../b", "a/./b",
        "extracts/", "a//b", "a/\u202Eb", "con:x"})
    void pathEscapingOrOddNamesAreRejectedBeforeAnythingIsTrusted(String name) throws Exception {
        Path f = zip(name);
        assertThatThrownBy(() -> new BundleReader().read(f)).isInstanceOf(BundleException.class)
                .hasMessageStartingWith("Rejected: ");
        assertThat(filesUnder(tmp)).isEqualTo(1);
        assertThat(Files.exists(tmp.resolve("x"))).isFalse();
    }

    @Test
    void duplicateEntryNamesAreRejected() throws Exception {
        byte[] z = Zips.zip(Map.of("dupA", SMALL, "dupB", SMALL));
        String latin = new String(z, StandardCharsets.ISO_8859_1).replace("dupB", "dupA");
        Path f = Files.write(tmp.resolve("dup.ringcase"), latin.getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> new BundleReader().read(f)).isInstanceOf(BundleException.class)
                .hasMessage("Rejected: the entry name 'dupA' appears twice");
    }

    @Test
    void highlyCompressedEntryIsRejectedAsABomb() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("case.json", new byte[64 << 20]);
        Path f = Zips.write(tmp.resolve("bomb.ringcase"), m);
        assertThat(f.toFile().length()).isLessThan(1 << 20);
        assertThatThrownBy(() -> new BundleReader().read(f)).isInstanceOf(BundleException.class)
                .hasMessage("Rejected: entry 'case.json' has a compression ratio above 100:1 (zip bomb?)");
    }

    @Test
    void tooManyEntriesAreRejected() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < 65; i++) {
            m.put("e" + i, SMALL);
        }
        Path f = Zips.write(tmp.resolve("many.ringcase"), m);
        assertThatThrownBy(() -> new BundleReader().read(f)).isInstanceOf(BundleException.class)
                .hasMessage("Rejected: more than 64 entries");
    }

    @Test
    void entryAndTotalSizeCapsAreEnforced() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("a", new byte[3000]);
        m.put("b", new byte[3000]);
        Path f = Zips.write(tmp.resolve("big.ringcase"), m);
        BundleLimits entryCap = new BundleLimits(64, 2000, 10_000, 100_000, 1 << 20, 1 << 20);
        assertThatThrownBy(() -> new BundleReader(entryCap).read(f))
                .hasMessage("Rejected: entry 'a' inflates to more than 2,000 bytes (limit)");
        BundleLimits totalCap = new BundleLimits(64, 4000, 5000, 100_000, 1 << 20, 1 << 20);
        assertThatThrownBy(() -> new BundleReader(totalCap).read(f))
                .hasMessage("Rejected: the entries inflate to more than 5,000 bytes in all (limit)");
        BundleLimits fileCap = new BundleLimits(64, 4000, 10_000, 100_000, 1 << 20, 10);
        assertThatThrownBy(() -> new BundleReader(fileCap).read(f)).hasMessageContaining("the limit is 10 bytes");
    }

    @Test
    void notAZipAndMissingFileGiveClearMessages() throws Exception {
        Path text = Files.writeString(tmp.resolve("notes.ringcase"), "just text");
        assertThatThrownBy(() -> new BundleReader().read(text)).isInstanceOf(BundleException.class)
                .hasMessage("Not a case file: it holds no zip entries");
        assertThatThrownBy(() -> new BundleReader().read(tmp.resolve("absent.ringcase")))
                .isInstanceOf(BundleException.class).hasMessageStartingWith("No such case file: ");
    }

    @Test
    void bundleWithoutManifestIsNotVerified() throws Exception {
        Verification v = new BundleVerifier().verify(new BundleReader().read(zip("report.html")), "");
        assertThat(v.ok()).isFalse();
        assertThat(v.headline()).isEqualTo("NOT verified: manifest.json: missing: this is not a complete case file");
    }

    @Test
    void manifestWithDuplicateKeysOrTypeTagsIsRejectedByTheStrictParser() {
        byte[] dup = "{\"format\":\"ringscope-casefile\",\"format\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Manifest.read(dup)).hasMessageStartingWith("manifest.json: not valid JSON")
                .hasMessageContaining("Duplicate field 'format'");
        byte[] deep = ("[".repeat(1000) + "]".repeat(1000)).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CaseFileJson.read("case.json", deep)).hasMessageStartingWith("case.json: not valid"
                + " JSON").hasMessageContaining("nesting depth");
        assertThat(CaseFileJson.mapper().getPolymorphicTypeValidator().getClass().getSimpleName())
                .isEqualTo("LaissezFaireSubTypeValidator");
        assertThat(CaseFileJson.mapper().getDeserializationConfig().getDefaultTyper(null)).isNull();
    }
}
