package ringscope.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import ringscope.casefile.CaseSnapshot.Receipt;
import ringscope.casefile.CaseSnapshot.TaggedAccount;
import ringscope.casefile.CaseSnapshot.TaggedCluster;
import ringscope.model.AnalysisRunInfo;
import ringscope.model.ClusterMember;
import ringscope.model.ClusterSummary;
import ringscope.model.EvidenceRow;
import ringscope.model.ImportRunSummary;
import ringscope.model.LinkRecord;
import ringscope.model.ScorePart;
import ringscope.model.SourceFileInfo;

/**
 * Renders a {@link CaseSnapshot} as the tree of {@value CaseFileFormat#CASE_JSON} (layout in docs/casefile.md). Times
 * are ISO-8601 UTC strings next to their epoch milliseconds; every figure the report prints is listed under
 * {@code figures} with where it comes from. Stateless.
 */
final class CaseJsonWriter {
    private final ObjectMapper m = CaseFileJson.mapper();

    ObjectNode write(CaseSnapshot s) {
        ObjectNode root = m.createObjectNode();
        root.put("format", CaseFileFormat.FORMAT_NAME);
        root.put("formatVersion", CaseFileFormat.VERSION);
        ObjectNode c = root.putObject("case");
        c.put("name", s.caseName());
        c.put("exportedAt", time(s.exportedMs()));
        c.put("exportedBy", s.exportedBy());
        c.put("classification", s.decision().classification());
        c.put("status", s.decision().status().name());
        c.put("decisionNote", s.decision().decisionNote());
        root.set("profile", m.valueToTree(s.profile()));
        ObjectNode sources = root.putObject("sources");
        ArrayNode imports = sources.putArray("importRuns");
        s.imports().forEach(r -> imports.add(importRun(r)));
        ArrayNode files = sources.putArray("files");
        s.files().forEach(f -> files.add(file(f)));
        ArrayNode runs = root.putArray("analysisRuns");
        s.runs().forEach(r -> runs.add(run(r)));
        ArrayNode tagged = root.putArray("taggedClusters");
        s.clusters().forEach(t -> tagged.add(cluster(t)));
        ArrayNode others = root.putArray("otherClusters");
        s.otherClusters().forEach(o -> others.add(summary(o)));
        ArrayNode accounts = root.putArray("taggedAccounts");
        s.accounts().forEach(a -> accounts.add(account(a)));
        ObjectNode work = root.putObject("casework");
        work.set("tags", m.valueToTree(s.tags()));
        work.set("assignments", m.valueToTree(s.assignments()));
        work.set("notes", m.valueToTree(s.notes()));
        work.set("hypotheses", m.valueToTree(s.hypotheses()));
        work.set("memberships", m.valueToTree(s.memberships()));
        ObjectNode log = root.putObject("actionLog");
        log.put("entry", CaseFileFormat.ACTION_LOG);
        log.put("events", s.events().size());
        log.put("chainVerifiedAtExport", s.chain().ok());
        log.put("headHash", s.chain().ok() ? s.chain().headHash() : "");
        log.put("chainProblem", s.chain().reason());
        root.set("figures", new Figures(s).all());
        return root;
    }

    static String time(long ms) {
        return ms < 0 ? "" : Instant.ofEpochMilli(ms).toString();
    }

    private ObjectNode importRun(ImportRunSummary r) {
        ObjectNode o = m.createObjectNode();
        o.put("id", r.id());
        o.put("dataset", r.dataset());
        o.put("startedAt", time(r.startedMs()));
        o.put("finishedAt", time(r.finishedMs()));
        o.put("status", r.status().name());
        o.put("message", r.message());
        o.put("read", r.read());
        o.put("imported", r.imported());
        o.put("rejected", r.rejected());
        o.put("duplicates", r.duplicates());
        return o;
    }

    private ObjectNode file(SourceFileInfo f) {
        ObjectNode o = m.valueToTree(f.report());
        o.put("id", f.id());
        o.put("importRunId", f.importRunId());
        o.put("importStatus", f.runStatus().name());
        return o;
    }

    private ObjectNode run(AnalysisRunInfo r) {
        ObjectNode o = m.createObjectNode();
        o.put("id", r.id());
        o.put("name", r.name());
        o.put("startedAt", time(r.startedMs()));
        o.put("finishedAt", time(r.finishedMs()));
        o.set("parameters", CaseFileJson.read("analysis run parameters",
                r.parameters().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        o.put("accounts", r.accounts());
        o.put("links", r.links());
        o.put("clusters", r.clusters());
        o.put("commonValues", r.commonValues());
        return o;
    }

    private ObjectNode summary(ClusterSummary c) {
        ObjectNode o = m.createObjectNode();
        o.put("id", c.id());
        o.put("runId", c.runId());
        o.put("rank", c.rank());
        o.put("label", c.label());
        o.put("size", c.size());
        o.put("coreSize", c.coreSize());
        o.put("interactions", c.interactions());
        o.put("score", c.score());
        ArrayNode parts = o.putArray("scoreParts");
        for (ScorePart p : c.parts()) {
            ObjectNode po = parts.addObject();
            po.put("name", p.name());
            po.put("value", p.value());
            po.put("weight", p.weight());
            po.put("measured", p.measured());
        }
        return o;
    }

    private ObjectNode cluster(TaggedCluster t) {
        ObjectNode o = summary(t.summary());
        o.set("tags", m.valueToTree(t.tags()));
        ArrayNode members = o.putArray("members");
        for (ClusterMember mb : t.members()) {
            ObjectNode x = members.addObject();
            x.put("accountId", mb.accountId());
            x.put("confidence", mb.confidence());
            x.put("home", mb.home());
            x.put("links", mb.links());
            x.put("weightInside", mb.weightInside());
            x.put("rules", mb.rules());
        }
        o.set("whyTogether", new WhyTogether(t).tree(m));
        ArrayNode links = o.putArray("links");
        t.links().forEach(r -> links.add(receipt(r)));
        o.put("rowsBehindLinks", t.rowsBehind());
        return o;
    }

    private ObjectNode receipt(Receipt r) {
        LinkRecord l = r.link();
        ObjectNode o = m.createObjectNode();
        o.put("id", l.id());
        o.put("accountA", r.accountA());
        o.put("accountB", r.accountB());
        o.put("rule", l.rule().name());
        o.put("tier", l.tier().name());
        o.put("weight", l.weight());
        o.put("sharedValue", r.value());
        o.put("valueAccounts", l.value().accounts());
        o.put("evidenceCount", l.evidenceCount());
        o.put("first", time(l.firstMs()));
        o.put("last", time(l.lastMs()));
        o.put("detail", l.detail());
        o.put("explanation", r.explanation());
        o.put("rowCount", r.rowCount());
        ArrayNode lines = o.putArray("sourceLines");
        r.lines().forEach((sha, at) -> {
            ObjectNode f = lines.addObject();
            f.put("sourceSha256", sha);
            f.put("count", at.length);
            f.put("lines", LineRanges.write(at));
        });
        ArrayNode rows = o.putArray("rows");
        for (EvidenceRow e : r.rows()) {
            rows.add(row(e));
        }
        return o;
    }

    private ObjectNode row(EvidenceRow e) {
        ObjectNode x = m.createObjectNode();
        x.put("table", e.table());
        x.put("rowId", e.rowId());
        x.put("sourceFile", e.fileName());
        x.put("sourceSha256", e.sha256());
        x.put("line", e.lineNo());
        x.put("time", time(e.tsMs()));
        x.put("accountId", e.accountId());
        x.put("text", e.text());
        return x;
    }

    private ObjectNode account(TaggedAccount a) {
        ObjectNode o = m.createObjectNode();
        o.put("accountId", a.accountId());
        o.set("tags", m.valueToTree(a.tags()));
        o.set("clusters", m.valueToTree(a.clusters()));
        return o;
    }

    static JsonNode text(String s) {
        return CaseFileJson.mapper().getNodeFactory().textNode(s);
    }
}
