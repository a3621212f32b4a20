package ringscope.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A case file opened for read-only review: the verification result first, then what the bundle says. The content is
 * shown even when verification fails (so a reviewer can see what was changed), but must then be labelled untrusted.
 *
 * @param file the bundle
 * @param verification the result of every check
 * @param caseJson case.json when it parses (empty otherwise)
 * @param reportHtml report.html (empty when missing)
 */
public record ReviewedCaseFile(Path file, Verification verification, Optional<JsonNode> caseJson,
        Optional<String> reportHtml) {

    /** Reads and verifies {@code file}; a file that cannot be read at all throws {@link BundleException}. */
    public static ReviewedCaseFile open(Path file, String expectedRoot) {
        BundleContents bundle = new BundleReader().read(file);
        Verification v = new BundleVerifier().verify(bundle, expectedRoot);
        Optional<JsonNode> json;
        try {
            json = bundle.bytes(CaseFileFormat.CASE_JSON).map(b -> CaseFileJson.read(CaseFileFormat.CASE_JSON, b));
        } catch (BundleException e) {
            json = Optional.empty();
        }
        return new ReviewedCaseFile(file, v, json, bundle.text(CaseFileFormat.REPORT));
    }

    /** The case summary lines for the review pane: name, classification, status, decision, counts, clusters. */
    public List<String> summaryLines() {
        List<String> out = new ArrayList<>();
        caseJson.ifPresent(root -> {
            JsonNode c = root.path("case");
            out.add("Case: " + c.path("name").asText());
            out.add("Classification: " + (c.path("classification").asText().isBlank() ? "(none set)"
                    : c.path("classification").asText()));
            out.add("Status: " + c.path("status").asText() + (c.path("decisionNote").asText().isBlank() ? ""
                    : " - " + c.path("decisionNote").asText()));
            out.add("Exported " + c.path("exportedAt").asText() + " by " + c.path("exportedBy").asText()
                    + " (profile " + root.path("profile").path("name").asText() + ")");
            out.add("Source files: " + root.path("sources").path("files").size() + "; analysis runs: "
                    + root.path("analysisRuns").size() + "; logged actions: "
                    + root.path("actionLog").path("events").asText());
            List<String> views = new ArrayList<>();
            root.path("views").path("images").forEach(i -> views.add(i.path("entry").asText()));
            root.path("views").path("notes").forEach(n -> views.add(n.asText()));
            out.add("Views: " + (views.isEmpty() ? "(not recorded)" : String.join("; ", views)));
            out.add("Tagged clusters: " + root.path("taggedClusters").size() + "; tagged accounts: "
                    + root.path("taggedAccounts").size());
            for (JsonNode cl : root.path("taggedClusters")) {
                out.add(String.format("  cluster %s [%s]: %d accounts, %d links, %s source rows, score %.2f",
                        cl.path("id").asText(), String.join(", ", strings(cl.path("tags"))),
                        cl.path("members").size(), cl.path("links").size(), cl.path("rowsBehindLinks").asText(),
                        cl.path("score").asDouble()));
            }
        });
        if (out.isEmpty()) {
            out.add("case.json could not be read");
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
