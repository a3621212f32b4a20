package ringscope.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import ringscope.casefile.SourceCheckReport.NumberCheck;

/**
 * Recounts the rows behind each link receipt of case.json from the source lines it lists ({@code sourceLines}, by
 * file SHA-256): a listed line counts when the matching source file has a data row there that names one of the
 * link's two accounts as a field value (an event row counts as a row: the event names the account it concerns, or
 * none). The recount must equal the receipt's {@code rowCount}. Each source file is read once, for the union of the
 * lines any receipt lists in it.
 */
final class ReceiptRecount {
    /** All receipts together may list at most this many source lines (a hostile bundle could ask for more). */
    static final long MAX_LISTED = 50_000_000;

    private final Map<String, JsonNode> filesBySha = new HashMap<>();
    private final Map<String, Path> found;

    ReceiptRecount(List<JsonNode> listedFiles, Map<String, Path> found) {
        listedFiles.forEach(f -> filesBySha.put(f.path("sha256").asText(), f));
        this.found = found;
    }

    /**
     * Adds a {@link NumberCheck} for every receipt whose count disagrees, a note for the receipts that could not be
     * recounted, and returns how many agree.
     */
    long recount(JsonNode caseJson, List<NumberCheck> numbers, List<String> notRecomputed) {
        Map<String, LongList> wanted = new TreeMap<>();
        Map<String, Integer> missing = new TreeMap<>();
        long listedInAll = 0;
        for (JsonNode cluster : caseJson.path("taggedClusters")) {
            for (JsonNode link : cluster.path("links")) {
                for (JsonNode group : link.path("sourceLines")) {
                    String sha = group.path("sourceSha256").asText();
                    if (found.containsKey(sha)) {
                        long[] at = lines(group, link);
                        listedInAll += at.length;
                        if (listedInAll > MAX_LISTED) {
                            throw new BundleException(CaseFileFormat.CASE_JSON + ": the receipts list more than "
                                    + MAX_LISTED + " source lines in all");
                        }
                        wanted.computeIfAbsent(sha, k -> new LongList()).addAll(at);
                    }
                }
            }
        }
        Map<String, SourceLines> read = new HashMap<>();
        wanted.forEach((sha, lines) -> read.put(sha, SourceLines.read(found.get(sha),
                filesBySha.get(sha).path("format").asText("csv"), lines.sortedDistinct())));
        long agreeing = 0;
        for (JsonNode cluster : caseJson.path("taggedClusters")) {
            for (JsonNode link : cluster.path("links")) {
                String absent = absentFile(link);
                if (!absent.isEmpty()) {
                    missing.merge(absent, 1, Integer::sum);
                    continue;
                }
                long again = recount(link, read);
                long reported = link.path("rowCount").asLong();
                if (again == reported) {
                    agreeing++;
                } else {
                    numbers.add(new NumberCheck("cluster " + cluster.path("id").asText() + ", link "
                            + link.path("id").asText() + " (" + link.path("rule").asText() + ", "
                            + link.path("accountA").asText() + " - " + link.path("accountB").asText()
                            + "): rows behind it", reported, again));
                }
            }
        }
        missing.forEach((file, n) -> notRecomputed.add(n + " link receipt(s): rows behind them are in " + file
                + ", which is not at hand unchanged"));
        return agreeing;
    }

    private long recount(JsonNode link, Map<String, SourceLines> read) {
        Set<String> accounts = Set.of(link.path("accountA").asText(), link.path("accountB").asText());
        long n = 0;
        for (JsonNode group : link.path("sourceLines")) {
            String sha = group.path("sourceSha256").asText();
            SourceLines source = read.get(sha);
            boolean events = "events".equals(filesBySha.get(sha).path("kind").asText());
            for (long l : lines(group, link)) {
                if (events ? source.isRow(l) : source.rowNames(l, accounts)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The name of a source file the receipt needs that is missing, changed or not listed; empty when all are at hand. */
    private String absentFile(JsonNode link) {
        for (JsonNode group : link.path("sourceLines")) {
            String sha = group.path("sourceSha256").asText();
            if (!found.containsKey(sha)) {
                JsonNode f = filesBySha.get(sha);
                return f == null ? "a file not listed in the case file's sources (" + sha + ")"
                        : f.path("fileName").asText();
            }
        }
        return "";
    }

    /** Growable list of line numbers. */
    private static final class LongList {
        private long[] a = new long[64];
        private int n;

        void addAll(long[] more) {
            if (n + more.length > a.length) {
                a = java.util.Arrays.copyOf(a, Math.max(a.length * 2, n + more.length));
            }
            System.arraycopy(more, 0, a, n, more.length);
            n += more.length;
        }

        long[] sortedDistinct() {
            return java.util.Arrays.stream(a, 0, n).sorted().distinct().toArray();
        }
    }

    private static long[] lines(JsonNode group, JsonNode link) {
        return LineRanges.read(group.path("lines").asText(""), "link " + link.path("id").asText());
    }
}
