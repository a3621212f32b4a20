package ringscope.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;

/**
 * The self-contained report for non-technical readers (no scripts, no external files): a classification banner at the
 * top and bottom of every section and, in print, on every page; the bundle's root hash; the case decision; the sources
 * with their SHA-256; each tagged cluster with why its members are together, a bar per score part and its strongest
 * links; and every number with where it comes from. Rendered from the case.json tree, so both always agree.
 * Stateless.
 */
final class HtmlReport {
    private static final String CSS = """
            body{font-family:'DejaVu Sans',Arial,sans-serif;margin:0 24px 48px;color:#1b1b1b;font-size:14px}
            .banner{background:#8b0000;color:#fff;text-align:center;font-weight:bold;padding:4px;letter-spacing:1px}
            .top{position:sticky;top:0}
            section{border:1px solid #ccc;border-radius:4px;margin:16px 0;padding:0 0 8px}
            section>h2,section>div.body{margin:8px 16px}
            .hash{font-family:'DejaVu Sans Mono',monospace;font-size:12px;word-break:break-all}
            table{border-collapse:collapse;margin:4px 0}td,th{border:1px solid #ddd;padding:3px 6px;vertical-align:top}
            th{background:#f3f3f3;text-align:left}.num{text-align:right}
            .bar{background:#3465a4;height:10px}.barbox{width:160px;background:#eee}
            .muted{color:#555;font-size:12px}
            @media print{.banner.top{position:fixed;top:0;left:0;right:0}
            .banner.bottom{position:fixed;bottom:0;left:0;right:0}section{break-inside:avoid}}
            """;

    private final StringBuilder b = new StringBuilder();
    private String banner;

    /** The report without pictures of the views (their absence is stated). */
    byte[] render(JsonNode caseJson, String rootHash) {
        return render(caseJson, rootHash, ViewImages.notCaptured("none were given"), java.util.List.of());
    }

    /**
     * The report for {@code caseJson}; {@code rootHash} is the manifest's root hash over the data entries
     * ({@code listed}, which name each picture's SHA-256). The pictures are embedded as {@code data:} images (the
     * only kind the report's content security policy lets in) and named by their bundle entry.
     */
    byte[] render(JsonNode caseJson, String rootHash, ViewImages views, java.util.List<ManifestEntry> listed) {
        JsonNode c = caseJson.path("case");
        String cls = c.path("classification").asText("");
        banner = cls.isBlank() ? "UNCLASSIFIED - NO LABEL SET" : cls;
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src")
                .append(" 'unsafe-inline'; img-src data:\"><title>RingScope case file: ")
                .append(e(c.path("name").asText()))
                .append("</title><style>").append(CSS).append("</style></head><body>\n");
        b.append("<div class=\"banner top\" id=\"banner-top\">").append(e(banner)).append("</div>\n");
        summary(caseJson, rootHash);
        views(views, listed);
        for (JsonNode cluster : caseJson.path("taggedClusters")) {
            cluster(cluster);
        }
        figures(caseJson.path("figures"));
        sources(caseJson.path("sources").path("files"));
        b.append("<div class=\"banner bottom\" id=\"banner-bottom\">").append(e(banner)).append("</div>\n");
        b.append("</body></html>\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void open(String id, String title) {
        b.append("<section id=\"").append(id).append("\"><div class=\"banner\">").append(e(banner))
                .append("</div><h2>").append(e(title)).append("</h2><div class=\"body\">\n");
    }

    private void close() {
        b.append("</div><div class=\"banner\">").append(e(banner)).append("</div></section>\n");
    }

    private void summary(JsonNode root, String rootHash) {
        JsonNode c = root.path("case");
        open("summary", "Case " + c.path("name").asText());
        b.append("<table>");
        row("Status", c.path("status").asText());
        row("Decision note", c.path("decisionNote").asText());
        row("Exported", c.path("exportedAt").asText() + " by " + c.path("exportedBy").asText());
        row("Export profile", root.path("profile").path("name").asText());
        row("Tagged clusters", root.path("taggedClusters").size() + "");
        row("Tagged accounts", root.path("taggedAccounts").size() + "");
        row("Analyst actions (hash-chained)", root.path("actionLog").path("events").asText() + ", head "
                + root.path("actionLog").path("headHash").asText());
        b.append("<tr><th>Bundle root hash</th><td class=\"hash\" id=\"root-hash\">").append(e(rootHash))
                .append("</td></tr></table>\n<p class=\"muted\">Check this file with <code>ringscope verify</code> or")
                .append(" RingScope's File &gt; Open case file: every entry's SHA-256 must match manifest.json, and the")
                .append(" manifest's root hash must equal the one above and the one recorded at hand-over.</p>\n");
        close();
    }

    private void cluster(JsonNode c) {
        open("cluster-" + c.path("id").asText(), "Cluster " + c.path("id").asText() + ": " + c.path("label").asText());
        b.append("<p>Tags: <b>").append(e(String.join(", ", texts(c.path("tags"))))).append("</b>. ")
                .append(c.path("members").size()).append(" accounts (rank ").append(c.path("rank").asText())
                .append(" in analysis run ").append(c.path("runId").asText()).append("), score ")
                .append(String.format("%.2f", c.path("score").asDouble())).append(", ")
                .append(c.path("rowsBehindLinks").asText()).append(" source rows behind its ")
                .append(c.path("links").size()).append(" links.</p>\n<h3>Why these accounts are together</h3><ul>");
        for (JsonNode r : c.path("whyTogether")) {
            b.append("<li><b>").append(e(r.path("rule").asText())).append("</b> (").append(e(r.path("tier").asText()))
                    .append("): ").append(r.path("links").asText()).append(" links, ").append(r.path("rows").asText())
                    .append(" source rows. e.g. ").append(e(r.path("example").asText())).append("</li>");
        }
        b.append("</ul>\n<h3>Score parts</h3><table><tr><th>part</th><th>value</th><th></th><th>weight</th>")
                .append("<th>what was measured</th></tr>");
        for (JsonNode p : c.path("scoreParts")) {
            double v = p.path("value").asDouble();
            b.append("<tr><td>").append(e(p.path("name").asText())).append("</td><td class=\"num\">")
                    .append(String.format("%.2f", v)).append("</td><td><div class=\"barbox\"><div class=\"bar\" style=")
                    .append("\"width:").append(Math.round(Math.max(0, Math.min(1, v)) * 100)).append("%\"></div></div>")
                    .append("</td><td class=\"num\">").append(String.format("%.2f", p.path("weight").asDouble()))
                    .append("</td><td>").append(e(p.path("measured").asText())).append("</td></tr>");
        }
        b.append("</table>\n<h3>Members</h3><p class=\"muted\">");
        b.append(e(String.join(", ", texts(c.path("members"), "accountId")))).append("</p>\n");
        close();
    }

    private void views(ViewImages views, java.util.List<ManifestEntry> listed) {
        open("views", "The views as the analyst left them");
        for (ViewImages.ViewImage i : views.images()) {
            String sha = listed.stream().filter(m -> m.path().equals(i.entry())).map(ManifestEntry::sha256)
                    .findFirst().orElse("?");
            b.append("<h3>").append(e(i.title())).append("</h3><p class=\"muted\">Bundle entry <code>")
                    .append(e(i.entry())).append("</code>, ").append(i.width()).append(" \u00d7 ").append(i.height())
                    .append(" pixels, SHA-256 <span class=\"hash\">").append(sha).append("</span></p>\n<img id=\"view-")
                    .append(e(i.view())).append("\" alt=\"").append(e(i.title())).append(" at export\" style=")
                    .append("\"max-width:100%;border:1px solid #ccc\" src=\"data:image/png;base64,")
                    .append(java.util.Base64.getEncoder().encodeToString(i.png())).append("\">\n");
        }
        for (String note : views.notes()) {
            b.append("<p id=\"views-note\">").append(e(note)).append("</p>\n");
        }
        close();
    }

    private void figures(JsonNode figures) {
        open("figures", "Every number in this report and where it comes from");
        b.append("<table><tr><th>figure</th><th>value</th><th>source</th></tr>");
        for (JsonNode f : figures) {
            b.append("<tr><td>").append(e(f.path("label").asText())).append("</td><td class=\"num\">")
                    .append(e(f.path("value").asText())).append("</td><td class=\"muted\">")
                    .append(e(f.path("source").asText())).append("</td></tr>");
        }
        b.append("</table>\n");
        close();
    }

    private void sources(JsonNode files) {
        open("sources", "Source files");
        b.append("<table><tr><th>file</th><th>SHA-256</th><th>read</th><th>imported</th><th>rejected</th>")
                .append("<th>duplicates</th></tr>");
        for (JsonNode f : files) {
            b.append("<tr><td>").append(e(f.path("fileName").asText())).append("</td><td class=\"hash\">")
                    .append(e(f.path("sha256").asText())).append("</td>");
            for (String k : new String[] {"read", "imported", "rejected", "duplicates"}) {
                b.append("<td class=\"num\">").append(f.path(k).asText()).append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</table>\n");
        close();
    }

    private void row(String k, String v) {
        b.append("<tr><th>").append(e(k)).append("</th><td>").append(e(v)).append("</td></tr>");
    }

    private static java.util.List<String> texts(JsonNode array) {
        java.util.List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static java.util.List<String> texts(JsonNode array, String field) {
        java.util.List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    static String e(String s) {
        return GraphExports.xml(s);
    }
}
