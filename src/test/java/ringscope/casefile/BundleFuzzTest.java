package ringscope.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;

/**
 * Jazzer fuzz target for the case-file bundle reader and verifier (RELIABILITY G5, G6; docs/reliability.md). The
 * contract under test: for any bytes, {@link BundleReader} and {@link BundleVerifier} give a {@link Verification}
 * (verified or not, with findings that name entries) or throw a {@link BundleException} with a message; nothing else
 * escapes (no {@code IllegalArgumentException} from the zip layer, no {@code OutOfMemoryError}: the test JVM has 1 GB
 * and the reader's caps must hold well below it), every entry name the reader accepts resolves inside any folder it
 * might be extracted to, and nothing is written next to the bundle or above its folder.
 *
 * <p>In CI this runs in regression mode over the seeds in {@code BundleFuzzTestInputs/readAndVerify/} (written by
 * {@link BundleFuzzSeeds}: a valid small bundle, a zip-slip entry, a bomb-like entry, a truncated zip and more). Fuzz
 * mode: {@code JAZZER_FUZZ=1 mvn test -Dtest=BundleFuzzTest}; the limits below apply only there.
 */
@Tag("fuzz")
class BundleFuzzTest {
    private static final String INPUT = "input.ringcase";

    /** outer/target/input.ringcase: an extraction that escaped target would land in outer (or above). */
    private static final Path OUTER = sandbox();

    private static final Path TARGET = OUTER.resolve("target");

    @FuzzTest(maxDuration = "40m", maxExecutions = 10_000_000L)
    void readAndVerify(byte[] data) throws IOException {
        Path file = TARGET.resolve(INPUT);
        // delete, then create: rewriting the file in place truncates it, and ext4 then flushes it to disk on close
        // (auto_da_alloc), about 3 ms per input, most of this target's time
        Files.deleteIfExists(file);
        Files.write(file, data);
        try {
            BundleContents bundle = new BundleReader().read(file);
            assertThat(bundle.names()).isNotEmpty();
            for (String name : bundle.names()) {
                Path resolved = TARGET.resolve(name).normalize();
                assertThat(resolved.startsWith(TARGET) && !resolved.equals(TARGET))
                        .as("entry name %s stays inside the folder", name).isTrue();
            }
            Verification v = new BundleVerifier().verify(bundle, "");
            assertThat(v.headline()).isNotBlank();
            if (v.ok()) {
                assertThat(v.findings()).isEmpty();
                assertThat(v.rootHash()).matches("[0-9a-f]{64}");
            } else {
                assertThat(v.findings()).isNotEmpty().allSatisfy(f -> {
                    assertThat(f.entry()).isNotBlank();
                    assertThat(f.problem()).isNotBlank();
                });
            }
            // the review window's path over the same bytes: the same verdict and a summary it can show
            ReviewedCaseFile reviewed = ReviewedCaseFile.open(file, "");
            assertThat(reviewed.verification()).isEqualTo(v);
            assertThat(reviewed.summaryLines()).isNotEmpty();
        } catch (BundleException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
        assertThat(list(OUTER)).containsExactly(TARGET);
        assertThat(list(TARGET)).containsExactly(file);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    private static Path sandbox() {
        try {
            Path outer = Files.createTempDirectory("bundle-fuzz");
            Files.createDirectory(outer.resolve("target"));
            outer.toFile().deleteOnExit();
            outer.resolve("target").toFile().deleteOnExit();
            outer.resolve("target").resolve(INPUT).toFile().deleteOnExit();
            return outer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
