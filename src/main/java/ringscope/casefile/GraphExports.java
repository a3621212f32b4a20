package ringscope.casefile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import ringscope.casefile.CaseSnapshot.Receipt;
import ringscope.casefile.CaseSnapshot.TaggedCluster;
import ringscope.model.ClusterMember;
import ringscope.model.EvidenceRow;

/**
 * Exports for other tools: GraphML of the tagged clusters (accounts as nodes with their cluster, links as edges with
 * rule, tier, weight and row count; opens in Gephi, yEd, Cytoscape) and a Timesketch-importable JSONL timeline of the
 * receipt rows (message, datetime, timestamp_desc per line). Stateless.
 */
final class GraphExports {
    private GraphExports() {}

    static byte[] graphml(CaseSnapshot s) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
        b.append("  <key id=\"cluster\" for=\"node\" attr.name=\"cluster\" attr.type=\"long\"/>\n");
        b.append("  <key id=\"confidence\" for=\"node\" attr.name=\"confidence\" attr.type=\"double\"/>\n");
        b.append("  <key id=\"rule\" for=\"edge\" attr.name=\"rule\" attr.type=\"string\"/>\n");
        b.append("  <key id=\"tier\" for=\"edge\" attr.name=\"tier\" attr.type=\"string\"/>\n");
        b.append("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n");
        b.append("  <key id=\"rows\" for=\"edge\" attr.name=\"rows\" attr.type=\"long\"/>\n");
        b.append("  <graph id=\"tagged-clusters\" edgedefault=\"undirected\">\n");
        Map<String, ClusterMember> nodes = new TreeMap<>();
        for (TaggedCluster c : s.clusters()) {
            c.members().forEach(m -> nodes.putIfAbsent(m.accountId(), m));
        }
        nodes.forEach((id, m) -> b.append("    <node id=\"").append(xml(id)).append("\"><data key=\"cluster\">")
                .append(m.clusterId()).append("</data><data key=\"confidence\">").append(m.confidence())
                .append("</data></node>\n"));
        for (TaggedCluster c : s.clusters()) {
            for (Receipt r : c.links()) {
                b.append("    <edge id=\"l").append(r.link().id()).append("\" source=\"").append(xml(r.accountA()))
                        .append("\" target=\"").append(xml(r.accountB())).append("\"><data key=\"rule\">")
                        .append(r.link().rule()).append("</data><data key=\"tier\">").append(r.link().tier())
                        .append("</data><data key=\"weight\">").append(r.link().weight())
                        .append("</data><data key=\"rows\">").append(r.rowCount()).append("</data></edge>\n");
            }
        }
        b.append("  </graph>\n</graphml>\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] timesketch(CaseSnapshot s) {
        StringBuilder b = new StringBuilder();
        for (TaggedCluster c : s.clusters()) {
            for (Receipt r : c.links()) {
                for (EvidenceRow e : r.rows()) {
                    if (e.tsMs() < 0) {
                        continue;
                    }
                    ObjectNode o = CaseFileJson.mapper().createObjectNode();
                    o.put("message", e.table() + " " + e.accountId() + ": " + e.text());
                    o.put("datetime", CaseJsonWriter.time(e.tsMs()));
                    o.put("timestamp_desc", "ringscope " + e.table() + " time");
                    o.put("account_id", e.accountId());
                    o.put("cluster_id", c.summary().id());
                    o.put("link_id", r.link().id());
                    o.put("rule", r.link().rule().name());
                    o.put("source_file", e.fileName());
                    o.put("source_sha256", e.sha256());
                    o.put("source_line", e.lineNo());
                    b.append(CaseFileJson.line(o)).append('\n');
                }
            }
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') {
                        b.append("\uFFFD");
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }
}
