package ringscope.training;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads scenario files (JSON, snake_case keys; see {@code datasets/README.md}). Strict: duplicate keys, unknown keys,
 * trailing content, coerced types and out-of-range values are errors naming the field, so a typo never silently
 * changes a dataset. Thread-safe.
 */
public final class ScenarioReader {
    static final long MAX_FILE_BYTES = 1 << 20;
    private static final int MAX_ACCOUNTS = 10_000_000;
    private static final int MAX_DAYS = 366;

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    public ScenarioReader() {
        mapper.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(32).maxNumberLength(40).build());
    }

    /** Reads and validates the scenario file at {@code file}. */
    public Scenario read(Path file) throws ScenarioException {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ScenarioException(file + ": a scenario file is at most " + MAX_FILE_BYTES + " bytes");
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new ScenarioException(file + ": cannot read the scenario: " + e.getMessage(), e);
        }
    }

    /** Parses and validates scenario JSON; {@code source} names it in error messages. */
    public Scenario parse(String json, String source) throws ScenarioException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ScenarioException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        JsonFields f = new JsonFields(root, source);
        String name = f.text("name");
        if (!name.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new ScenarioException(source + ".name: use lower-case letters, digits and '-' (at most 64)");
        }
        Instant start = instant(f.text("start"), source + ".start");
        int days = f.intValue("days", 1, MAX_DAYS);
        Scenario.Plan plan = new Scenario.Plan(
                background(f.object("background")),
                f.has("model_release") ? Optional.of(release(f.object("model_release"), days)) : Optional.empty(),
                f.has("reseller") ? Optional.of(reseller(f.object("reseller"))) : Optional.empty(),
                f.has("hydra") ? Optional.of(hydra(f.object("hydra"), days)) : Optional.empty(),
                f.has("traps") ? traps(f.object("traps")) : Scenario.Traps.NONE);
        f.optional("model_release");
        f.optional("reseller");
        f.optional("hydra");
        f.optional("traps");
        Scenario s = new Scenario(name, f.text("description"), f.longValue("seed"), start, days,
                f.bool("gzip_interactions"), plan);
        f.finish();
        return s;
    }

    private static Instant instant(String text, String path) throws ScenarioException {
        try {
            Instant t = Instant.parse(text);
            if (!t.truncatedTo(ChronoUnit.HOURS).equals(t)) {
                throw new ScenarioException(path + ": the window must start on a whole hour (UTC)");
            }
            if (t.isBefore(Instant.parse("2016-01-01T00:00:00Z"))) {
                throw new ScenarioException(path + ": must be 2016 or later (importers refuse older times)");
            }
            return t;
        } catch (DateTimeParseException e) {
            throw new ScenarioException(path + ": expected an ISO-8601 UTC time like 2026-09-01T00:00:00Z", e);
        }
    }

    private static Scenario.Background background(JsonFields f) throws ScenarioException {
        Scenario.Background b = new Scenario.Background(f.intValue("accounts", 1, MAX_ACCOUNTS),
                f.number("median_daily", 0.01, 10_000), f.number("volume_sigma", 0, 3),
                f.number("suspended_share", 0, 0.5));
        f.finish();
        return b;
    }

    private static Scenario.ModelRelease release(JsonFields f, int days) throws ScenarioException {
        Scenario.ModelRelease r = new Scenario.ModelRelease(f.number("day", 0, days), f.text("model"),
                f.text("replaces"), f.number("background_share", 0, 1));
        f.finish();
        if (r.model().equals(r.replaces())) {
            throw new ScenarioException("model_release: model and replaces must differ");
        }
        for (String m : List.of(r.model(), r.replaces())) {
            if (Catalog.MODELS.stream().noneMatch(c -> c.name().equals(m))) {
                throw new ScenarioException("model_release: unknown model " + m + "; known: "
                        + String.join(", ", Catalog.MODELS.stream().map(Catalog.Model::name).toList()));
            }
        }
        return r;
    }

    private static Scenario.Reseller reseller(JsonFields f) throws ScenarioException {
        Scenario.Reseller r = new Scenario.Reseller(f.intValue("networks", 1, 100),
                f.intValue("accounts_per_network", 2, 100_000), f.intValue("instruments", 1, 1000),
                f.intValue("proxy_ips", 2, 100_000), f.number("median_daily", 0.1, 10_000),
                f.intValue("end_users_per_account", 1, 1_000_000));
        f.finish();
        return r;
    }

    private static Scenario.Hydra hydra(JsonFields f, int days) throws ScenarioException {
        List<Scenario.BanWave> waves = new ArrayList<>();
        for (JsonFields w : f.objects("ban_waves")) {
            waves.add(new Scenario.BanWave(w.number("day", 0.5, days), w.number("fraction", 0, 0.9)));
            w.finish();
        }
        for (int i = 1; i < waves.size(); i++) {
            if (waves.get(i).day() <= waves.get(i - 1).day()) {
                throw new ScenarioException("hydra.ban_waves: days must increase");
            }
        }
        Scenario.Hydra h = new Scenario.Hydra(f.intValue("accounts", 2, MAX_ACCOUNTS),
                f.intValue("burst_size", 1, MAX_ACCOUNTS), f.number("daily_per_account", 0.1, 10_000),
                f.intValue("templates", 1, 100), f.intValue("egress_ips", 1, 65_000), waves,
                f.number("replacement_ratio", 0, 2));
        f.finish();
        return h;
    }

    private static Scenario.Traps traps(JsonFields f) throws ScenarioException {
        Scenario.Traps t = new Scenario.Traps(f.intValue("university_lab", 0, 10_000),
                f.intValue("enterprise", 0, 100_000), f.intValue("ci_bots", 0, 100),
                f.number("agent_framework_share", 0, 0.5));
        f.finish();
        return t;
    }
}
