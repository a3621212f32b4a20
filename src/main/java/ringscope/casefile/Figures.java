package ringscope.casefile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ringscope.casefile.CaseSnapshot.TaggedCluster;
import ringscope.model.SourceFileInfo;

/**
 * The numbers the report prints, each with where it comes from: a path into case.json and, for counts of source
 * rows, the source file and its SHA-256, so a reader can recount it (RELIABILITY H4).
 */
final class Figures {
    private final CaseSnapshot s;
    private final ArrayNode out = CaseFileJson.mapper().createArrayNode();

    Figures(CaseSnapshot s) {
        this.s = s;
    }

    ArrayNode all() {
        for (int i = 0; i < s.files().size(); i++) {
            SourceFileInfo f = s.files().get(i);
            add("file." + i + ".imported", "Rows imported from " + f.report().fileName(), f.report().imported(),
                    "sources.files[" + i + "].imported: counted by the importer while reading " + f.report().fileName()
                            + " (SHA-256 " + f.report().sha256() + "); read " + f.report().read() + " = imported + "
                            + f.report().rejected() + " rejected + " + f.report().duplicates() + " duplicates");
        }
        add("taggedClusters", "Tagged clusters", s.clusters().size(),
                "taggedClusters: clusters carrying at least one active tag (casework.assignments, kind CLUSTER)");
        add("taggedAccounts", "Tagged accounts", s.accounts().size(),
                "taggedAccounts: accounts tagged directly or members of a tagged cluster; extracts/tagged-accounts.csv");
        for (int i = 0; i < s.clusters().size(); i++) {
            TaggedCluster c = s.clusters().get(i);
            String p = "taggedClusters[" + i + "]";
            String id = "cluster." + c.summary().id();
            add(id + ".members", "Cluster " + c.summary().id() + ": member accounts", c.members().size(),
                    p + ".members: cluster members of analysis run " + c.summary().runId());
            add(id + ".links", "Cluster " + c.summary().id() + ": links between members", c.links().size(),
                    p + ".links: links of run " + c.summary().runId() + " with both ends in the cluster;"
                            + " extracts/links.csv");
            add(id + ".rows", "Cluster " + c.summary().id() + ": source rows behind those links", c.rowsBehind(),
                    "sum of " + p + ".links[*].rowCount: rows of the source files (by SHA-256 and line) behind each"
                            + " link; the first " + CaseFileFormat.ROWS_PER_LINK
                            + " per link in extracts/rows-behind-links.csv");
            add(id + ".interactions", "Cluster " + c.summary().id() + ": interactions of its members",
                    c.summary().interactions(), p + ".interactions: interactions imported for the member accounts");
            ObjectNode score = add(id + ".score", "Cluster " + c.summary().id() + ": score",
                    Math.round(c.summary().score() * 1000) / 1000.0,
                    p + ".scoreParts: weighted mean of the parts (value x weight / sum of weights)");
            score.put("unit", "0..1");
        }
        add("actionLog.events", "Analyst actions in the log", s.events().size(),
                "action-log.jsonl: one line per action, hash-chained; head " + (s.chain().ok()
                        ? s.chain().headHash() : "BROKEN: " + s.chain().reason()));
        return out;
    }

    private ObjectNode add(String id, String label, long value, String source) {
        ObjectNode o = base(id, label, source);
        o.put("value", value);
        return o;
    }

    private ObjectNode add(String id, String label, double value, String source) {
        ObjectNode o = base(id, label, source);
        o.put("value", value);
        return o;
    }

    private ObjectNode base(String id, String label, String source) {
        ObjectNode o = out.addObject();
        o.put("id", id);
        o.put("label", label);
        o.put("source", source);
        return o;
    }
}
