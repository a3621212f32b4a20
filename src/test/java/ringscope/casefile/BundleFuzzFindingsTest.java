package ringscope.casefile;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs {@link BundleFuzzTest} once failed on, each kept as a {@code finding-*} seed as well. */
class BundleFuzzFindingsTest {
    @TempDir
    Path tmp;

    /**
     * Finding 1: an entry name that is not UTF-8 made {@code ZipInputStream} throw {@code IllegalArgumentException}
     * ("malformed input"), which escaped the reader and the review window's error handling.
     */
    @Test
    void anEntryNameThatIsNotUtf8IsRejectedAsABundleProblem() throws Exception {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("case.json", "{}".getBytes(StandardCharsets.UTF_8));
        m.put("badname", "x".getBytes(StandardCharsets.UTF_8));
        byte[] zip = Zips.zip(m);
        // 0xFF never occurs in UTF-8; patch it into the second entry's name (local header and central directory)
        String latin = new String(zip, StandardCharsets.ISO_8859_1).replace("badname", "bad\u00ffame");
        Path f = Files.write(tmp.resolve("bad-name.ringcase"), latin.getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> new BundleReader().read(f)).isInstanceOf(BundleException.class)
                .hasMessage("Rejected: the entry after 'case.json' has a name that is not valid UTF-8 text (a case"
                        + " file never has one)");
        assertThatThrownBy(() -> ReviewedCaseFile.open(f, "")).isInstanceOf(BundleException.class);
    }
}
