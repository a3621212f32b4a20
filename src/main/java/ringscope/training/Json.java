package ringscope.training;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the JSON files of a dataset (snake_case keys, two-space indent, {@code \n} line ends whatever the platform,
 * final newline), so that they are byte-identical for the same input. Also renders a scenario back into the scenario
 * file format, for {@code dataset.json}. Thread-safe.
 */
final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private Json() {}

    static void write(Path file, Object value) throws IOException {
        String text = MAPPER.writer(PRETTY).writeValueAsString(value) + "\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The scenario in the scenario file format: reading it back gives an equal scenario. */
    static ObjectNode scenario(Scenario s) {
        ObjectNode n = object();
        n.put("name", s.name());
        n.put("description", s.description());
        n.put("seed", s.seed());
        n.put("start", s.start().toString());
        n.put("days", s.days());
        n.put("gzip_interactions", s.gzipInteractions());
        Scenario.Background b = s.plan().background();
        ObjectNode bg = n.putObject("background");
        bg.put("accounts", b.accounts());
        bg.put("median_daily", b.medianDaily());
        bg.put("volume_sigma", b.volumeSigma());
        bg.put("suspended_share", b.suspendedShare());
        s.plan().release().ifPresent(r -> {
            ObjectNode m = n.putObject("model_release");
            m.put("day", r.day());
            m.put("model", r.model());
            m.put("replaces", r.replaces());
            m.put("background_share", r.backgroundShare());
        });
        s.plan().reseller().ifPresent(r -> {
            ObjectNode m = n.putObject("reseller");
            m.put("networks", r.networks());
            m.put("accounts_per_network", r.accountsPerNetwork());
            m.put("instruments", r.instruments());
            m.put("proxy_ips", r.proxyIps());
            m.put("median_daily", r.medianDaily());
            m.put("end_users_per_account", r.endUsersPerAccount());
        });
        s.plan().hydra().ifPresent(h -> {
            ObjectNode m = n.putObject("hydra");
            m.put("accounts", h.accounts());
            m.put("burst_size", h.burstSize());
            m.put("daily_per_account", h.dailyPerAccount());
            m.put("templates", h.templates());
            m.put("egress_ips", h.egressIps());
            ArrayNode waves = m.putArray("ban_waves");
            h.banWaves().forEach(w -> waves.addObject().put("day", w.day()).put("fraction", w.fraction()));
            m.put("replacement_ratio", h.replacementRatio());
        });
        Scenario.Traps t = s.plan().traps();
        ObjectNode traps = n.putObject("traps");
        traps.put("university_lab", t.universityLab());
        traps.put("enterprise", t.enterprise());
        traps.put("ci_bots", t.ciBots());
        traps.put("agent_framework_share", t.agentFrameworkShare());
        return n;
    }
}
