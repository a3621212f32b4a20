package ringscope.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ringscope.model.CancelToken;
import ringscope.model.ProgressSink;

/** The datasets in {@code datasets/} are exactly what their documented scenario and seed generate. */
class BundledDatasetsTest {
    private static final Path DATASETS = Path.of("datasets");
    private static final List<String> BUNDLED = List.of("classroom-reseller", "hydra-campaign", "mixed-traps");

    @TempDir
    Path tmp;

    static Map<String, String> manifest() throws IOException {
        Map<String, String> m = new TreeMap<>();
        for (String line : Files.readAllLines(DATASETS.resolve("MANIFEST"))) {
            if (!line.isBlank()) {
                assertThat(line).matches("[0-9a-f]{64}  \\S+");
                m.put(line.substring(66), line.substring(0, 64));
            }
        }
        return m;
    }

    static String sha256(Path file) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    @Test
    void manifestListsEveryDatasetFileWithItsSha256() throws Exception {
        Map<String, String> manifest = manifest();
        List<String> files;
        try (Stream<Path> s = Files.walk(DATASETS)) {
            files = s.filter(Files::isRegularFile)
                    .map(p -> DATASETS.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("MANIFEST") && !p.equals("README.md") && !p.startsWith("."))
                    .sorted()
                    .toList();
        }
        assertThat(manifest.keySet()).containsExactlyElementsOf(files);
        for (Map.Entry<String, String> e : manifest.entrySet()) {
            assertThat(sha256(DATASETS.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"classroom-reseller", "hydra-campaign", "mixed-traps"})
    void bundledDatasetRegeneratesFromItsDocumentedScenarioAndSeed(String name) throws Exception {
        Path bundled = DATASETS.resolve(name);
        ScenarioReader reader = new ScenarioReader();
        Scenario documented = reader.read(DATASETS.resolve("scenarios/" + name + ".json"));
        JsonNode info = new ObjectMapper().readTree(bundled.resolve("dataset.json").toFile());
        assertThat(reader.parse(info.get("scenario_parameters").toString(), "dataset.json")).isEqualTo(documented);
        assertThat(info.get("seed").asLong()).isEqualTo(documented.seed());

        Path again = tmp.resolve(name);
        new DatasetGenerator().generate(documented, again, ProgressSink.NONE, CancelToken.none());
        List<String> names;
        try (Stream<Path> s = Files.list(again)) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        for (String f : names) {
            assertThat(content(again.resolve(f))).as(name + "/" + f).isEqualTo(content(bundled.resolve(f)));
        }
    }

    @Test
    void everyBundledDatasetHasATrainerReadmeAndAnAnswerKey() throws Exception {
        for (String name : BUNDLED) {
            String readme = Files.readString(DATASETS.resolve(name + "/README.md"));
            assertThat(readme).contains("## Story").contains("## What to look for").contains("## Difficulty");
            assertThat(TestDatasets.answerKey(DATASETS.resolve(name)).get("clusters").size()).isPositive();
        }
        assertThat(Files.size(DATASETS.resolve("classroom-reseller/" + "interactions.csv.gz")))
                .isLessThan(5L << 20);
    }

    /** File content, decompressed for gzip files (gzip bytes depend on the zlib build; content must not). */
    private static byte[] content(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return in.readAllBytes();
        }
    }
}
