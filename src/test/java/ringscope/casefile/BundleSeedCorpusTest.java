package ringscope.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The committed seeds of {@link BundleFuzzTest} reach the paths they are named after, so the fuzzer starts from a
 * verified bundle and from each kind of refusal (a seed that drifted would quietly weaken the fuzzing).
 */
class BundleSeedCorpusTest {
    private static BundleContents read(String seed) throws IOException {
        try (InputStream in = BundleSeedCorpusTest.class.getResourceAsStream(
                "BundleFuzzTestInputs/readAndVerify/" + seed)) {
            assertThat(in).as(seed).isNotNull();
            return new BundleReader().read(in);
        }
    }

    @Test
    void theValidSeedIsABundleThatVerifies() throws IOException {
        Verification v = new BundleVerifier().verify(read("valid-tiny-bundle"), "");
        assertThat(v.findings()).isEmpty();
        assertThat(v.ok()).isTrue();
    }

    @Test
    void theTamperedSeedReadsButDoesNotVerifyAndBlamesTheReport() throws IOException {
        Verification v = new BundleVerifier().verify(read("tampered-report"), "");
        assertThat(v.ok()).isFalse();
        assertThat(v.findings()).extracting(Verification.Finding::entry).containsExactly(CaseFileFormat.REPORT);
    }

    @Test
    void eachHostileOrDamagedSeedIsRefusedWithItsReason() {
        assertThatThrownBy(() -> read("zip-slip-entry")).isInstanceOf(BundleException.class)
                .hasMessageContaining("climbs out of the bundle");
        assertThatThrownBy(() -> read("absolute-entry")).isInstanceOf(BundleException.class)
                .hasMessageContaining("absolute path");
        assertThatThrownBy(() -> read("bomb-like-entry")).isInstanceOf(BundleException.class)
                .hasMessageContaining("compression ratio above 100:1");
        assertThatThrownBy(() -> read("truncated-zip")).isInstanceOf(BundleException.class)
                .hasMessageContaining("truncated");
        assertThatThrownBy(() -> read("duplicate-names")).isInstanceOf(BundleException.class)
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> read("not-a-zip")).isInstanceOf(BundleException.class)
                .hasMessage("Not a case file: it holds no zip entries");
    }
}
