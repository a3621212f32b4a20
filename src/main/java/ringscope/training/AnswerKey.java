package ringscope.training;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ringscope.importer.StrictJson;

/**
 * A training dataset's {@code answer-key.json}: the planted clusters (fraud networks and benign traps), their member
 * accounts and the signals that give them away. Read strictly (duplicate keys, wrong types and missing fields fail).
 */
public record AnswerKey(String dataset, List<Planted> clusters) {
    public AnswerKey {
        clusters = List.copyOf(clusters);
    }

    /** One planted cluster; {@code whyBenign} is empty for fraud. */
    public record Planted(String id, String kind, boolean fraud, List<String> members, List<Signal> signals,
            String whyBenign) {
        public Planted {
            members = List.copyOf(members);
            signals = List.copyOf(signals);
        }
    }

    /** What gives a planted cluster away: a name such as {@code shared_payment_instrument} and a sentence. */
    public record Signal(String name, String description) {}

    public static AnswerKey read(Path file) {
        JsonNode root;
        try {
            root = StrictJson.mapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ExerciseException("Cannot read the answer key " + file + ": " + e.getMessage(), e);
        }
        List<Planted> clusters = new ArrayList<>();
        for (JsonNode c : required(root, "clusters", file)) {
            List<String> members = new ArrayList<>();
            required(c, "members", file).forEach(m -> members.add(m.asText()));
            List<Signal> signals = new ArrayList<>();
            c.path("signals").forEach(s -> signals.add(new Signal(s.path("name").asText(),
                    s.path("description").asText())));
            clusters.add(new Planted(required(c, "id", file).asText(), c.path("kind").asText(""),
                    required(c, "fraud", file).asBoolean(), members, signals, c.path("why_benign").asText("")));
        }
        return new AnswerKey(root.path("dataset").asText(""), clusters);
    }

    private static JsonNode required(JsonNode o, String field, Path file) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            throw new ExerciseException("The answer key " + file.getFileName() + " has no '" + field + "'");
        }
        return v;
    }
}
