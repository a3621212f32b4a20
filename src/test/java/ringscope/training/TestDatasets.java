package ringscope.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import ringscope.model.CancelToken;
import ringscope.model.ProgressSink;

/** Small scenarios for tests, and reading generated files back (plain or gzip CSV) with commons-csv. */
final class TestDatasets {
    private TestDatasets() {}

    /** Every campaign kind and trap, small enough to generate in about a second. */
    static final String ALL_KINDS = """
            {
              "name": "test-all-kinds",
              "description": "every campaign and trap, small",
              "seed": 42,
              "start": "2026-09-01T00:00:00Z",
              "days": 10,
              "gzip_interactions": false,
              "background": {"accounts": 300, "median_daily": 2, "volume_sigma": 1.2, "suspended_share": 0.03},
              "model_release": {"day": 5.5, "model": "orion-pro-3", "replaces": "orion-pro-2",
                                "background_share": 0.3},
              "reseller": {"networks": 1, "accounts_per_network": 15, "instruments": 3, "proxy_ips": 30,
                           "median_daily": 40, "end_users_per_account": 200},
              "hydra": {"accounts": 90, "burst_size": 15, "daily_per_account": 24, "templates": 4, "egress_ips": 12,
                        "ban_waves": [{"day": 3.5, "fraction": 0.3}, {"day": 7.2, "fraction": 0.2}],
                        "replacement_ratio": 1.0},
              "traps": {"university_lab": 12, "enterprise": 15, "ci_bots": 1, "agent_framework_share": 0.1}
            }
            """;

    static Scenario scenario(String json) throws ScenarioException {
        return new ScenarioReader().parse(json, "test");
    }

    static GenerationReport generate(String json, Path target) throws Exception {
        return new DatasetGenerator().generate(scenario(json), target, ProgressSink.NONE, CancelToken.none());
    }

    /** All records of a dataset file, by header name; {@code .gz} files are decompressed. */
    static List<CSVRecord> read(Path file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            return new ArrayList<>(parser.getRecords());
        }
    }

    static List<String> header(Path file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            return parser.getHeaderNames();
        }
    }

    /** The interactions file of a dataset folder, whichever of the two names it has. */
    static Path interactions(Path dir) {
        Path plain = dir.resolve("interactions.csv");
        return Files.exists(plain) ? plain : dir.resolve("interactions.csv.gz");
    }

    /** The answer key as a tree. */
    static com.fasterxml.jackson.databind.JsonNode answerKey(Path dir) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("answer-key.json").toFile());
    }

    /** Member ids of the answer-key cluster {@code id}. */
    static List<String> members(Path dir, String clusterId) throws IOException {
        List<String> out = new ArrayList<>();
        for (var c : answerKey(dir).get("clusters")) {
            if (c.get("id").asText().equals(clusterId)) {
                c.get("members").forEach(m -> out.add(m.asText()));
            }
        }
        return out;
    }

    /** Values of signal {@code signal} of cluster {@code clusterId}. */
    static List<String> signalValues(Path dir, String clusterId, String signal) throws IOException {
        List<String> out = new ArrayList<>();
        for (var c : answerKey(dir).get("clusters")) {
            if (c.get("id").asText().equals(clusterId)) {
                for (var s : c.get("signals")) {
                    if (s.get("name").asText().equals(signal)) {
                        s.get("values").forEach(v -> out.add(v.asText()));
                    }
                }
            }
        }
        return out;
    }

    static Map<String, CSVRecord> byAccount(List<CSVRecord> accounts) {
        Map<String, CSVRecord> m = new java.util.HashMap<>();
        accounts.forEach(r -> m.put(r.get("account_id"), r));
        return m;
    }
}
